#!/usr/bin/env bash
# The installer's test (mvn -Pdist,installer-test verify, after mvn -Pdist has made the .deb): unpacks the
# .deb into a folder of its own, as dpkg would install it under /, and runs the installed mgp from there with a home
# folder of its own: mgp --version, mgp table from another folder, and the window under xvfb-run until its first
# chart is painted (-Dmgp.timing=exit quits then). Needs dpkg-deb and xvfb-run (apt-get install dpkg xvfb).
# Usage: test-deb.sh PROJECT_VERSION INSTALLER_VERSION
set -euo pipefail
cd "$(dirname "$0")/../../.."
version=$1
app_version=$2
fail() { echo "installer test: $*" >&2; exit 1; }

debs=(target/market-growth-projector_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one target/market-growth-projector_*.deb, found: ${debs[*]}"
deb=${debs[0]}
case $version in
    "$app_version" | "$app_version"-SNAPSHOT) ;;
    *) fail "the installer's version $app_version is not the project's $version (app.version in pom.xml)" ;;
esac
[ "$(dpkg-deb -f "$deb" Version)" = "$app_version-1" ] || fail "package version $(dpkg-deb -f "$deb" Version)"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$root/DEBIAN"
app=/opt/market-growth-projector
mgp=$root$app/bin/mgp
[ -x "$mgp" ] || fail "no launcher at $app/bin/mgp"
home=$root/home
mkdir "$home" "$root/elsewhere"
scenario=$PWD/projections/japan-ai-2040.json

# The package's scripts: jpackage fills words into them, which must leave them valid shell.
for script in postinst prerm postrm preinst; do
    sh -n "$root/DEBIAN/$script" || fail "$script is not valid shell"
done
# On the PATH after installing, and the menu entry opens a double-clicked scenario file.
grep -q "^ *ln -sf $app/bin/mgp /usr/bin/mgp$" "$root/DEBIAN/postinst" || fail "postinst puts no mgp on the PATH"
grep -q "rm -f /usr/bin/mgp" "$root/DEBIAN/prerm" || fail "prerm leaves /usr/bin/mgp behind"
desktop=$root$app/lib/market-growth-projector-mgp.desktop
grep -qx "Exec=$app/bin/mgp %f" "$desktop" || fail "menu entry: $(grep Exec "$desktop")"
grep -qx 'MimeType=application/x-mgp-scenario+json' "$desktop" || fail "menu entry has no scenario file type"
grep -q '<glob pattern="\*.mgp.json">' "$root$app/lib/market-growth-projector-mgp-MimeInfo.xml" || fail "no *.mgp.json file type"
file "$root$app/lib/mgp.png" | grep -q 'PNG image data, 256 x 256' || fail "icon: $(file "$root$app/lib/mgp.png")"

# The command line, from another folder, in a home of its own (JAVA_TOOL_OPTIONS reaches the installed launcher's
# JVM; it says so on standard error).
export JAVA_TOOL_OPTIONS="-Duser.home=$home -Djava.util.prefs.userRoot=$home/prefs"
printed=$("$mgp" --version)
[ "$printed" = "mgp $version" ] || fail "mgp --version printed '$printed', expected 'mgp $version'"
(cd "$root/elsewhere" && "$mgp" table "$scenario" > "$root/table.csv") || fail "mgp table exited with $?"
[ "$(head -1 "$root/table.csv")" = "series,year,value,unit,kind" ] || fail "table header: $(head -1 "$root/table.csv")"
# The default file: 14 series, 2024-2040.
[ "$(wc -l < "$root/table.csv")" -eq $((1 + 14 * 17)) ] || fail "table has $(wc -l < "$root/table.csv") lines"
grep -qx 'vertical-ai,2034,10.8,jpy-tn,sourced' "$root/table.csv" || fail "the sourced 2034 figure is missing"
grep -qx 'vertical-ai,2040,34.916058,jpy-tn,derived' "$root/table.csv" || fail "the derived 2040 figure is missing"

# The simulation's random generator is in the runtime (module jdk.random up to JDK 22, java.base after).
(cd "$root/elsewhere" && "$mgp" simulate "$scenario" --paths 1000 > "$root/simulate.csv") || fail "mgp simulate exited with $?"
[ "$(head -1 "$root/simulate.csv")" = "series,year,p5,p10,p50,p90,p95,mean" ] || fail "simulate header: $(head -1 "$root/simulate.csv")"

# What the build learnt from a start (start-cache.sh) serves the launcher as installed: the AOT cache in the package
# (a runtime of JDK 25 or newer), with -XX:AOTMode=on, which stops a java that cannot use it; or the
# class-data-sharing archive as postinst makes it from the class list, with -Xshare:on, likewise.
if [ -f "$root$app/lib/app/mgp.aot" ]; then
    grep -qx 'java-options=-XX:AOTCache=$APPDIR/mgp.aot' "$root$app/lib/app/mgp.cfg" || fail "the launcher names no AOT cache"
    printed=$(JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -XX:AOTMode=on" "$mgp" --version) || fail "the AOT cache does not serve the launcher"
else
    grep -q "sh $app/lib/app/cds-archive.sh" "$root/DEBIAN/postinst" || fail "postinst makes no class-data-sharing archive"
    grep -q "rm -f $app/lib/app/mgp.jsa" "$root/DEBIAN/prerm" || fail "prerm leaves the class-data-sharing archive behind"
    [ -s "$root$app/lib/app/startup.classlist" ] || fail "the package has neither an AOT cache nor a class list"
    sh "$root$app/lib/app/cds-archive.sh" || fail "cds-archive.sh exited with $?"
    printed=$(JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xshare:on" "$mgp" --version) || fail "the archive does not serve the launcher"
fi
[ "$printed" = "mgp $version" ] || fail "with what start-cache.sh made, mgp --version printed '$printed'"

# The window, headless under xvfb-run, until the first chart is painted. JavaFX from the runtime's own modules:
# no "Unsupported JavaFX configuration" warning, and no native libraries unpacked into the home folder.
export JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Dmgp.timing=exit"
status=0
(cd "$root/elsewhere" && timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$mgp" "$scenario" \
    > "$root/window.out" 2> "$root/window.err") || status=$?
[ $status -eq 0 ] || fail "the window exited with $status: $(cat "$root/window.err")"
grep -q '^first chart painted [0-9]* ms' "$root/window.out" || fail "no chart painted: $(cat "$root/window.out" "$root/window.err")"
if grep -q 'Unsupported JavaFX configuration\|Exception' "$root/window.err"; then
    fail "the window complained: $(cat "$root/window.err")"
fi
[ ! -e "$home/.openjfx" ] || fail "JavaFX unpacked its libraries into the home folder"
echo "installer test: $deb passed ($(grep '^first chart painted' "$root/window.out"))"
