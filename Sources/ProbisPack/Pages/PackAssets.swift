/// The pack's stylesheet and script, written as `aset/probis.css` and `aset/probis.js` (local files: the
/// pack loads nothing from a network).
enum PackAssets {
    /// Screen (desktop and projector) and print styles.
    static let css = """
    :root { --tinta: #1d2733; --redup: #5b6b7c; --garis: #d5dde5; --latar: #f5f7fa; --aksen: #1f5f99; --galat: #b3261e; --peringatan: #8a5a00; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: var(--tinta); background: #fff; }
    main { max-width: 1800px; margin: 0 auto; padding: 0 24px 32px; }
    nav.jejak { background: var(--aksen); color: #fff; padding: 10px 24px; font-size: 15px; }
    nav.jejak a, nav.jejak span { color: #fff; }
    footer { color: var(--redup); font-size: 13px; padding: 16px 24px; border-top: 1px solid var(--garis); }
    h1 { font-size: 28px; margin: 20px 0 4px; }
    h2 { font-size: 22px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--garis); }
    h3 { font-size: 18px; margin: 18px 0 6px; }
    a { color: var(--aksen); }
    .sub { color: var(--redup); margin: 0 0 12px; }
    .isi { display: flex; flex-wrap: wrap; gap: 6px 16px; margin: 8px 0 16px; padding: 0; list-style: none; }
    .ringkas { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 12px; margin: 12px 0; }
    .ringkas div { background: var(--latar); border: 1px solid var(--garis); border-radius: 6px; padding: 10px 14px; }
    .ringkas b { display: block; font-size: 22px; white-space: nowrap; }
    .wilayah { display: grid; grid-template-columns: repeat(auto-fill, minmax(780px, 1fr)); gap: 16px; }
    .wilayah section { border: 1px solid var(--garis); border-radius: 8px; padding: 4px 16px 12px; overflow-x: auto; }
    .wilayah ul { columns: 2; column-gap: 24px; }
    .wilayah h2 { border: 0; margin-top: 10px; }
    table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 15px; }
    th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--garis); }
    th { background: var(--latar); }
    td.angka, th.angka { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .galat { color: var(--galat); font-weight: bold; }
    .peringatan { color: var(--peringatan); font-weight: bold; }
    .letak { font-family: "DejaVu Sans Mono", monospace; font-size: 13px; white-space: nowrap; }
    .kosong { color: var(--redup); font-style: italic; }
    .catatan { background: #fff8e1; border-left: 4px solid #f0b400; padding: 8px 12px; margin: 8px 0; }
    .gagal { background: #fdecea; border-left: 4px solid var(--galat); padding: 8px 12px; margin: 8px 0; white-space: pre-wrap; }
    figure.diagram { margin: 8px 0 20px; border: 1px solid var(--garis); border-radius: 6px; background: #fff; }
    figure.diagram figcaption { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 8px 10px; background: var(--latar); border-bottom: 1px solid var(--garis); }
    figure.diagram figcaption b { margin-right: auto; }
    figure.diagram .kanvas { height: 70vh; min-height: 360px; overflow: hidden; cursor: grab; touch-action: none; }
    figure.diagram.geser .kanvas { cursor: grabbing; }
    figure.diagram svg { width: 100%; height: 100%; display: block; }
    figure.diagram button { font: inherit; padding: 2px 10px; border: 1px solid var(--garis); border-radius: 4px; background: #fff; cursor: pointer; }
    figure.diagram input { font: inherit; padding: 2px 8px; width: 16em; border: 1px solid var(--garis); border-radius: 4px; }
    .hasil-cari { color: var(--redup); font-size: 14px; min-width: 6em; }
    svg .ketemu > polygon, svg .ketemu > ellipse, svg .ketemu > path:first-of-type { stroke: #d7191c !important; stroke-width: 5px !important; }
    .legenda { display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center; font-size: 14px; margin: 4px 0 8px; padding: 0 10px; }
    .legenda i { display: inline-block; width: 22px; height: 14px; border: 1px solid #999; vertical-align: middle; margin-right: 4px; }
    .dibacakan { background: #eef5fb; border-left: 6px solid var(--aksen); padding: 10px 18px; margin: 8px 0 14px; font-size: 18px; }
    .dibacakan p { margin: 6px 0; }
    tr.bermakna td { background: #fff4e5; }
    tr.bermakna td:first-child { font-weight: bold; }
    .sorot { display: block; font-size: 20px; font-weight: bold; padding: 12px 16px; margin: 12px 0; border: 2px solid var(--aksen); border-radius: 8px; background: #eef5fb; text-decoration: none; }
    .sorot small { display: block; font-size: 15px; font-weight: normal; color: var(--redup); }
    .berdampingan { display: grid; grid-template-columns: repeat(auto-fit, minmax(640px, 1fr)); gap: 12px; }
    details { margin: 6px 0 12px; }
    summary { cursor: pointer; color: var(--aksen); }
    @media (max-width: 1400px) { body { font-size: 15px; } main { padding: 0 14px 24px; } figure.diagram .kanvas { height: 62vh; } }
    @media print {
      @page { size: A4 landscape; margin: 12mm; }
      body { font-size: 10pt; }
      nav.jejak, figure.diagram figcaption button, figure.diagram figcaption input, .hasil-cari, footer { display: none; }
      main { max-width: none; padding: 0; }
      figure.diagram { break-inside: avoid; border: 0; }
      figure.diagram .kanvas { height: auto; min-height: 0; overflow: visible; }
      figure.diagram svg { height: auto; max-height: 170mm; }
      h2 { break-after: avoid; }
      tr { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
      .wilayah { display: block; }
    }
    """

