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
    // A button that shows or hides a table's passed rows: data-toggle-passed="<id of the table>", with its two
    // texts in data-show and data-hide.
    var fold = event.target.closest("[data-toggle-passed]");
    if (fold) {
      var table = document.getElementById(fold.getAttribute("data-toggle-passed"));
      var shown = table.classList.toggle("show-passed");
      fold.setAttribute("aria-expanded", shown ? "true" : "false");
      fold.textContent = fold.getAttribute(shown ? "data-hide" : "data-show");
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
  // Signature pads: <canvas data-signature-for="fieldId">; the strokes go to the hidden field as JSON,
  // each point scaled to 0..10000 of the pad's width and height, as the phone records them.
  var SCALE = 10000;
  function setUpPad(canvas) {
    var field = document.getElementById(canvas.getAttribute("data-signature-for"));
    var strokes = [];
    var current = null;
    var ctx = canvas.getContext("2d");
    ctx.lineWidth = 2.5;
    ctx.lineCap = "round";
    ctx.strokeStyle = "#1f2937";
    function point(event) {
      var r = canvas.getBoundingClientRect();
      var x = Math.round(Math.min(Math.max((event.clientX - r.left) / r.width, 0), 1) * SCALE);
      var y = Math.round(Math.min(Math.max((event.clientY - r.top) / r.height, 0), 1) * SCALE);
      return [x, y];
    }
    function draw(a, b) {
      ctx.beginPath();
      ctx.moveTo(a[0] * canvas.width / SCALE, a[1] * canvas.height / SCALE);
      ctx.lineTo(b[0] * canvas.width / SCALE, b[1] * canvas.height / SCALE);
      ctx.stroke();
    }
    function save() {
      field.value = strokes.length ? JSON.stringify(strokes) : "";
    }
    canvas.addEventListener("pointerdown", function (event) {
      event.preventDefault();
      canvas.setPointerCapture(event.pointerId);
      current = [point(event)];
      strokes.push(current);
    });
    canvas.addEventListener("pointermove", function (event) {
      if (!current) {
        return;
      }
      var p = point(event);
      draw(current[current.length - 1], p);
      current.push(p);
    });
    function end() {
      if (current && current.length === 1) {
        current.push(current[0].slice());
      }
      current = null;
      save();
    }
    canvas.addEventListener("pointerup", end);
    canvas.addEventListener("pointercancel", end);
    document.querySelectorAll('[data-signature-clear="' + field.id + '"]').forEach(function (button) {
      button.addEventListener("click", function () {
        strokes = [];
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        save();
      });
    });
  }
  document.querySelectorAll("canvas[data-signature-for]").forEach(setUpPad);
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
  // A file input styled in the page's language (parts/file-pick.jte): the chosen file's name beside its button.
  document.addEventListener("change", function (event) {
    var input = event.target;
    var pick = input.closest && input.type === "file" ? input.closest(".file-pick") : null;
    if (!pick) {
      return;
    }
    var name = pick.querySelector(".file-pick-name");
    var chosen = Array.prototype.map.call(input.files, function (file) { return file.name; });
    name.textContent = chosen.length ? chosen.join(", ") : name.getAttribute("data-none");
  });
  document.addEventListener("DOMContentLoaded", function () { stack(document); });
  document.addEventListener("htmx:afterSwap", function (event) { stack(event.target); });
})();
