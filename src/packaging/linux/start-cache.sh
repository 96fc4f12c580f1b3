#!/usr/bin/env bash
# mvn -Pdist: what makes the installed mgp start fast, learnt from a real start of the window in the build (under
# xvfb-run when there is no display), in the installer's own runtime and class path, which quits once the whole
# window is ready for input (-Dmgp.timing=exit). The second start in a fresh home folder is the one learnt from, as a
# user's usual start follows an earlier one (which kept the font's copy: FontFile). With a runtime of JDK 25 or
# newer: an AOT cache (JEP 483, 514, 515: classes loaded and linked ahead, and method profiles), mgp.aot beside the
# jars, which the installed launcher names; it serves the installed jars as they are in the package. With an older
# runtime: the list of classes the start loaded, from which postinst makes a class-data-sharing archive for the
# installed runtime and paths (cds-archive.sh). Writes DIST/start.args, the launcher's option naming either, for
# jpackage (docs/PERFORMANCE.md).   Usage: start-cache.sh DIST MAIN_JAR SCENARIO
set -euo pipefail
dist=$1
main=$2
scenario=$3
java=$dist/runtime/bin/java
input=$dist/input
fail() { echo "start-cache: $*" >&2; exit 1; }

# The class path as jpackage's launcher gives it: the main jar, then the others by name.
cp=$input/$main
for jar in $(cd "$input" && LC_ALL=C ls -- *.jar); do
    [ "$jar" = "$main" ] || cp=$cp:$input/$jar
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
display=()
[ -n "${DISPLAY:-}" ] || display=(xvfb-run -a -s "-screen 0 1600x1000x24")
command -v "${display[0]:-true}" > /dev/null || fail "needs a display, or xvfb-run (apt-get install xvfb)"
# The quick compiler alone in the start learnt from (not in the installed launcher): a cache learnt with both
# compilers carries profiles that have the optimising compiler work during the start, for the cores the window
# needs (the whole window 1.5 x later in alternated starts, docs/PERFORMANCE.md).
start() {
    timeout 600 "${display[@]}" "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms512m -XX:NewSize=256m \
        -Duser.home="$home" \
        -Djava.util.prefs.userRoot="$home/prefs" -Dmgp.timing=exit "$@" -cp "$cp" jp.mgp.app.Launcher "$scenario" \
        > "$home/start.out" 2>&1 || fail "the window did not start: $(cat "$home/start.out")"
    grep -q '^whole window ready for input' "$home/start.out" || fail "the window was not laid out: $(cat "$home/start.out")"
}
start
rm -f "$input/mgp.aot" "$input/startup.classlist"
if "$java" -XX:+PrintFlagsFinal -version 2> /dev/null | grep -q ' AOTCacheOutput '; then
    start -XX:AOTCacheOutput="$input/mgp.aot"
    [ -s "$input/mgp.aot" ] || fail "no AOT cache was made: $(cat "$home/start.out")"
    echo '--java-options -XX:AOTCache=$APPDIR/mgp.aot' > "$dist/start.args"
else
    start -XX:DumpLoadedClassList="$input/startup.classlist"
    grep -Eq '^jp/mgp/ui/MainWindow( |$)' "$input/startup.classlist" || fail "the class list has no main window"
    echo '--java-options -XX:SharedArchiveFile=$APPDIR/mgp.jsa' > "$dist/start.args"
fi
echo "start-cache: $(cat "$dist/start.args")"
