#!/usr/bin/env bash
# Start-up to the first painted chart, against a bare JavaFX window started the same way (docs/PERFORMANCE.md).
# Builds the jar and its class-data-sharing archive, then starts each one RUNS times (default 10) and prints the
# medians, with the CPU each process (all its threads) had used by its timed moment. PIN="taskset -c 0" starts both
# on one core. Needs a display; without one it runs itself under xvfb-run.  Usage: bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$runs"
fi

# The JDK that Maven runs on (its java.home), which built the archive: a class-data-sharing archive only serves the
# java that made it, and the java first on the PATH may be another.
jdk=$(mvn -B -o -v | sed -n 's/.*runtime: //p')
java=$jdk/bin/java
[ -x "$java" ] || { echo "no java in Maven's runtime '$jdk'" >&2; exit 1; }
mvn -B -o -q package -DskipTests
# The class-data-sharing archive, as mvn -Prun makes it before it starts the window (pom.xml): learnt from a start.
src/cds/startup-archive.sh "$java" target/mgp.jar projections/japan-ai-2040.json target
mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=target/startup-cp.txt
cp=$(cat target/startup-cp.txt)
rm -rf target/probe && mkdir -p target/probe
"$jdk/bin/javac" -d target/probe -cp "target/classes:$cp" bench/java/jp/mgp/bench/WindowProbe.java

flags=(-XX:+UseSerialGC -Xms512m -XX:NewSize=256m)   # as mvn -Prun starts mgp
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# A home folder of its own: no recovery question or saved layout of the user's is involved. One start that is
# not counted first, as a user's usual start follows an earlier one (which kept the font's copy, see FontFile).
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mgp() {
    ${PIN:-} "$java" "${flags[@]}" -XX:SharedArchiveFile=target/mgp.jsa -Duser.home="$home" -Dmgp.timing=exit \
        -jar target/mgp.jar projections/japan-ai-2040.json 2>/dev/null
}
mgp >/dev/null

bare=() first=() whole=() bare_cpu=() whole_cpu=()
for _ in $(seq "$runs"); do
    b_out=$(${PIN:-} "$java" "${flags[@]}" -cp "target/probe:target/classes:$cp" jp.mgp.bench.WindowProbe bare 2>/dev/null)
    bare+=("$(sed -n 's/^bare window: first frame \([0-9]*\) ms.*/\1/p' <<<"$b_out")")
    bare_cpu+=("$(sed -n 's/^bare window: .* (\([0-9]*\) ms of the process.*/\1/p' <<<"$b_out")")
    out=$(mgp)
    first+=("$(sed -n 's/^first chart painted \([0-9]*\) ms.*/\1/p' <<<"$out")")
    whole+=("$(sed -n 's/^whole window ready for input \([0-9]*\) ms.*/\1/p' <<<"$out")")
    whole_cpu+=("$(sed -n 's/^whole window ready for input .* \([0-9]*\) ms of the process.*/\1/p' <<<"$out")")
done

b=$(printf '%s\n' "${bare[@]}" | median)
f=$(printf '%s\n' "${first[@]}" | median)
w=$(printf '%s\n' "${whole[@]}" | median)
echo "bare JavaFX window, first frame:   ${bare[*]} ms; median $b ms"
echo "mgp, first chart painted:          ${first[*]} ms; median $f ms"
echo "mgp, whole window ready for input: ${whole[*]} ms; median $w ms"
bc=$(printf '%s\n' "${bare_cpu[@]}" | median)
wc=$(printf '%s\n' "${whole_cpu[@]}" | median)
echo "process CPU by then, bare window:  ${bare_cpu[*]} ms; median $bc ms"
echo "process CPU by then, mgp ready:    ${whole_cpu[*]} ms; median $wc ms"
awk -v w="$w" -v f="$f" -v b="$b" 'BEGIN {printf "first chart / bare window: %.2f x; whole window / bare window: %.2f x (target: at most 1.5 x)\n", f / b, w / b}'
