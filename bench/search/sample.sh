#!/usr/bin/env bash
# The sample site's first search result, before the index was split into parts (BEFORE, default 921ef7c^1:
# one index file fetched whole) and now (the working tree): each query in a new browser context (empty
# cache), on a fast local line and a ~9 Mbit/s one, ROUNDS times (default 5), taking turns. Prints each
# run and the medians (Kompetanse.SearchQuality cold, ours only).
#   bench/search/sample.sh [query …]
set -euo pipefail
cd "$(dirname "$0")/../.."
before="${BEFORE:-921ef7c^1}"
rounds="${ROUNDS:-5}"
queries=("$@")
[ ${#queries[@]} -gt 0 ] || queries=("tilpasset opplæring" "vurdering" "spesialundervising" "IOP" "budsjett" "lesing skriving regning")
work="${TMPDIR:-/tmp}/kompetanse-search-sample"
rm -rf "$work"
git worktree prune
mkdir -p "$work"
git worktree add --detach --quiet "$work/before-repo" "$before"
trap 'git worktree remove --force "$work/before-repo"' EXIT
# The packages the build publishes, installed as for the working tree (npm pack with their integrity).
[ -d theme/node_modules ] && cp -r theme/node_modules "$work/before-repo/theme/"
dotnet build -c Release bench/Kompetanse.SearchQuality -v quiet -nologo >/dev/null
(cd "$work/before-repo" && dotnet run --project src/Kompetanse.Cli -c Release -- build --output "$work/before" | tail -n 1)
./kompetanse build --output "$work/now" | tail -n 1
echo "before: $(du -sh "$work/before/sok" | cut -f1) of index; now: $(du -sh "$work/now/sok" | cut -f1)"
echo "load average: $(cut -d" " -f1-3 /proc/loadavg) on $(nproc) cores"
# Rounds take turns (before, now, before, …); each round runs every query once on each line.
for round in $(seq "$rounds"); do
  for site in before now; do
    dotnet bench/Kompetanse.SearchQuality/bin/Release/net10.0/Kompetanse.SearchQuality.dll cold "$work/$site" "${queries[@]}" \
      | awk -v site="$site" '$0 ~ / ours / { print site "\t" ($0 ~ /Mbit/ ? "9 Mbit/s" : "local") "\t" $(NF-3) "\t" $(NF-2) "\t" $0 }'
  done
done | tee "$work/runs.tsv" | cut -f5
echo
for site in before now; do
  for line in local "9 Mbit/s"; do
    awk -F'\t' -v site="$site" -v line="$line" '$1 == site && $2 == line { print $3 "\t" $4 }' "$work/runs.tsv" | sort -n \
      | awk -v site="$site" -v line="$line" '{ ms[NR] = $1; kb += $2 } END { printf "%-6s %-9s median first result %5d ms over %d queries, %d KB on average\n", site, line, ms[int((NR + 1) / 2)], NR, kb / NR }'
  done
done
