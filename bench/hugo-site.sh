#!/usr/bin/env bash
# A minimal Hugo site over a corpus written by `Kompetanse.Benchmarks corpus`: the same Markdown, one layout
# for pages and one for lists. Used by run.sh and user-path.sh to build the same pages with Hugo.
#   bench/hugo-site.sh CORPUS SITE        (does nothing when SITE exists)
set -euo pipefail
corpus="$1"
site="$2"
[ -d "$site" ] && exit 0
mkdir -p "$site/layouts/_default"
cp -r "$corpus" "$site/content"   # Hugo does not follow a linked content folder
# Hugo reads content/index.md as a leaf bundle that swallows every page below it; _index.md is its home page.
mv "$site/content/index.md" "$site/content/_index.md"
cat > "$site/hugo.toml" <<'TOML'
baseURL = "https://ytelse.example.no/"
languageCode = "nb"
title = "Ytelsestest"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = false
TOML
cat > "$site/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><header><a href="/">{{ .Site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
HTML
cat > "$site/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ with .Description }}<p>{{ . }}</p>{{ end }}{{ .Content }}{{ end }}
HTML
cat > "$site/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
HTML
