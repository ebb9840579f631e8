// For bench/search/compare.sh only: Pagefind's ranked results for ?q=, as the URLs a reader would follow
// (a result's own URL; its sub-results are anchors on that page).
const pagefind = await import("/pagefind/pagefind.js");
const query = new URLSearchParams(location.search).get("q") || "";
const search = await pagefind.search(query);
const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
window.pagefindResults = data.map((d) => d.url);
document.body.dataset.done = "1";
