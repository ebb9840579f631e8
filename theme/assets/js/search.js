// Search on /sok/: loads the index the build wrote, and matches as you type. Words are found inside
// Norwegian compounds ("undervisning" finds "spesialundervisning"), case and accents are folded, title
// hits rank first. The form works without this script: it leads to /sok/ with the topic overview.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) return;
  var input = document.getElementById("q");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var fallback = document.getElementById("search-fallback");
  var kinds = form.querySelector(".search-kinds");
  var labels = { begrep: "Begrep", rolle: "Rolle", skjema: "Skjema", plan: "Plan", side: "Side" };
  var pages = null;
  var timer = null;

  // Lower case, and accents off, but æ, ø and å kept: they are letters of their own in Norwegian.
  function fold(text) {
    return text.toLowerCase()
      .replace(/[æøå]/g, function (c) { return { "æ": "\u0001", "ø": "\u0002", "å": "\u0003" }[c]; })
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u0001\u0002\u0003]/g, function (c) { return { "\u0001": "æ", "\u0002": "ø", "\u0003": "å" }[c]; });
  }

  function load() {
    if (pages) return Promise.resolve(pages);
    return fetch(form.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (index) {
      pages = index.pages.map(function (p) {
        return { url: p.u, title: p.t, kind: p.k, headings: p.h, text: p.x,
                 ft: fold(p.t), fh: fold(p.h.join(" \u2022 ")), fx: fold(p.x) };
      });
      return pages;
    });
  }

  function count(haystack, needle) {
    var n = 0, at = haystack.indexOf(needle);
    while (at >= 0 && n < 50) { n++; at = haystack.indexOf(needle, at + needle.length); }
    return n;
  }

  // Every word must be found. The title counts most: all of it, then its start, then the whole phrase in it;
  // text hits count a little each, capped, so a long page does not outrank the page about the thing.
  function score(page, words, phrase) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      var inTitle = page.ft.indexOf(w) >= 0, inHeadings = page.fh.indexOf(w) >= 0, inText = page.fx.indexOf(w) >= 0;
      if (!inTitle && !inHeadings && !inText) return 0;
      total += (inTitle ? 100 : 0) + (inHeadings ? 10 : 0) + Math.min(count(page.fx, w), 10);
    }
    if (page.ft === phrase) total += 1000;
    else if (page.ft.indexOf(phrase) === 0) total += 400;
    else if (page.ft.indexOf(phrase) >= 0) total += 150;
    return total;
  }

  function snippet(page, words) {
    var at = -1, word = words[0];
    for (var i = 0; i < words.length && at < 0; i++) { at = page.fx.indexOf(words[i]); word = words[i]; }
    var start = Math.max(0, at - 70), end = Math.min(page.text.length, (at < 0 ? 0 : at) + 150);
    if (at < 0) { start = 0; end = Math.min(page.text.length, 160); }
    var text = page.text.slice(start, end);
    var fragment = document.createDocumentFragment();
    if (start > 0) fragment.appendChild(document.createTextNode("… "));
    var folded = fold(text), pos = 0, hit;
    // Highlight every searched word in the snippet; folding keeps lengths, so positions carry over.
    var re = new RegExp(words.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }).join("|"), "g");
    while ((hit = re.exec(folded)) !== null) {
      if (hit[0].length === 0) { re.lastIndex++; continue; }
      fragment.appendChild(document.createTextNode(text.slice(pos, hit.index)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(hit.index, hit.index + hit[0].length);
      fragment.appendChild(mark);
      pos = hit.index + hit[0].length;
    }
    fragment.appendChild(document.createTextNode(text.slice(pos) + (end < page.text.length ? " …" : "")));
    return fragment;
  }

  function selectedKind() {
    var checked = form.querySelector('input[name="type"]:checked');
    return checked ? checked.value : "";
  }

  function render() {
    var query = input.value.trim();
    var kind = selectedKind();
    var params = new URLSearchParams();
    if (query) params.set("q", query);
    if (kind) params.set("type", kind);
    history.replaceState(null, "", location.pathname + (params.toString() ? "?" + params : ""));
    results.textContent = "";
    if (!query) { status.textContent = ""; fallback.hidden = false; return; }
    fallback.hidden = true;
    var words = fold(query).split(/\s+/).filter(Boolean);
    var phrase = words.join(" ");
    load().then(function (all) {
      var hits = all.map(function (p) { return { page: p, score: score(p, words, phrase) }; })
        .filter(function (h) { return h.score > 0 && (!kind || h.page.kind === kind); })
        .sort(function (a, b) { return b.score - a.score || a.page.title.localeCompare(b.page.title, "nb"); });
      hits.slice(0, 50).forEach(function (h) {
        var item = document.createElement("li");
        item.className = "search-result";
        var heading = document.createElement("h2");
        heading.className = "ds-heading search-result__title";
        heading.setAttribute("data-size", "xs");
        var link = document.createElement("a");
        link.className = "ds-link";
        link.href = h.page.url;
        link.textContent = h.page.title;
        heading.appendChild(link);
        var tag = document.createElement("span");
        tag.className = "search-result__kind";
        tag.textContent = labels[h.page.kind] || h.page.kind;
        var text = document.createElement("p");
        text.className = "ds-paragraph search-result__snippet";
        text.appendChild(snippet(h.page, words));
        item.appendChild(tag);
        item.appendChild(heading);
        item.appendChild(text);
        results.appendChild(item);
      });
      status.textContent = hits.length === 0 ? "Ingen treff for «" + query + "»."
        : hits.length + (hits.length === 1 ? " treff" : " treff") + " for «" + query + "»" + (hits.length > 50 ? ", de 50 beste vises." : ".");
    }).catch(function () {
      status.textContent = "Søket kunne ikke lastes. Prøv igjen, eller bruk oversiktene under.";
      fallback.hidden = false;
    });
  }

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  var type = params.get("type");
  if (type) { var radio = form.querySelector('input[name="type"][value="' + type.replace(/[^a-z]/g, "") + '"]'); if (radio) radio.checked = true; }
  kinds.hidden = false;

  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(render, 120); });
  form.addEventListener("change", function (e) { if (e.target.name === "type") render(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); render(); });
  if (input.value) render();
})();
