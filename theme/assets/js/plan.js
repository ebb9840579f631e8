// Progressive enhancement for the progress plan: the build marks the month it was built in; a page read
// later marks the reader's current month instead. Without JavaScript the build's marking stays.
(function () {
  "use strict";
  var tables = document.querySelectorAll("table.gantt");
  if (tables.length === 0) return;
  var now = new Date();
  var month = now.getFullYear() + "-" + String(now.getMonth() + 1).padStart(2, "0");
  tables.forEach(function (table) {
    table.querySelectorAll(".gantt__month--current, .gantt__cell--current").forEach(function (el) {
      el.classList.remove("gantt__month--current", "gantt__cell--current");
      el.removeAttribute("aria-current");
    });
    table.querySelectorAll('[data-month="' + month + '"]').forEach(function (el) {
      if (el.tagName === "TH") {
        el.classList.add("gantt__month--current");
        el.setAttribute("aria-current", "date");
      } else {
        el.classList.add("gantt__cell--current");
      }
    });
  });
})();
