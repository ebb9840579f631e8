// Search on /sok/: loads the index the build wrote in parts (src/Kompetanse/Outputs/Search/SearchIndexOutput.cs):
// the entry /sok/indeks.json and the word list first, then only the chunks that hold the query's stems, and
// the text of the results shown, one fragment a page. Matches as you type.
// - Words are stemmed with the Snowball Norwegian stemmer (norwegian-stemmer.js), the same for the pages and
//   the query: "styringsgruppens" finds "Styringsgruppa", "vurderingar" finds "vurderinger".
// - A word is found inside compounds: "undervisning" finds "spesialundervisning"; a compound no page has is
//   taken apart into words pages have: "barnevernstjenesten" finds "barnevern" and "tjenesten".
// - A word of five letters or more that is in no page is matched to words one or two letters away
//   ("spesialundervising"), ranked below exact hits; with no hit at all the nearest word is suggested.
// - Ranking: the title (and a concept's or role's aliases and abbreviation) counts most, then headings, then
//   the text, with diminishing returns for repeats and less for words that are on many pages.
// - A hit under a heading also links to that heading's section.
// The form works without this script: it leads to /sok/ with the topic overview.
(function () {
  "use strict";
  var stemmer = window.KompetanseStemmer;

  // Lower case, and accents off, but æ, ø and å kept: they are letters of their own in Norwegian.
  function fold(text) {
    return text.toLowerCase()
      .replace(/[æøå]/g, function (c) { return { "æ": "\u0001", "ø": "\u0002", "å": "\u0003" }[c]; })
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u0001\u0002\u0003]/g, function (c) { return { "\u0001": "æ", "\u0002": "ø", "\u0003": "å" }[c]; });
  }

  // Words that say nothing about what is wanted: left out of a query that has other words. The build sends
  // its list with the index (SearchText.StopWords), so the two cannot disagree.
  var stopWords = {};

  var wordPattern = /[\p{L}\p{N}]+/gu;
  var stemCache = new Map();
  function stemOf(folded) {
    var s = stemCache.get(folded);
    if (s === undefined) { s = stemmer.stem(folded); stemCache.set(folded, s); }
    return s;
  }

  function words(text) {
    return fold(text).match(new RegExp(wordPattern.source, "gu")) || [];
  }

  function getJson(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }

  // A set of sections in a posting: a bit mask, or a list when a section number is 30 or more.
  function sectionList(set) {
    if (typeof set !== "number") return set;
    var list = [];
    for (var i = 0; set; i++, set >>>= 1) if (set & 1) list.push(i);
    return list;
  }

  // The index, loaded in parts (written by SearchIndexOutput.cs): the entry says which chunk holds which
  // stems; the word list (every stem, how many pages have it, each page's kind and fragment) comes next; a
  // query then loads only the chunks of the stems it matches, and the results only their pages' fragments.
  // A posting is [page, names (a bit per name the stem is in), heading hits, text hits, sections whose text
  // has it, sections whose heading has it, (the names' lengths in words, if it is in one)].
  function Index(entry, base) {
    this.entry = entry;
    this.base = base;
    this.chunkFirsts = entry.chunks.map(function (c) { return c[0]; });
    this.chunks = new Map();     // chunk path → promise of its postings
    this.postings = new Map();   // stem → postings, for the chunks loaded
    this.fragments = new Map();  // page number → promise of its fragment
    var self = this;
    this.ready = getJson(new URL(entry.words, base)).then(function (w) { self.setWords(w); return self; });
  }

  Index.prototype.setWords = function (w) {
    var terms = new Map();
    w.w.forEach(function (stem, i) { terms.set(stem, i); });
    w.stop.forEach(function (s) { stopWords[s] = true; });
    this.n = w.n;
    this.keys = w.w;
    this.df = w.d;
    this.forms = w.o;
    this.terms = terms;
    this.kindCodes = w.k;
    this.kindNames = w.kinds;
    this.fragmentNames = w.f;
    this.synonyms = w.syn || [];
  };

  Index.prototype.kindOf = function (p) { return this.kindNames[(this.kindCodes.charCodeAt(p) - 48) >> 1]; };
  Index.prototype.isOverview = function (p) { return ((this.kindCodes.charCodeAt(p) - 48) & 1) === 1; };

  // The chunk a stem would be in: the last whose first stem is not after it.
  Index.prototype.chunkOf = function (stem) {
    var firsts = this.chunkFirsts, lo = 0, hi = firsts.length - 1;
    if (hi < 0 || stem < firsts[0]) return null;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (firsts[mid] <= stem) lo = mid; else hi = mid - 1; }
    return this.entry.chunks[lo][1];
  };

  Index.prototype.loadChunk = function (path) {
    var self = this, loading = this.chunks.get(path);
    if (!loading) {
      loading = getJson(new URL(path, this.base)).then(function (chunk) {
        Object.keys(chunk).forEach(function (stem) { self.postings.set(stem, chunk[stem]); });
      });
      loading.catch(function () { self.chunks.delete(path); });
      this.chunks.set(path, loading);
    }
    return loading;
  };

  // Loads the chunks that hold these stems.
  Index.prototype.load = function (stems) {
    var self = this, paths = new Set();
    stems.forEach(function (s) { if (!self.postings.has(s)) { var c = self.chunkOf(s); if (c) paths.add(c); } });
    return Promise.all(Array.from(paths).map(function (p) { return self.loadChunk(p); }));
  };

  // A page's fragment: its URL, title, kind and text in sections.
  Index.prototype.page = function (p) {
    var loading = this.fragments.get(p), self = this;
    if (!loading) {
      var name = this.fragmentNames.slice(p * 10, p * 10 + 10);
      loading = getJson(new URL(this.entry.pages + name + ".json", this.base)).then(function (f) {
        return { url: f.u, title: f.t, kind: f.k, sections: f.s.map(function (s) { return { id: s[0], heading: s[1], text: s[2] }; }) };
      });
      loading.catch(function () { self.fragments.delete(p); });
      this.fragments.set(p, loading);
    }
    return loading;
  };

  // Optimal string alignment distance (a swap of two letters is one edit), or max + 1 once it is beyond max.
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null, prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
        cur[j] = d;
        if (d < best) best = d;
      }
      if (best > max) return max + 1;
      prev2 = prev;
      prev = cur;
    }
    return prev[b.length];
  }

  // The index's stems that a query word matches, each with a weight: the word itself 1, inside a compound
  // less, a typo (only for a word that no page has) less again.
  Index.prototype.match = function (word) {
    var s = stemOf(word), found = [], exact = this.terms.has(s);
    if (exact) found.push({ term: s, weight: 1, kind: "exact" });
    // A definite form can stem to what is not yet the stem of its base form: "skjemaet" → "skjema", but
    // "skjema" → "skjem". The stem stemmed once more is the word too.
    var again = stemmer.stem(s);
    if (again !== s && this.terms.has(again)) { found.push({ term: again, weight: 1, kind: "exact" }); exact = true; }
    var keys = this.keys, fuzzy = !exact && word.length >= 5, max = 2, i, k;
    for (i = 0; i < keys.length; i++) {
      k = keys[i];
      if (k === s) continue;
      if (s.length >= 4 && k.length > s.length) {
        var at = k.indexOf(s);
        if (at >= 0) {
          found.push({ term: k, weight: at + s.length === k.length ? 0.7 : at === 0 ? 0.6 : 0.5, kind: "part", part: s });
          continue;
        }
      }
      if (fuzzy && k.length >= 4) {
        var d = distance(s, k, max);
        if (d <= max) { found.push({ term: k, weight: d === 1 ? 0.4 : 0.25, kind: "typo", distance: d }); if (d < max) max = d; }
      }
    }
    // Only the nearest typos: one letter off if there are such words, else two.
    found = found.filter(function (m) { return m.kind !== "typo" || m.distance === max; });
    if (found.length === 0) found = this.split(word);
    if (found.length === 0) found = this.clipped(word);
    return found;
  };

  // A clipped compound, as staff write them: the start of a word and a later piece of it ("spesped" is
  // "spes…ped…", spesialpedagogisk). The longest start that some word has, with the rest later in it, wins.
  Index.prototype.clipped = function (word) {
    if (word.length < 6) return [];
    var keys = this.keys;
    for (var i = word.length - 3; i >= 3; i--) {
      var head = word.slice(0, i), tail = word.slice(i), found = [];
      for (var k = 0; k < keys.length; k++) {
        var key = keys[k];
        if (key.length > word.length && key.lastIndexOf(head, 0) === 0 && key.indexOf(tail, i + 1) > i)
          found.push({ term: key, weight: 0.5, kind: "part", part: head });
      }
      if (found.length > 0) return found;
    }
    return [];
  };

  // The editor's synonyms (input/sok/synonymer.yml): where the query has a phrase of a group, its words
  // also match the group's other phrases, a little below the words themselves.
  Index.prototype.expand = function (qwords, perWord) {
    var self = this, stems = qwords.map(stemOf);
    function same(q, st) { return q === st || stemmer.stem(q) === st || q === stemmer.stem(st); }
    this.synonyms.forEach(function (group) {
      group.forEach(function (phrase, pi) {
        if (phrase.length === 0) return;
        for (var i = 0; i + phrase.length <= stems.length; i++) {
          if (!phrase.every(function (st, j) { return same(stems[i + j], st); })) continue;
          group.forEach(function (other, oi) {
            if (oi === pi) return;
            // A phrase is found by its longest word (then the rarest): "stort læringspotensial" by
            // "læringspotensial", not "stort".
            var st = null;
            other.forEach(function (x) {
              var i2 = self.terms.get(x);
              if (i2 === undefined) return;
              if (st === null || x.length > st.length || (x.length === st.length && self.df[i2] < self.df[self.terms.get(st)])) st = x;
            });
            if (st === null) return;
            for (var j = i; j < i + phrase.length; j++)
              if (!perWord[j].some(function (m) { return m.term === st; })) perWord[j].push({ term: st, weight: 0.9, kind: "synonym" });
          });
        }
      });
    });
  };

  // A compound that no page has, taken apart into two words that pages do have, with or without the
  // joining s or e: "barnevernstjenesten" is "barnevern" and "tjenesten". The longest first part wins.
  Index.prototype.split = function (word) {
    for (var i = word.length - 4; i >= 4; i--) {
      var tail = stemOf(word.slice(i));
      if (!this.terms.has(tail)) tail = stemmer.stem(tail);
      if (!this.terms.has(tail)) continue;
      var head = word.slice(0, i), heads = [head];
      if (/[se]$/.test(head) && head.length > 4) heads.push(head.slice(0, -1));
      for (var h = 0; h < heads.length; h++) {
        var hs = stemOf(heads[h]);
        if (this.terms.has(hs)) return [{ term: hs, weight: 0.6, kind: "part", part: hs }, { term: tail, weight: 0.4, kind: "part", part: tail }];
      }
    }
    return [];
  };

  // The word in the index nearest to a word that found nothing, as it is written on the pages.
  Index.prototype.suggest = function (word) {
    var s = stemOf(word), limit = word.length >= 8 ? 3 : 2, best = -1, bestD = limit + 1, bestDf = 0, keys = this.keys;
    for (var i = 0; i < keys.length; i++) {
      var d = distance(s, keys[i], limit), df = this.df[i];
      if (d <= limit && (d < bestD || (d === bestD && df > bestDf))) { best = i; bestD = d; bestDf = df; }
    }
    return best >= 0 ? this.forms[best] || keys[best] : null;
  };

  // Ranked pages for a query (a promise: the chunks it needs are loaded first). Scores live in typed arrays,
  // one slot per page and word, so a query over ten thousand pages makes few objects; sections are worked
  // out only for the results shown (sectionsOf).
  Index.prototype.search = function (query, kind) {
    var self = this;
    // The chunks of the query's words as written can load while the word list does.
    var early = this.terms ? Promise.resolve() : this.load(words(query).filter(function (w) { return w.length >= 3; }).map(stemOf));
    return this.ready.then(function () {
      // "spes.ped." is one clipped word.
      var all = words(query.replace(/(\p{L})\.(?=\p{L})/gu, "$1")), qwords = all.filter(function (w) { return !stopWords[w]; });
      if (qwords.length === 0) qwords = all;
      qwords = qwords.slice(0, 16);
      var perWord = qwords.map(function (w) { return self.match(w); });
      self.expand(qwords, perWord);
      var stems = [];
      perWord.forEach(function (ms) { ms.forEach(function (m) { stems.push(m.term); }); });
      return Promise.all([early, self.load(stems)]).then(function () { return self.rank(qwords, perWord, kind); });
    });
  };

  Index.prototype.rank = function (qwords, perWord, kind) {
    var n = this.n, W = qwords.length, self = this, matched = new Set();
    var best = new Float64Array(n * W), names = new Uint32Array(n * W), heads = new Uint32Array(n), lengths = new Map(), seen = new Uint8Array(n), touched = [];
    perWord.forEach(function (matches, wi) {
      for (var mi = 0; mi < matches.length; mi++) {
        var m = matches[mi], posts = self.postings.get(m.term) || [];
        var idf = Math.log(1 + n / Math.max(1, posts.length)), part = m.kind === "part";
        matched.add(m.term);
        for (var i = 0; i < posts.length; i++) {
          var post = posts[i], p = post[0];
          var sc = m.weight * idf * ((post[1] ? 10 : 0) + Math.min(post[2], 3) * 2 + Math.log2(1 + post[3]));
          if (sc > best[p * W + wi]) best[p * W + wi] = sc;
          if (!seen[p]) { seen[p] = 1; touched.push(p); }
          if (post[1] && !part) {
            names[p * W + wi] |= post[1];
            lengths.set(p, post[6]);
            if (wi === W - 1) heads[p] |= post[7];
          }
        }
      }
    });
    var hits = [];
    for (var t = 0; t < touched.length; t++) {
      var p = touched[t];
      if (kind && this.kindOf(p) !== kind) continue;
      var sum = 0, found = 0, common = 0xffffffff;
      for (var wi = 0; wi < W; wi++) {
        var b = best[p * W + wi];
        if (b > 0) { sum += b; found++; }
        common &= names[p * W + wi];
      }
      var total = sum * (found / W) * (found / W);
      // The page about the thing: every word of the query (or the word a typo meant) in its title or one of
      // its names; three times if the query is all of that name.
      var about = 1;
      if (common) {
        var lens = lengths.get(p) || [];
        // Else twice, or two and a half if the query ends where the name does, with its head word: "innsats"
        // is about "Tidlig innsats" more than a name that only has the word.
        for (var j = 0; j < lens.length; j++)
          if ((common >>> j) & 1) about = Math.max(about, lens[j] === W ? 3 : (heads[p] >>> j) & 1 ? 2.5 : 2);
      }
      // An overview (the lists of concepts, roles, forms, changes) only repeats what the pages themselves say.
      hits.push({ index: p, score: total * about * (this.isOverview(p) ? 0.5 : 1) });
    }
    // Ties in title order, which is the pages' order in the index.
    hits.sort(function (a, b) { return b.score - a.score || a.index - b.index; });
    return { hits: hits, matches: perWord, matched: matched, words: qwords };
  };

  // The sections of a result's page that hold the query's words, best first: each word's best match in a
  // section counts, three times in its heading, and a section with more of the words counts more.
  Index.prototype.sectionsOf = function (hit, result) {
    var W = result.words.length, per = new Map(), self = this, n = this.n;
    result.matches.forEach(function (matches, wi) {
      matches.forEach(function (m) {
        var posts = self.postings.get(m.term) || [], lo = 0, hi = posts.length - 1, idf = Math.log(1 + n / Math.max(1, posts.length));
        while (lo < hi) { var mid = (lo + hi) >> 1; if (posts[mid][0] < hit.index) lo = mid + 1; else hi = mid; }
        var post = posts[lo];
        if (!post || post[0] !== hit.index) return;
        function add(si, value) {
          var a = per.get(si);
          if (!a) per.set(si, a = new Array(W).fill(0));
          if (value > a[wi]) a[wi] = value;
        }
        sectionList(post[4]).forEach(function (si) { add(si, m.weight * idf); });
        sectionList(post[5]).forEach(function (si) { add(si, 3 * m.weight * idf); });
      });
    });
    var scored = [];
    per.forEach(function (a, si) {
      var covered = a.filter(function (v) { return v > 0; }).length;
      scored.push([si, a.reduce(function (x, y) { return x + y; }, 0) * covered * covered]);
    });
    return scored.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; }).map(function (e) { return e[0]; });
  };

  // The index whose entry is at this address (relative to the page).
  function open(url) {
    var base = new URL(url, location.href);
    return getJson(base).then(function (entry) { return new Index(entry, base); });
  }

  window.KompetanseSearch = { fold: fold, words: words, stem: stemOf, open: open };

  var form = document.getElementById("search-form");
  if (!form) return;
  var input = document.getElementById("q");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var fallback = document.getElementById("search-fallback");
  var kinds = form.querySelector(".search-kinds");
  var labels = { begrep: "Begrep", rolle: "Rolle", skjema: "Skjema", plan: "Plan", side: "Side" };
  var timer = null;

  var loading = null;
  function load() {
    if (!loading) {
      loading = open(form.getAttribute("data-index")).then(function (i) { load.index = i; return i; });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  // A piece of text with the words that matched marked: whole words for the word itself and typos, the part
  // inside a compound for a part.
  function marked(text, result, start, end) {
    var fragment = document.createDocumentFragment();
    var piece = text.slice(start, end), folded = fold(piece), pos = 0, m, re = new RegExp(wordPattern.source, "gu");
    var parts = [];
    result.matches.forEach(function (ms) { ms.forEach(function (x) { if (x.kind === "part" && parts.indexOf(x.part) < 0) parts.push(x.part); }); });
    if (start > 0) fragment.appendChild(document.createTextNode("… "));
    while ((m = re.exec(folded)) !== null) {
      var from = m.index, to = m.index + m[0].length, st = stemOf(m[0]);
      if (!result.matched.has(st)) continue;
      var exact = result.matches.some(function (ms) { return ms.some(function (x) { return x.term === st && x.kind !== "part"; }); });
      if (!exact) {
        for (var i = 0; i < parts.length; i++) {
          var at = m[0].indexOf(parts[i]);
          if (at >= 0) { from = m.index + at; to = from + parts[i].length; break; }
        }
      }
      fragment.appendChild(document.createTextNode(piece.slice(pos, from)));
      var mark = document.createElement("mark");
      mark.textContent = piece.slice(from, to);
      fragment.appendChild(mark);
      pos = to;
    }
    fragment.appendChild(document.createTextNode(piece.slice(pos) + (end < text.length ? " …" : "")));
    return fragment;
  }

  // Where in a text the first matched word is, or -1.
  function firstHit(text, result) {
    var folded = fold(text), m, re = new RegExp(wordPattern.source, "gu");
    while ((m = re.exec(folded)) !== null) if (result.matched.has(stemOf(m[0]))) return m.index;
    return -1;
  }

  function snippet(text, result, length) {
    var at = firstHit(text, result);
    var start = at < 0 ? 0 : Math.max(0, at - Math.round(length / 3));
    if (start > 0) { var space = text.indexOf(" ", start); if (space >= 0 && space < at) start = space + 1; }
    var end = Math.min(text.length, start + length);
    if (end < text.length) { var cut = text.lastIndexOf(" ", end); if (cut > start + length / 2) end = cut; }
    return marked(text, result, start, end);
  }

  function selectedKind() {
    var checked = form.querySelector('input[name="type"]:checked');
    return checked ? checked.value : "";
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  function show(hit, page, result) {
    var item = element("li", "search-result");
    var heading = element("h2", "ds-heading search-result__title");
    heading.setAttribute("data-size", "xs");
    var link = element("a", "ds-link", page.title);
    link.href = page.url;
    heading.appendChild(link);
    item.appendChild(element("span", "search-result__kind", labels[page.kind] || page.kind));
    item.appendChild(heading);
    // The snippet from the page's own text if a word is there, else from its best section.
    var sections = load.index.sectionsOf(hit, result);
    var intro = page.sections[0].text, text = intro;
    if (firstHit(intro, result) < 0 && sections.length > 0) text = page.sections[sections[0]].text;
    var p = element("p", "ds-paragraph search-result__snippet");
    p.appendChild(snippet(text || intro, result, 160));
    item.appendChild(p);
    var linked = sections.filter(function (si) { return page.sections[si].id; }).slice(0, 3);
    if (linked.length > 0) {
      var list = element("ul", "search-result__sections");
      list.setAttribute("aria-label", "Treff i avsnitt på siden " + page.title);
      linked.forEach(function (si) {
        var section = page.sections[si];
        var li = element("li", "search-result__section");
        var a = element("a", "ds-link", section.heading);
        a.href = page.url + "#" + encodeURIComponent(section.id);
        li.appendChild(a);
        if (firstHit(section.text, result) >= 0) {
          var sp = element("span", "search-result__section-snippet");
          sp.appendChild(snippet(section.text, result, 110));
          li.appendChild(sp);
        }
        list.appendChild(li);
      });
      item.appendChild(list);
    }
    return item;
  }

  // Each search is numbered, so an answer that comes after a newer search is dropped.
  var current = 0;

  function render() {
    var query = input.value.trim();
    var kind = selectedKind();
    var params = new URLSearchParams();
    if (query) params.set("q", query);
    if (kind) params.set("type", kind);
    history.replaceState(null, "", location.pathname + (params.toString() ? "?" + params : ""));
    var mine = ++current;
    if (!query) { results.textContent = ""; status.textContent = ""; fallback.hidden = false; return; }
    fallback.hidden = true;
    var idx;
    load().then(function (i) { idx = i; return idx.search(query, kind); }).then(function (result) {
      if (mine !== current) return;
      var hits = result.hits.slice(0, 50), shown = Math.min(10, hits.length), chain = Promise.resolve();
      if (hits.length === 0) { results.textContent = ""; announce(idx, result, query, kind); return; }
      // Each result is shown as soon as its page's fragment (and those of the results above it) are in; the
      // count is announced once the first ten are there.
      hits.map(function (h) { return idx.page(h.index); }).forEach(function (loading, i) {
        chain = chain.then(function () { return loading; }).then(function (page) {
          if (mine !== current) return;
          if (i === 0) results.textContent = "";
          results.appendChild(show(hits[i], page, result));
          if (i === shown - 1) announce(idx, result, query, kind);
        });
      });
      return chain;
    }).catch(function () {
      if (mine !== current) return;
      status.textContent = "Søket kunne ikke lastes. Prøv igjen, eller bruk oversiktene under.";
      fallback.hidden = false;
    });
  }

  function announce(idx, result, query, kind) {
    var hits = result.hits;
    status.textContent = "";
    if (hits.length === 0) {
      status.appendChild(document.createTextNode("Ingen treff for «" + query + "»."));
      var better = result.words.map(function (w, wi) { return result.matches[wi].length ? w : (idx.suggest(w) || w); }).join(" ");
      if (better !== result.words.join(" ")) {
        status.appendChild(document.createTextNode(" Mente du "));
        var a = element("a", "ds-link search-suggestion", better);
        var sp = new URLSearchParams(); sp.set("q", better); if (kind) sp.set("type", kind);
        a.href = location.pathname + "?" + sp;
        a.addEventListener("click", function (e) { e.preventDefault(); input.value = better; render(); input.focus(); });
        status.appendChild(a);
        status.appendChild(document.createTextNode("?"));
      }
    } else {
      status.textContent = hits.length + " treff for «" + query + "»" + (hits.length > 50 ? ", de 50 beste vises." : ".");
    }
  }

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  var type = params.get("type");
  if (type) { var radio = form.querySelector('input[name="type"][value="' + type.replace(/[^a-z]/g, "") + '"]'); if (radio) radio.checked = true; }
  kinds.hidden = false;

  // The index starts loading as soon as the reader is about to search.
  input.addEventListener("focus", function () { load(); });
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(render, 120); });
  form.addEventListener("change", function (e) { if (e.target.name === "type") render(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); render(); });
  if (input.value) render();
})();
