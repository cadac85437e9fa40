// Offline, dependency-free table tools: a filter box and click-to-sort headers for every
// table.shishi-table. Sorting is numeric when both cells parse as numbers.
(function () {
  function cellValue(row, i) {
    var c = row.cells[i];
    return c ? (c.getAttribute("data-sort") || c.textContent).trim() : "";
  }
  function asNumber(s) {
    var n = parseFloat(s.replace(/[,，%]/g, ""));
    return isNaN(n) ? null : n;
  }
  function enhance(table) {
    var body = table.tBodies[0];
    if (!body) return;
    var wrap = table.closest(".shishi-table-wrap");
    var input = wrap ? wrap.querySelector("input.shishi-filter") : null;
    var count = wrap ? wrap.querySelector(".shishi-count") : null;
    function update() {
      var q = input ? input.value.trim().toLowerCase() : "";
      var shown = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var hit = !q || row.textContent.toLowerCase().indexOf(q) !== -1;
        row.style.display = hit ? "" : "none";
        if (hit) shown += 1;
      });
      if (count) count.textContent = shown + " / " + body.rows.length;
    }
    if (input) input.addEventListener("input", update);
    Array.prototype.forEach.call(table.tHead ? table.tHead.rows[0].cells : [], function (th, i) {
      th.setAttribute("tabindex", "0");
      th.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(th.parentNode.cells, function (o) { o.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, i), y = cellValue(b, i);
          var nx = asNumber(x), ny = asNumber(y);
          var r = (nx !== null && ny !== null) ? nx - ny : x.localeCompare(y, "zh");
          return asc ? r : -r;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    update();
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.shishi-table"), enhance);
})();
