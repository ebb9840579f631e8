#!/usr/bin/env bash
# Clean builds of N synthetic pages the way users run the generator, against Hugo on the same pages, taking
# turns (A-B-A-B): wall time and peak resident memory from /usr/bin/time, RUNS pairs (default 3).
#   0. `./kompetanse build`, the README's command, after the first compile: it finds no source newer than that
#      compile and runs the compiled generator (native code where the machine can link it, as here with gcc;
#      KOMPETANSE_NATIVE=0 bench/user-path.sh times the ReadyToRun build instead).
#   1. `dotnet run --project src/Kompetanse.Cli -c Release -- build` after the first compile: dotnet run
#      checks the build (restore, up-to-date build) and then runs the Release build output, JIT and all.
#   2. netlify-build.sh in a copy of the repository whose input/ is the corpus: its SDK check, then
#      `./kompetanse build` into output/ (after a first compile in that copy).
# Every build writes into a folder that does not exist yet, as on Netlify. After the pause before the rounds, each
# generator builds once untimed: the first build after an idle spell pays for memory the virtual machine gave back.
#   bench/user-path.sh [pages]        (default 10000; needs hugo: apt-get install hugo)
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-10000}"
runs="${RUNS:-3}"
source bench/common.sh
clean="$work/user-path"
echo "Compiling (not timed) …"
dotnet build -c Release src/Kompetanse.Cli -v quiet -nologo >/dev/null
./kompetanse --version >/dev/null
# The Netlify copy: the generator's sources and theme, the corpus as input/, its own first compile.
netlify="$work/netlify-repo"
mkdir -p "$netlify"
cp global.json netlify-build.sh kompetanse "$netlify/"
# Sources replace what an earlier run left, with their times, so its compiled files (obj/) are reused when current.
for project in src/*/; do
  into="$netlify/$project"
  mkdir -p "$into"
  find "$into" -mindepth 1 -maxdepth 1 ! -name bin ! -name obj -exec rm -rf {} +
  tar -C "$project" --exclude=./bin --exclude=./obj -cf - . | tar -C "$into" -xf -
done
rm -rf "$netlify/theme" "$netlify/input"
cp -a theme "$netlify/theme"
cp -a "$corpus" "$netlify/input"
export KOMPETANSE_CACHE_DIR="$work/netlify-cache"
(cd "$netlify" && ./netlify-build.sh >/dev/null)

launcher() { timed "kompetanse, ./kompetanse" "$repo/kompetanse" build --input "$corpus" --output "$clean/l-$1"; }
ours() { timed "kompetanse, dotnet run" dotnet run --project "$repo/src/Kompetanse.Cli" -c Release -- build --input "$corpus" --output "$clean/k-$1"; }
# The last run's output is moved aside, not removed: this file system then makes new files slowly for a while
# (ext4 without a journal skips recently deleted inodes), which would be charged to the next build.
netlify() { for f in output output.staging; do [ -e "$netlify/$f" ] && mv "$netlify/$f" "$clean/netlify-$f-$RANDOM"; done; (cd "$netlify" && timed "kompetanse, netlify-build.sh" ./netlify-build.sh); }
hugo_() { timed "hugo $(hugo version | grep -o 'v[0-9.]*' | head -1)" hugo --quiet --source "$work/hugo-$pages" --destination "$clean/h-$1"; }

echo "pages: $pages · $(nproc) cores · $(free -g | awk '/Mem:/ {print $2}') GB · load $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$clean"; mkdir -p "$clean"; sync
sleep 65 # let the file system forget what was just removed (ext4 skips inodes freed in the last 60 s; see netlify() above)
# One build of each, not timed: the first build after the pause pays for memory the virtual machine handed back to
# its host while idle (twice the kernel time, the same page faults), and the first timed build was always ours.
"$repo/kompetanse" build --input "$corpus" --output "$clean/warm-up" >/dev/null
hugo --quiet --source "$work/hugo-$pages" --destination "$clean/warm-up-hugo"
for i in $(seq "$runs"); do
  # Folders are removed only at the end: whatever runs right after removing ten thousand folders pays for it.
  if (( i % 2 )); then launcher "$i"; hugo_ "$i"; netlify; ours "$i"; else hugo_ "$i"; ours "$i"; netlify; launcher "$i"; fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$clean"
