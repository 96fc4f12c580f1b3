#!/usr/bin/env bash
# Start-up of the installed mgp (its launcher, its runtime, its class-data-sharing archive or AOT cache) against a
# bare JavaFX window started by the same runtime with the same JVM options less the archive, in alternation, RUNS
# times each (default 10); prints the times and the medians (docs/PERFORMANCE.md). Needs a display; without one it
# runs itself under xvfb-run. APP is the installed folder, /opt/market-growth-projector, or the same folder of an
# unpacked .deb (src/packaging/linux/test-deb.sh unpacks one). Prints too the CPU each process (all its threads,
# the compilers' included) had used by its timed moment; PIN="taskset -c 0" starts both on one core.
# Usage: bench/installed-startup.sh APP [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
app=$(cd "${1:?usage: bench/installed-startup.sh APP [RUNS]}" && pwd)
runs=${2:-10}
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$app" "$runs"
fi
java=$app/lib/runtime/bin/java
cfg=$app/lib/app/mgp.cfg
[ -x "$java" ] && [ -f "$cfg" ] || { echo "no installed mgp in $app" >&2; exit 1; }

# The bare window: WindowProbe, compiled against the build's classes, run on the installed runtime (JavaFX from its
# modules) with the launcher's JVM options, less the archive or cache that only mgp has.
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/startup-cp.txt
rm -rf target/probe && mkdir -p target/probe
javac --release 17 -d target/probe -cp "target/classes:$(cat target/startup-cp.txt)" bench/java/jp/mgp/bench/WindowProbe.java
mapfile -t options < <(sed -n 's/^java-options=//p' "$cfg" | grep -v 'SharedArchiveFile\|AOTCache')

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mgp() {
    JAVA_TOOL_OPTIONS="-Duser.home=$home -Djava.util.prefs.userRoot=$home/prefs -Dmgp.timing=exit" \
        ${PIN:-} "$app/bin/mgp" "$PWD/projections/japan-ai-2040.json" 2>/dev/null
}
mgp >/dev/null   # not counted: a usual start follows an earlier one, which kept the font's copy (FontFile)

bare=() first=() whole=() bare_cpu=() whole_cpu=()
for _ in $(seq "$runs"); do
    b_out=$(${PIN:-} "$java" "${options[@]}" -Duser.home="$home" -cp "target/probe:$app/lib/app/*" \
        jp.mgp.bench.WindowProbe bare 2>/dev/null)
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
echo "runtime: $("$java" -version 2>&1 | head -1); options: ${options[*]}"
echo "bare JavaFX window, first frame:   ${bare[*]} ms; median $b ms"
echo "mgp, first chart painted:          ${first[*]} ms; median $f ms"
echo "mgp, whole window ready for input: ${whole[*]} ms; median $w ms"
bc=$(printf '%s\n' "${bare_cpu[@]}" | median)
wc=$(printf '%s\n' "${whole_cpu[@]}" | median)
echo "process CPU by then, bare window:  ${bare_cpu[*]} ms; median $bc ms"
echo "process CPU by then, mgp ready:    ${whole_cpu[*]} ms; median $wc ms"
awk -v w="$w" -v f="$f" -v b="$b" 'BEGIN {printf "first chart / bare window: %.2f x; whole window / bare window: %.2f x (target: at most 1.5 x)\n", f / b, w / b}'
