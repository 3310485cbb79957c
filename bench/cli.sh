#!/usr/bin/env bash
# Times small questions on the command line against `--help` of the same jar (issue 11, item 6):
# whole processes (`java -jar target/regionkarta.jar …`, JVM start to exit), all commands
# interleaved round by round so that a machine that gets busier or quieter meanwhile weighs on
# every command alike, and the median of each.
#  - the store is the embedded default in a fresh home directory, filled by `load`, which also
#    writes the snapshot file the read commands then answer from;
#  - `tree (store)` deletes the snapshot file before each run (outside the timing), so it shows
#    what a read command costs when it must open the database;
#  - with BEFORE_JAR=path/to/an/older/regionkarta.jar, `tree (before)` runs that jar against a store
#    of its own, for the figure before the snapshot file.
# Beside the wall-clock time it reports the CPU time (user + system, GNU time) of each process, which
# moves less when other work shares the machine.
# Usage: [BEFORE_JAR=…] bench/cli.sh [runs]   (default 15; builds the jar if missing)
# Writes the raw times to target/bench/cli-times.txt and a Markdown table to standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-15}
OUT=target/bench
mkdir -p "$OUT"
[ -x /usr/bin/time ] || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq time >/dev/null; }
[ -f target/regionkarta.jar ] || mvn -B -q package -DskipTests
JAR=target/regionkarta.jar
HOME_DIR=$(mktemp -d)
BEFORE_HOME=$(mktemp -d)
trap 'rm -rf "$HOME_DIR" "$BEFORE_HOME"' EXIT

java -jar "$JAR" load --home "$HOME_DIR" >/dev/null
NAMES=("--help" "tree kalmar.hsf --depth 1" "show kalmar.hsf" "bodies kalmar" "figures kalmar.hsf" "tree (store)")
if [ -n "${BEFORE_JAR:-}" ]; then
  java -jar "$BEFORE_JAR" load --home "$BEFORE_HOME" >/dev/null
  NAMES+=("tree (before)")
fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# prints the jar and the arguments of a named command, one word a line
command_of() {
  case "$1" in
    "--help") printf '%s\n' "$JAR" --help ;;
    "tree (store)") printf '%s\n' "$JAR" tree kalmar.hsf --depth 1 --home "$HOME_DIR" ;;
    "tree (before)") printf '%s\n' "$BEFORE_JAR" tree kalmar.hsf --depth 1 --home "$BEFORE_HOME" ;;
    *) printf '%s\n' "$JAR" $1 --home "$HOME_DIR" ;;
  esac
}

TIMES="$OUT/cli-times.txt"
: > "$TIMES"
for round in $(seq 0 "$RUNS"); do
  for i in "${!NAMES[@]}"; do
    name=${NAMES[$i]}
    mapfile -t words < <(command_of "$name")
    [ "$name" = "tree (store)" ] && rm -f "$HOME_DIR/regionkarta.snapshot"
    start=$(date +%s%N)
    /usr/bin/time -f "%U %S" -o "$OUT/cpu.txt" java -jar "${words[@]}" >/dev/null 2>&1
    end=$(date +%s%N)
    cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$OUT/cpu.txt")
    # round 0 warms the file cache and is not counted
    [ "$round" -gt 0 ] && echo "$i $(( (end - start) / 1000000 )) $cpu" >> "$TIMES"
  done
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
help_ms=$(awk '$1 == 0 {print $2}' "$TIMES" | median)
help_cpu=$(awk '$1 == 0 {print $3}' "$TIMES" | median)

echo "| command | wall, median (ms) | wall, range (ms) | wall ÷ \`--help\` | CPU, median (ms) | CPU ÷ \`--help\` |"
echo "|---|---:|---:|---:|---:|---:|"
for i in "${!NAMES[@]}"; do
  m=$(awk -v i="$i" '$1 == i {print $2}' "$TIMES" | median)
  range=$(awk -v i="$i" '$1 == i {print $2}' "$TIMES" | sort -n | sed -n '1p;$p' | paste -sd-)
  ratio=$(awk -v m="$m" -v h="$help_ms" 'BEGIN {printf "%.2f", m / h}')
  c=$(awk -v i="$i" '$1 == i {print $3}' "$TIMES" | median)
  cratio=$(awk -v m="$c" -v h="$help_cpu" 'BEGIN {printf "%.2f", m / h}')
  echo "| \`${NAMES[$i]}\` | $m | $range | $ratio | $c | $cratio |"
done
echo
echo "$RUNS runs each, interleaved; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs);" \
  "$(java -version 2>&1 | head -1); load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
