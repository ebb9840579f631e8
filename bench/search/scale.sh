#!/usr/bin/env bash
# Search at scale: a first query on the 10,000-page corpus (bench/Kompetanse.Benchmarks `corpus DIR N`),
# ours against Pagefind on the same built site, each query in a new browser context (empty cache), on a fast
# local line and on one throttled to ~9 Mbit/s (Chromium's Network.emulateNetworkConditions, 20 ms latency).
# Prints, per query, search and line: milliseconds to the first result shown, KB transferred (gzipped as
# Netlify serves it), requests and JavaScript heap; then each search's median. Heavy: run it once, alone.
#   bench/search/scale.sh [pages] [query …]      (default 10000 and the queries below)
set -euo pipefail
cd "$(dirname "$0")/../.."
pages="${1:-10000}"
shift || true
queries=("$@")
[ ${#queries[@]} -gt 0 ] || queries=("tilpasset opplæring" "vurderinger" "spesialundervising" "undervisning" "lesing skriving regning" "side 4711")
work="${TMPDIR:-/tmp}/kompetanse-search-scale"
pagefind_version=1.6.0
mkdir -p "$work"
dotnet build -c Release bench/Kompetanse.Benchmarks -v quiet -nologo >/dev/null
dotnet build -c Release src/Kompetanse.Cli -v quiet -nologo >/dev/null
dotnet build -c Release bench/Kompetanse.SearchQuality -v quiet -nologo >/dev/null
if [ ! -f "$work/corpus-$pages/.done" ]; then
  dotnet bench/Kompetanse.Benchmarks/bin/Release/net10.0/Kompetanse.Benchmarks.dll corpus "$work/corpus-$pages" "$pages"
  touch "$work/corpus-$pages/.done"
fi
dotnet src/Kompetanse.Cli/bin/Release/net10.0/Kompetanse.Cli.dll build --input "$work/corpus-$pages" --output "$work/site-$pages" | tail -n 1
if [ ! -x "$work/pagefind-$pagefind_version/node_modules/.bin/pagefind" ]; then
  npm install --prefix "$work/pagefind-$pagefind_version" --no-audit --no-fund --loglevel=error "pagefind@$pagefind_version" >/dev/null
fi
rm -rf "$work/both"
cp -r "$work/site-$pages" "$work/both"
# As in compare.sh: Pagefind reads <main> only, all pages as one language.
"$work/pagefind-$pagefind_version/node_modules/.bin/pagefind" --site "$work/both" --root-selector main --force-language nb >"$work/pagefind.log"
grep -i "indexed\|pages" "$work/pagefind.log" | head -3 || true
cp bench/search/pagefind-harness.html bench/search/pagefind-harness.js "$work/both/"
echo "ours: $(du -sh "$work/both/sok/indeks" | cut -f1) in $(find "$work/both/sok/indeks" -type f | wc -l) files; pagefind: $(du -sh "$work/both/pagefind" | cut -f1) in $(find "$work/both/pagefind" -type f | wc -l) files"
echo "load average: $(cut -d" " -f1-3 /proc/loadavg) on $(nproc) cores"
dotnet bench/Kompetanse.SearchQuality/bin/Release/net10.0/Kompetanse.SearchQuality.dll cold "$work/both" "${queries[@]}"
