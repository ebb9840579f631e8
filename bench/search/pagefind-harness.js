// For bench/search/compare.sh and scale.sh only. ?q=: Pagefind's ranked results, as the URLs a reader would
// follow (a result's own URL; its sub-results are anchors on that page), in window.pagefindResults.
// window.firstResult(q): loads Pagefind and runs q as its UI would, resolving with the milliseconds until the
// first result's fragment is in (the first result could be shown).
window.firstResult = async (q) => {
  const t0 = performance.now();
  const pagefind = await import("/pagefind/pagefind.js");
  const search = await pagefind.search(q);
  if (search.results.length > 0) await search.results[0].data();
  const ms = performance.now() - t0;
  // Its UI then loads the next few results' fragments too.
  await Promise.all(search.results.slice(1, 5).map((r) => r.data()));
  return ms;
};
const query = new URLSearchParams(location.search).get("q");
if (query !== null) {
  const pagefind = await import("/pagefind/pagefind.js");
  const search = await pagefind.search(query);
  const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  window.pagefindResults = data.map((d) => d.url);
  document.body.dataset.done = "1";
}
