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
  // CSV of a table as shown (numbers at full precision from data-sort), built here so the page stays offline
  // and self-contained: nothing is fetched and no second copy of the data is embedded.
  function csvCell(cell) {
    var s = cell.getAttribute("data-label") || (cell.classList.contains("num") && cell.getAttribute("data-sort")) || cell.textContent.trim();
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csv(table) {
    var lines = [];
    Array.prototype.forEach.call(table.rows, function (row) {
      lines.push(Array.prototype.map.call(row.cells, csvCell).join(","));
    });
    return String.fromCharCode(0xfeff) + lines.join("\r\n") + "\r\n";  // a BOM, so spreadsheets read UTF-8
  }
  function addDownload(table, n) {
    var wrap = table.closest(".shishi-table-wrap");
    if (!wrap) return;
    var tools = wrap.querySelector(".shishi-table-tools");
    if (!tools) {
      tools = document.createElement("div");
      tools.className = "shishi-table-tools";
      wrap.insertBefore(tools, wrap.firstChild);
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "shishi-download";
    button.textContent = "下载 CSV";
    var name = (wrap.getAttribute("data-name") || "table") + (n ? "-" + n : "") + ".csv";
    button.setAttribute("aria-label", "download " + name);
    button.addEventListener("click", function () {
      var url = URL.createObjectURL(new Blob([csv(table)], {type: "text/csv;charset=utf-8"}));
      var a = document.createElement("a");
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    });
    tools.appendChild(button);
  }
  var seen = {};
  Array.prototype.forEach.call(document.querySelectorAll("table.shishi-table"), function (table) {
    enhance(table);
    var wrap = table.closest(".shishi-table-wrap");
    var name = wrap ? wrap.getAttribute("data-name") || "table" : "table";
    seen[name] = (seen[name] || 0) + 1;
    addDownload(table, seen[name] > 1 ? seen[name] : 0);
  });
  // A link to a sentence in a folded context section opens the fold first, then shows the sentence.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    for (var el = target.parentElement; el; el = el.parentElement) {
      if (el.tagName === "DETAILS") el.open = true;
    }
    target.scrollIntoView({block: "center"});
  }
  window.addEventListener("hashchange", reveal);
  reveal();
})();
