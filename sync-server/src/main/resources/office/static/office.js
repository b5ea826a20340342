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
  // Print buttons: data-print.
  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("[data-print]") : null;
    if (target) {
      event.preventDefault();
      window.print();
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
})();
