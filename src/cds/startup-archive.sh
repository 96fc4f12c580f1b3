#!/usr/bin/env bash
# mvn -Prun and bench/startup.sh: OUT/mgp.jsa, a class-data-sharing archive of the classes a start of the window
# loads, learnt from a real start in the build rather than from a hand-kept list: JAVA starts JAR on SCENARIO once
# (under xvfb-run when there is no display), in a home folder of its own (never the user's ~/.mgp or preferences),
# and quits as soon as the window is ready for input (-Dmgp.timing=exit), writing the classes it loaded to
# OUT/startup.classlist; JAVA then stores them parsed and verified in OUT/mgp.jsa. An archive serves only the java
# and the jar it was made with; a java that finds it mismatching ignores it and starts as without it
# (docs/PERFORMANCE.md). The installer learns its own start the same way (src/packaging/linux/start-cache.sh).
#   Usage: src/cds/startup-archive.sh JAVA JAR SCENARIO OUT
set -euo pipefail
java=$1
jar=$2
scenario=$3
out=$4
fail() { echo "startup-archive: $*" >&2; exit 1; }

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
display=()
[ -n "${DISPLAY:-}" ] || display=(xvfb-run -a -s "-screen 0 1600x1000x24")
command -v "${display[0]:-true}" > /dev/null || fail "needs a display, or xvfb-run (apt-get install xvfb)"
rm -f "$out/startup.classlist" "$out/mgp.jsa"
timeout 600 "${display[@]}" "$java" -XX:+UseSerialGC -XX:DumpLoadedClassList="$out/startup.classlist" \
    -Duser.home="$home" -Djava.util.prefs.userRoot="$home/prefs" -Dmgp.timing=exit -jar "$jar" "$scenario" \
    > "$home/start.out" 2>&1 || fail "the window did not start: $(cat "$home/start.out")"
grep -q '^whole window ready for input' "$home/start.out" || fail "the window did not get ready: $(cat "$home/start.out")"
grep -Eq '^jp/mgp/ui/MainWindow( |$)' "$out/startup.classlist" || fail "the class list has no main window"
"$java" -Xshare:dump -Xlog:all=error -XX:SharedClassListFile="$out/startup.classlist" \
    -XX:SharedArchiveFile="$out/mgp.jsa" -cp "$jar" > /dev/null
echo "startup-archive: $(wc -l < "$out/startup.classlist") classes from a start of the window, in $out/mgp.jsa"
