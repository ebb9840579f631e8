#!/usr/bin/env bash
# The README's test command. On a Debian machine with the .NET SDK it installs what the tests need and is
# missing (Chromium for the browser tests, fonts, spell checking, Node.js for the theme's packages) with
# apt-get, installs decap-server (theme/tools) from its lock file when it is missing or stale, then runs
# `dotnet test` with any arguments given (e.g. ./test.sh --filter NetlifyBuildScriptTests).
set -euo pipefail
cd "$(dirname "$0")"

if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
  cat <<'HELP'
Usage: ./test.sh [dotnet test arguments]

Installs the Debian packages the tests need when they are missing (apt-get; as root or through sudo),
runs `npm ci` in theme/tools/ (decap-server) when its packages are missing or older than the lock file, then runs
`dotnet test` with the arguments given. Needs the .NET SDK that global.json pins.
HELP
  exit 0
fi

# Every Debian package the tests need, in one place: "package" or "package:command" (a command found on
# PATH counts as installed too, e.g. Node.js from elsewhere).
packages=(
  chromium:chromium          # the browser tests drive Debian's Chromium, never a downloaded one
  fonts-dejavu-core          # a font Chromium can render Norwegian text with
  hunspell:hunspell          # spell checking of the content
  hunspell-no                # Norwegian dictionaries (nb, nn)
  libreoffice-writer-nogui:libreoffice  # reads the filled-in documents back, as a LibreOffice user would
  nodejs:node                # the theme's npm packages
  npm:npm
)

missing=()
for entry in "${packages[@]}"; do
  package="${entry%%:*}"
  command="${entry#*:}"
  [ "$command" != "$entry" ] && command -v "$command" >/dev/null 2>&1 && continue
  [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" = "install ok installed" ] && continue
  missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}"
  command -v apt-get >/dev/null 2>&1 || { echo "test.sh: error: missing ${missing[*]} and no apt-get to install them" >&2; exit 1; }
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# decap-server, which the editor's browser tests save through, pinned by its lock file. The packages the site
# ships (theme/package.json) are installed by the build itself, and by the tests on first use.
if [ ! -f theme/tools/node_modules/.package-lock.json ] || [ theme/tools/package-lock.json -nt theme/tools/node_modules/.package-lock.json ]; then
  (cd theme/tools && npm ci --no-audit --no-fund --loglevel=error)
fi

exec dotnet test "$@"
