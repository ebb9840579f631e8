#!/usr/bin/env bash
# Two builds of the generator against each other, for a change to the generator: clean builds of the same
# corpus taking turns (A, B, A, B …), RUNS rounds (default 8), into memory (/dev/shm when there is one, so the
# disk's moods do not count). Prints each build's wall times, their mean, the mean processor time (user +
# system) and the peak memory. On a shared two-core machine one build varies by ±10 %: compare means of
# eight or more rounds, never single runs.
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
for i in $(seq "$runs"); do
  for x in A B; do
    d="$a"; [ "$x" = B ] && d="$b"
    rm -rf "$out" "$out.staging"
    /usr/bin/time -f "$x %e %U %S %M" dotnet "$d/Kompetanse.Cli.dll" build --input "$corpus" --output "$out" 2>&1 >/dev/null | tail -n 1
  done
done | awk '
  { wall[$1] = wall[$1] " " $2; sum[$1] += $2; cpu[$1] += $3 + $4; n[$1]++
    if (!($1 in lo) || $5 < lo[$1]) lo[$1] = $5; if ($5 > hi[$1]) hi[$1] = $5 }
  END { for (k = 1; k <= 2; k++) { x = k == 1 ? "A" : "B"
          printf "%s wall:%s s · mean %.3f s · processor %.2f s · peak %d–%d MB\n", x, wall[x], sum[x] / n[x], cpu[x] / n[x], lo[x] / 1024, hi[x] / 1024 } }'
echo "A: $a"
echo "B: $b"
rm -rf "$out" "$out.staging"
