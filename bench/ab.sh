#!/usr/bin/env bash
# Two builds of the generator against each other, for a change to the generator: clean builds of the same
# corpus taking turns (A, B, A, B …), RUNS rounds (default 8), into memory (/dev/shm when there is one, so the
# disk's moods do not count). Prints each build's wall times, their mean, the mean processor time (user +
# system), the peak memory, and each stage of the build (from --timings) with its mean wall and processor
# time: a change to one stage shows there more clearly than in the whole build. On a shared two-core machine
# one build varies by ±10 %: compare means of eight or more rounds, never single runs.
#   cp -r src/Kompetanse.Cli/bin/Release/net10.0 /tmp/before    # before the change (after ./kompetanse --version)
#   …change, then ./kompetanse --version to compile it…
#   bench/ab.sh /tmp/before src/Kompetanse.Cli/bin/Release/net10.0 [pages]    (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
usage() { sed -n '2,/^set /{/^set /d;s/^# \{0,1\}//;p}' "$0"; }
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then usage; exit 0; fi
if [ $# -lt 2 ]; then usage >&2; exit 2; fi
a="$1"; b="$2"; pages="${3:-10000}"; runs="${RUNS:-8}"
for d in "$a" "$b"; do
  [ -f "$d/Kompetanse.Cli.dll" ] || { echo "ab: no Kompetanse.Cli.dll in $d" >&2; exit 1; }
done
hugo_copy=no
source bench/common.sh
out="$( [ -d /dev/shm ] && echo /dev/shm || echo "$work")/kompetanse-ab"
echo "pages: $pages · $runs rounds · $(nproc) cores · load $(cut -d' ' -f1-3 /proc/loadavg) · into $out"
stages="$work/ab-stages.txt"; timing="$work/ab-time.txt"
for i in $(seq "$runs"); do
  for x in A B; do
    d="$a"; [ "$x" = B ] && d="$b"
    rm -rf "$out" "$out.staging"
    /usr/bin/time -o "$timing" -f "$x %e %U %S %M" dotnet "$d/Kompetanse.Cli.dll" build --input "$corpus" --output "$out" --timings >/dev/null 2>"$stages"
    tail -n 1 "$timing"
    # Each stage of --timings (time since start, processor time, …, then its name): how long it took, wall and processor.
    awk -v x="$x" '$2 == "s" && $4 == "s" && $0 !~ /[0-9]+\/[0-9]+/ {
        for (m = NF; m > 4 && $m != "ms"; m--) ; # the name follows the last column in ms
        name = ""; for (f = m + 1; f <= NF; f++) if ($f !~ /^[0-9]+$/) name = name (name == "" ? "" : " ") $f
        if (last != "") print "stage", x, last, $1 - wall, $3 - cpu
        last = name; wall = $1; cpu = $3 }' "$stages"
  done
done | awk '
  $1 == "stage" { key = $3; for (f = 4; f <= NF - 2; f++) key = key " " $f
    if (!(key in seen)) { seen[key] = 1; order[++stages] = key }
    sw[$2, key] += $(NF - 1); sc[$2, key] += $NF; sn[$2, key]++; next }
  { wall[$1] = wall[$1] " " $2; sum[$1] += $2; cpu[$1] += $3 + $4; n[$1]++
    if (!($1 in lo) || $5 < lo[$1]) lo[$1] = $5; if ($5 > hi[$1]) hi[$1] = $5 }
  END { for (k = 1; k <= 2; k++) { x = k == 1 ? "A" : "B"
          printf "%s wall:%s s · mean %.3f s · processor %.2f s · peak %d–%d MB\n", x, wall[x], sum[x] / n[x], cpu[x] / n[x], lo[x] / 1024, hi[x] / 1024 }
        printf "stage means (wall / processor, seconds):\n"
        for (s = 1; s <= stages; s++) { key = order[s]
          printf "  %-34s A %.3f / %.3f   B %.3f / %.3f\n", key, sw["A", key] / sn["A", key], sc["A", key] / sn["A", key], sw["B", key] / sn["B", key], sc["B", key] / sn["B", key] } }'
echo "A: $a"
echo "B: $b"
rm -rf "$out" "$out.staging"
