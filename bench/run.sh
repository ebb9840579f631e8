#!/usr/bin/env bash
# Cold, whole-process build of N synthetic pages with the native Release binary, side by side with Hugo on the
# same corpus. Prints wall time and peak memory (from /usr/bin/time) for each, three runs each: rebuilds
# into the folder kept from the run before, and clean builds into an empty folder.
#   bench/run.sh [pages]        (default 10000; needs hugo: apt-get install hugo)
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-10000}"
runs="${RUNS:-3}"
work="${TMPDIR:-/tmp}/kompetanse-bench"
mkdir -p "$work"
corpus="$work/corpus-$pages"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }

echo "Building Release binaries …"
dotnet build -c Release bench/Kompetanse.Benchmarks -v quiet -nologo >/dev/null
# The generator as it would be deployed: compiled ahead of time to native code (NativeAOT), so a cold
# process compiles nothing while it runs. Needs a C toolchain: clang (or gcc) and zlib1g-dev.
linker=clang; command -v clang >/dev/null || linker=gcc
dotnet publish src/Kompetanse.Cli -c Release -r linux-x64 -p:PublishAot=true -p:CppCompilerAndLinker="$linker" \
  -o "$work/native" -v quiet -nologo >/dev/null
# For comparison, the same in IL with ReadyToRun code, run by the .NET runtime (what `dotnet run` runs, but
# precompiled). The two publishes must not share intermediate files.
rm -rf src/Kompetanse/obj/Release src/Kompetanse.Cli/obj/Release
dotnet publish src/Kompetanse.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/bin" -v quiet -nologo >/dev/null
rm -rf src/Kompetanse/obj/Release src/Kompetanse.Cli/obj/Release
# The generator installs the theme's packages on first use: do that here, outside the timings.
"$work/bin/Kompetanse.Cli" check --input input >/dev/null
if [ ! -f "$corpus/.done" ]; then
  dotnet bench/Kompetanse.Benchmarks/bin/Release/net10.0/Kompetanse.Benchmarks.dll corpus "$corpus" "$pages"
  touch "$corpus/.done"
fi

measure() { # label, command…
  local label="$1"; shift
  for i in $(seq "$runs"); do
    sync
    /usr/bin/time -f "$label	%e s	%M KB" "$@" >/dev/null 2>"$work/time.txt" || { cat "$work/time.txt"; exit 1; }
    tail -n 1 "$work/time.txt"
  done
}

echo "pages: $pages · $(nproc) cores · $(free -g | awk '/Mem:/ {print $2}') GB · $(uname -m)"
measure "kompetanse, sample site" "$work/native/Kompetanse.Cli" build --input input --output "$work/out-sample"
measure "kompetanse, ReadyToRun, sample site" "$work/bin/Kompetanse.Cli" build --input input --output "$work/out-sample"
measure "kompetanse, kept folder" "$work/native/Kompetanse.Cli" build --input "$corpus" --output "$work/out-kompetanse"
measure "kompetanse, ReadyToRun, kept folder" "$work/bin/Kompetanse.Cli" build --input "$corpus" --output "$work/out-kompetanse"
# The same, but every page changed since the build before: the site's name, in every page's header,
# differs each run, so no file can be left as it was.
for i in $(seq "$runs"); do
  sed -i "s/^name: .*/name: Ytelsestest $i/" "$corpus/site.yml"; sync
  /usr/bin/time -f "kompetanse, kept folder, every page changed	%e s	%M KB" "$work/native/Kompetanse.Cli" build --input "$corpus" --output "$work/out-kompetanse" >/dev/null 2>"$work/time.txt" || { cat "$work/time.txt"; exit 1; }
  tail -n 1 "$work/time.txt"
done
sed -i "s/^name: .*/name: Ytelsestest/" "$corpus/site.yml"

if command -v hugo >/dev/null; then
  site="$work/hugo-$pages"
  bench/hugo-site.sh "$corpus" "$site"
  version="$(hugo version | grep -o 'v[0-9.]*' | head -1)"
  # A rebuild: both write into the folder kept from the run before (Hugo overwrites every file; Kompetanse
  # writes over the site before last and leaves files whose bytes did not change).
  measure "hugo $version, kept folder" hugo --quiet --source "$site" --destination "$work/out-hugo"
  # A clean build into an empty folder, as on Netlify. Each run gets a new folder and the folders are
  # removed only at the end: on this kind of disk, whatever runs right after removing ten thousand
  # folders pays for the removal. The two take turns going first.
  clean="$work/clean"
  rm -rf "$clean"; mkdir -p "$clean"; sync
  for i in $(seq "$runs"); do
    ours() { sync; /usr/bin/time -f "kompetanse, empty folder	%e s	%M KB" "$work/native/Kompetanse.Cli" build --input "$corpus" --output "$clean/k-$i" >/dev/null 2>"$work/time.txt"; tail -n 1 "$work/time.txt"; }
    theirs() { sync; /usr/bin/time -f "hugo $version, empty folder	%e s	%M KB" hugo --quiet --source "$site" --destination "$clean/h-$i" >/dev/null 2>"$work/time.txt"; tail -n 1 "$work/time.txt"; }
    if (( i % 2 )); then ours; theirs; else theirs; ours; fi
  done
  rm -rf "$clean"
else
  echo "hugo is not installed (apt-get install hugo): skipped"
fi
