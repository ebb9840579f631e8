# Sourced by the build benches (bench/user-path.sh, bench/floor.sh, bench/ab.sh): the corpus of N synthetic
# pages, Hugo's copy of it (not with hugo_copy=no), and timing one command with /usr/bin/time. Expects `pages`
# to be set; sets work, corpus, repo.
repo="$PWD"
work="${TMPDIR:-/tmp}/kompetanse-bench"
corpus="$work/corpus-$pages"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }
[ "${hugo_copy:-yes}" = no ] || command -v hugo >/dev/null || { echo "needs hugo (apt-get install hugo)"; exit 1; }
mkdir -p "$work"

dotnet build -c Release bench/Kompetanse.Benchmarks -v quiet -nologo >/dev/null
if [ ! -f "$corpus/.done" ]; then
  dotnet bench/Kompetanse.Benchmarks/bin/Release/net10.0/Kompetanse.Benchmarks.dll corpus "$corpus" "$pages"
  touch "$corpus/.done"
fi
[ "${hugo_copy:-yes}" = no ] || bench/hugo-site.sh "$corpus" "$work/hugo-$pages"

timed() { # label, command… (prints: label, wall seconds, peak KB, processor time)
  local label="$1"; shift
  sync
  /usr/bin/time -f "$label	%e s	%M KB	(user %U s, system %S s)" "$@" >/dev/null 2>"$work/time.txt" || { cat "$work/time.txt"; exit 1; }
  tail -n 1 "$work/time.txt"
}
