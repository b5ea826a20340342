// Office console glue (no inline scripts: the content security policy allows only files from this server).
(function () {
  "use strict";
  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }
  // Every htmx request that changes something carries the session's CSRF token.
  document.addEventListener("htmx:configRequest", function (event) {
    event.detail.headers["X-CSRF-Token"] = csrfToken();
  });
  // Forms that do something that cannot be undone ask first: data-confirm="text".
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  }, true);
  document.addEventListener("click", function (event) {
    if (!event.target.closest) {
      return;
    }
    // Print buttons: data-print.
    var print = event.target.closest("[data-print]");
    if (print) {
      event.preventDefault();
      window.print();
      return;
    }
    // The menu button of narrow screens opens and closes the navigation: data-menu="<id of the block>".
    var menu = event.target.closest("[data-menu]");
    if (menu) {
      var block = document.getElementById(menu.getAttribute("data-menu"));
      var open = block.classList.toggle("open");
      menu.setAttribute("aria-expanded", open ? "true" : "false");
    }
  });
  // Tables with a header stack each row into a card on phones: every cell gets its column's name.
  function headerLabels(table) {
    var labels = [];
    var row = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    if (!row) {
      return null;
    }
    Array.prototype.forEach.call(row.cells, function (th) {
      for (var i = 0; i < (th.colSpan || 1); i++) {
        labels.push(th.textContent.trim());
      }
    });
    return labels;
  }
  function stack(root) {
    root.querySelectorAll("table").forEach(function (table) {
      var labels = headerLabels(table);
      // Three columns or fewer fit a phone as they are.
      if (!labels || labels.length <= 3 || table.classList.contains("no-stack")) {
        return;
      }
      table.classList.add("stacked");
      Array.prototype.forEach.call(table.tBodies, function (body) {
        Array.prototype.forEach.call(body.rows, function (tr) {
          var column = 0;
          Array.prototype.forEach.call(tr.cells, function (td) {
            if (!td.hasAttribute("data-label") && td.colSpan === 1) {
              td.setAttribute("data-label", labels[column] || "");
            }
            column += td.colSpan || 1;
          });
        });
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { stack(document); });
  document.addEventListener("htmx:afterSwap", function (event) { stack(event.target); });
})();
