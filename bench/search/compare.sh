#!/usr/bin/env bash
# Our search against Pagefind on the judged queries (bench/search/judged.json), both over the same built site
# in Debian's Chromium. Prints each query's rank for both, success at 3 and mean reciprocal rank.
# Pagefind (npm, pinned below) goes into a temp folder; it is never part of the site.
#   bench/search/compare.sh [judged.json …]     (default bench/search/judged.json)
set -euo pipefail
judged=()
for file in "${@:-$(dirname "$0")/judged.json}"; do judged+=("$(realpath "$file")"); done
cd "$(dirname "$0")/../.."
work="${TMPDIR:-/tmp}/kompetanse-search-quality"
pagefind_version=1.6.0
mkdir -p "$work"
dotnet run --project src/Kompetanse.Cli -- build --output "$work/site" >/dev/null
if [ ! -x "$work/pagefind-$pagefind_version/node_modules/.bin/pagefind" ]; then
  npm install --prefix "$work/pagefind-$pagefind_version" --no-audit --no-fund --loglevel=error "pagefind@$pagefind_version" >/dev/null
fi
rm -rf "$work/both"
cp -r "$work/site" "$work/both"
# Pagefind indexes what is in <main> (as ours does: no header, menu or footer), and all pages as one language,
# as ours does: the site's Swedish and Nynorsk pages would otherwise be in indexes of their own.
"$work/pagefind-$pagefind_version/node_modules/.bin/pagefind" --site "$work/both" --root-selector main --force-language nb >"$work/pagefind.log"
grep -i "language\|pages" "$work/pagefind.log" | head -5 || true
cp bench/search/pagefind-harness.html bench/search/pagefind-harness.js "$work/both/"
for file in "${judged[@]}"; do
  echo "== $(basename "$file")"
  dotnet run --project bench/Kompetanse.SearchQuality -c Release -- quality "$work/both" "$file"
done
