// The Snowball stemmer for Norwegian (snowballstem.org/algorithms/norwegian/stemmer.html), written from
// the algorithm's description. Search uses it for the index and for the query alike, so "styringsgruppe",
// "styringsgruppa" and "styringsgruppens" are one word, and so are Bokmål and Nynorsk forms such as
// "vurderinger" and "vurderingar". Expects a lower-case word. Tested to give the same stems as the Snowball
// NorwegianStemmer in Lucene.Net on every word of the site (tests/Kompetanse.Browser.Tests/SearchTests.cs).
(function () {
  "use strict";
  var vowels = "aeiouyæåø";
  var sEnding = "bcdfghjlmnoprtvyz";
  // Longest first: the longest suffix that lies in R1 is the one removed.
  var mainSuffixes = ["hetenes", "hetene", "hetens", "heten", "heter", "endes", "ande", "ende", "edes", "enes",
    "erte", "ede", "ane", "ene", "het", "ens", "ers", "ets", "ast", "ert", "en", "ar", "er", "as", "es", "et",
    "a", "e", "s"];
  var otherSuffixes = ["hetslov", "eleg", "elig", "elov", "slov", "leg", "eig", "lig", "els", "lov", "ig"];

  function isVowel(c) { return vowels.indexOf(c) >= 0; }

  // R1 starts after the first non-vowel that follows a vowel, and at least three letters in.
  function r1(word) {
    if (word.length < 3) return word.length;
    var i = 0;
    while (i < word.length && !isVowel(word[i])) i++;
    while (i < word.length && isVowel(word[i])) i++;
    if (i >= word.length) return word.length;
    return Math.max(i + 1, 3);
  }

  function longestIn(word, suffixes, p1) {
    for (var i = 0; i < suffixes.length; i++) {
      var s = suffixes[i];
      if (word.length - s.length >= p1 && word.slice(-s.length) === s) return s;
    }
    return null;
  }

  function stem(word) {
    var p1 = r1(word);
    // Step 1: the main suffixes.
    var s = longestIn(word, mainSuffixes, p1);
    if (s === "erte" || s === "ert") word = word.slice(0, -s.length) + "er";
    else if (s === "s") {
      var before = word.charAt(word.length - 2);
      if (sEnding.indexOf(before) >= 0 || (before === "k" && word.length >= 3 && !isVowel(word.charAt(word.length - 3))))
        word = word.slice(0, -1);
    } else if (s) word = word.slice(0, -s.length);
    // Step 2: "dt" or "vt" in R1 loses its t.
    if (word.length - 2 >= p1 && /[dv]t$/.test(word)) word = word.slice(0, -1);
    // Step 3: the other suffixes.
    s = longestIn(word, otherSuffixes, p1);
    if (s) word = word.slice(0, -s.length);
    return word;
  }

  window.KompetanseStemmer = { stem: stem };
})();
