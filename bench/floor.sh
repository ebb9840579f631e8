#!/usr/bin/env bash
# The floor: how long the least a generator can do with the corpus takes (read each Markdown file, Markdig,
# write each page; bench/Kompetanse.Floor), next to `./kompetanse build` and Hugo on the same pages. The floor
# runs twice: precompiled (ReadyToRun, tiering off, as ./kompetanse runs the generator) and compiled by the JIT
# as it runs (the plain build output). Clean builds into new folders, taking turns, RUNS rounds (default 3):
# wall time and peak memory.
#   bench/floor.sh [pages]        (default 10000; needs hugo: apt-get install hugo)
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-10000}"
runs="${RUNS:-3}"
source bench/common.sh
out="$work/floor"
dotnet build -c Release bench/Kompetanse.Floor -v quiet -nologo >/dev/null
dotnet publish -c Release bench/Kompetanse.Floor -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -p:TieredCompilation=false -o "$work/floor-bin" -v quiet -nologo >/dev/null
./kompetanse --version >/dev/null

floor() {
  timed "floor, ReadyToRun (Markdig and write)" dotnet "$work/floor-bin/Kompetanse.Floor.dll" "$corpus" "$out/f-$1"
  timed "floor, JIT (Markdig and write)" dotnet "$repo/bench/Kompetanse.Floor/bin/Release/net10.0/Kompetanse.Floor.dll" "$corpus" "$out/j-$1"
}
ours() { timed "kompetanse, ./kompetanse" "$repo/kompetanse" build --input "$corpus" --output "$out/k-$1"; }
hugo_() { timed "hugo $(hugo version | grep -o 'v[0-9.]*' | head -1)" hugo --quiet --source "$work/hugo-$pages" --destination "$out/h-$1"; }

echo "pages: $pages · $(nproc) cores · load $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$out"; mkdir -p "$out"; sync
sleep 65 # let the file system forget what was just removed (see bench/user-path.sh)
for i in $(seq "$runs"); do
  case $((i % 3)) in
    1) floor "$i"; ours "$i"; hugo_ "$i" ;;
    2) ours "$i"; hugo_ "$i"; floor "$i" ;;
    0) hugo_ "$i"; floor "$i"; ours "$i" ;;
  esac
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$out"