    /// Zoom (wheel, buttons), pan (drag) and search by step or position on every inline diagram; opens every
    /// collapsed section before printing.
    static let js = """
    (function () {
      "use strict";
      function setup(figure) {
        var svg = figure.querySelector("svg");
        if (!svg || !svg.viewBox || !svg.viewBox.baseVal) { return; }
        var box = svg.viewBox.baseVal;
        var base = { x: box.x, y: box.y, w: box.width, h: box.height };
        var view = { x: base.x, y: base.y, w: base.w, h: base.h };
        svg.removeAttribute("width");
        svg.removeAttribute("height");
        svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
        function apply() { svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" ")); }
        function scale() {
          var r = svg.getBoundingClientRect();
          return Math.max(view.w / Math.max(r.width, 1), view.h / Math.max(r.height, 1));
        }
        function toSVG(clientX, clientY) {
          var r = svg.getBoundingClientRect(), s = scale();
          return { x: view.x + (clientX - r.left) * s - (r.width * s - view.w) / 2,
                   y: view.y + (clientY - r.top) * s - (r.height * s - view.h) / 2 };
        }
        function zoom(factor, cx, cy) {
          var w = view.w / factor;
          if (w > base.w * 4 || w < base.w / 60) { return; }
          view.x = cx - (cx - view.x) / factor;
          view.y = cy - (cy - view.y) / factor;
          view.w = w;
          view.h = view.h / factor;
          apply();
        }
        function centre() { return { x: view.x + view.w / 2, y: view.y + view.h / 2 }; }
        function reset() { view = { x: base.x, y: base.y, w: base.w, h: base.h }; apply(); }
        svg.addEventListener("wheel", function (e) {
          e.preventDefault();
          var p = toSVG(e.clientX, e.clientY);
          zoom(e.deltaY < 0 ? 1.25 : 0.8, p.x, p.y);
        }, { passive: false });
        var drag = null;
        svg.addEventListener("pointerdown", function (e) {
          if (e.target.closest && e.target.closest("a")) { return; }
          drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, s: scale() };
          svg.setPointerCapture(e.pointerId);
          figure.classList.add("geser");
        });
        svg.addEventListener("pointermove", function (e) {
          if (!drag) { return; }
          view.x = drag.vx - (e.clientX - drag.x) * drag.s;
          view.y = drag.vy - (e.clientY - drag.y) * drag.s;
          apply();
        });
        function stop() { drag = null; figure.classList.remove("geser"); }
        svg.addEventListener("pointerup", stop);
        svg.addEventListener("pointercancel", stop);
        figure.querySelectorAll("button[data-zoom]").forEach(function (button) {
          button.addEventListener("click", function () {
            var kind = button.getAttribute("data-zoom"), c = centre();
            if (kind === "masuk") { zoom(1.25, c.x, c.y); } else if (kind === "keluar") { zoom(0.8, c.x, c.y); } else { reset(); }
          });
        });
        var input = figure.querySelector("input[data-cari]");
        var status = figure.querySelector(".hasil-cari");
        var found = [], current = -1;
        function focus(element) {
          var r = element.getBoundingClientRect();
          var a = toSVG(r.left, r.top), b = toSVG(r.right, r.bottom);
          var w = Math.max(b.x - a.x, 1), h = Math.max(b.y - a.y, 1);
          var size = Math.min(base.w, Math.max(w * 5, base.w / 6));
          var ratio = view.h / view.w;
          view = { x: (a.x + b.x) / 2 - size / 2, y: (a.y + b.y) / 2 - size * ratio / 2, w: size, h: size * ratio };
          apply();
        }
        function search() {
          found.forEach(function (g) { g.classList.remove("ketemu"); });
          found = [];
          current = -1;
          var query = (input.value || "").trim().toLowerCase();
          if (query.length < 2) { status.textContent = ""; return; }
          svg.querySelectorAll("g.node, g.cluster").forEach(function (g) {
            if (g.textContent.toLowerCase().indexOf(query) >= 0) { g.classList.add("ketemu"); found.push(g); }
          });
          status.textContent = found.length + " cocok";
        }
        if (input) {
          input.addEventListener("input", search);
          input.addEventListener("keydown", function (e) {
            if (e.key !== "Enter" || found.length === 0) { return; }
            e.preventDefault();
            current = (current + 1) % found.length;
            focus(found[current]);
            status.textContent = (current + 1) + " dari " + found.length + " cocok";
          });
        }
      }
      document.querySelectorAll("figure.diagram").forEach(setup);
      window.addEventListener("beforeprint", function () {
        document.querySelectorAll("details").forEach(function (d) { d.open = true; });
      });
    })();
    """
}
