// Draws the charts of a page from their data-chart attribute (JSON written by the server):
// {"kind":"bar"|"stacked"|"hbar","categories":[...],"series":[{"name":..,"data":[..],"color":..}],"percent":bool}
(function () {
  "use strict";
  function option(spec) {
    var horizontal = spec.kind === "hbar";
    var stacked = spec.kind === "stacked";
    var valueAxis = { type: "value", minInterval: 1, axisLabel: {} };
    if (spec.percent) {
      valueAxis.max = 100;
      valueAxis.axisLabel.formatter = "{value}%";
    }
    var categoryAxis = { type: "category", data: spec.categories, axisLabel: { hideOverlap: true } };
    return {
      animation: false,
      grid: { left: horizontal ? 140 : 44, right: 18, top: spec.series.length > 1 ? 34 : 14, bottom: 28, containLabel: false },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: spec.series.length > 1 ? { top: 0, itemWidth: 12, itemHeight: 10 } : undefined,
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: spec.series.map(function (s) {
        return { name: s.name, type: "bar", data: s.data, stack: stacked ? "total" : undefined,
                 itemStyle: s.color ? { color: s.color } : undefined, barMaxWidth: 28 };
      })
    };
  }
  function draw() {
    if (!window.echarts) {
      return;
    }
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var spec = JSON.parse(el.getAttribute("data-chart"));
      var chart = window.echarts.init(el, null, { renderer: "canvas" });
      chart.setOption(option(spec));
      if (window.ResizeObserver) {
        new ResizeObserver(function () { chart.resize(); }).observe(el);
      } else {
        window.addEventListener("resize", function () { chart.resize(); });
      }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
