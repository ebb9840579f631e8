#!/usr/bin/env bash
# The site's build on Netlify (netlify.toml: command = "./netlify-build.sh"), usable on any Linux machine.
#
# Netlify's build image has Node.js but no .NET 10 SDK. This script:
#   0. runs the generator at once when it was compiled to native code from these sources (in bin/, or kept in
#      the cache folder by an earlier deploy): no SDK and no compile for a deploy that changes only content;
#   1. otherwise uses `dotnet` from PATH when it has the SDK that global.json pins (its feature band or a later one);
#   2. otherwise installs exactly the pinned SDK with Microsoft's dotnet-install.sh into the cache folder,
#      which Netlify keeps between builds, and keeps NuGet's packages there too;
#   3. compiles the generator with ./kompetanse (to native code where the image has a C linker; kept in the
#      cache folder, so a deploy that changes only content compiles nothing) and runs `build` (the generator
#      installs the theme's three npm packages, about 14 MB, with `npm pack` on first use).
# Every failure ends with one line "netlify-build: error: <what failed> …".
#
# Settings (environment variables), all optional:
#   KOMPETANSE_CACHE_DIR       where the SDK and the NuGet packages are kept
#                              (default on Netlify: $NETLIFY_CACHE_DIR, or /opt/build/cache, the folder Netlify
#                              keeps, when that is unset; elsewhere ~/.cache/kompetanse)
#   KOMPETANSE_DOTNET_INSTALL  a local dotnet-install.sh to use instead of downloading Microsoft's from
#                              https://dot.net/v1/dotnet-install.sh (the tests use a stand-in here)
#   NUGET_PACKAGES             NuGet's package folder (default: <cache>/nuget)
set -uo pipefail
cd "$(dirname "$0")" || exit 1

if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
  sed -n '2,/^set /{/^set /d;s/^# \{0,1\}//;p}' "$0"
  exit 0
fi

fail() {
  echo "netlify-build: error: $*" >&2
  exit 1
}

[ -f global.json ] || fail "global.json is missing, so the .NET SDK version is unknown"
sdk_version=$(sed -n 's/^[[:space:]]*"version"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' global.json | head -n 1)
[ -n "$sdk_version" ] || fail "global.json has no sdk version"

# Netlify sets NETLIFY=true in every build; its cache folder is /opt/build/cache even where no variable names it.
netlify_cache="${NETLIFY_CACHE_DIR:-}"
[ -z "$netlify_cache" ] && [ "${NETLIFY:-}" = true ] && netlify_cache=/opt/build/cache
cache="${KOMPETANSE_CACHE_DIR:-${netlify_cache:-${HOME:-/tmp}/.cache/kompetanse}}"
mkdir -p "$cache" || fail "cannot create the cache folder $cache"
export NUGET_PACKAGES="${NUGET_PACKAGES:-$cache/nuget}"
# ./kompetanse keeps the compiled generator here under a hash of its sources: a deploy that changes only
# content (the editor's usual case) compiles nothing.
export KOMPETANSE_GENERATOR_CACHE="${KOMPETANSE_GENERATOR_CACHE:-$cache/generator}"
# Where the image cannot link native code, the Release build precompiles the generator and its libraries
# (ReadyToRun, see Kompetanse.Cli.csproj); the libraries' images are kept here.
export KompetanseReadyToRunCache="${KompetanseReadyToRunCache:-$cache/readytorun}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The build writes every header into output/_headers; a [[headers]] block here would make Netlify send two
# policies for a path, and a browser enforces both.
if grep -qE '^[[:space:]]*\[\[headers\]\]' netlify.toml 2>/dev/null; then
  fail "netlify.toml has a [[headers]] block: the build writes every header into output/_headers (src/Kompetanse/Netlify/SiteHeaders.cs), and Netlify would send both; remove the block"
fi

# A generator compiled to native code from these sources, current in bin/ or kept in the cache, runs without
# the SDK: a deploy that changes only content needs neither the SDK nor a compile (exit 75: it needs them).
KOMPETANSE_NATIVE_ONLY=1 ./kompetanse build
status=$?
if [ "$status" -ne 75 ]; then
  [ "$status" -eq 0 ] || fail "building the site failed (the diagnostics above say where)"
  exit 0
fi

# True when `dotnet` on PATH resolves global.json here (it exits non-zero when no installed SDK fits).
has_pinned_sdk() {
  hash -r # forget where bash last found dotnet: the PATH or the cache folder may have changed
  command -v dotnet >/dev/null 2>&1 && found_sdk=$(dotnet --version 2>/dev/null)
}

sdk_dir="$cache/dotnet"
if has_pinned_sdk; then
  echo "netlify-build: using .NET SDK $found_sdk from $(command -v dotnet)"
else
  # An SDK installed by an earlier build is in the cache folder.
  export DOTNET_ROOT="$sdk_dir"
  export PATH="$sdk_dir:$PATH"
  if has_pinned_sdk; then
    echo "netlify-build: using .NET SDK $found_sdk from the cache ($sdk_dir)"
  else
    echo "netlify-build: installing .NET SDK $sdk_version into $sdk_dir"
    installer="${KOMPETANSE_DOTNET_INSTALL:-}"
    if [ -z "$installer" ]; then
      installer="$cache/dotnet-install.sh"
      curl --fail --silent --show-error --location --retry 3 --output "$installer" https://dot.net/v1/dotnet-install.sh \
        || fail "could not download dotnet-install.sh from https://dot.net/v1/dotnet-install.sh"
    fi
    [ -f "$installer" ] || fail "the SDK installer $installer does not exist"
    bash "$installer" --version "$sdk_version" --install-dir "$sdk_dir" --no-path \
      || fail "installing .NET SDK $sdk_version with $installer failed (exit $?)"
    has_pinned_sdk || fail ".NET SDK $sdk_version was installed into $sdk_dir but dotnet does not find it"
    echo "netlify-build: using .NET SDK $found_sdk from $sdk_dir"
  fi
fi

# ./kompetanse compiles the generator when its sources changed (on a fresh checkout: unless the cache has it),
# to native code where the image has a C linker, and runs the compiled program; --version only shows that it starts.
./kompetanse --version >/dev/null \
  || fail "compiling the generator (./kompetanse) failed"
./kompetanse build \
  || fail "building the site failed (the diagnostics above say where)"
