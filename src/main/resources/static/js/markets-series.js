// Draws a market series page's trend chart (Chart.js) from the canvas's data attributes: the values, the fitted
// log-linear trend and its 95 % band. A static file so the Content-Security-Policy needs no inline script.
(function () {
  function draw() {
    var canvas = document.getElementById('markets-chart');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var datasets = [];
    if (data.trend.length) {
      datasets.push({ label: canvas.getAttribute('data-label-band'), data: data.low, borderWidth: 0, pointRadius: 0,
        backgroundColor: 'rgba(13, 110, 253, 0.15)', fill: false });
      datasets.push({ label: canvas.getAttribute('data-label-band'), data: data.high, borderWidth: 0, pointRadius: 0,
        backgroundColor: 'rgba(13, 110, 253, 0.15)', fill: '-1' });
      datasets.push({ label: canvas.getAttribute('data-label-trend'), data: data.trend, borderColor: '#0d6efd',
        borderDash: [6, 4], pointRadius: 0, fill: false });
    }
    // a partial or preliminary period (2025 January–July) is not joined to the full years by the solid line: it is its own
    // dashed dataset, starting at the last full period, with its own legend entry (else 165 G → 110 G reads as a collapse)
    var full = data.values.map(function (v, i) { return data.preliminary[i] ? null : v; });
    var partial = data.values.map(function (v, i) {
      return data.preliminary[i] || (i + 1 < data.values.length && data.preliminary[i + 1] && !data.preliminary[i]) ? v : null;
    });
    datasets.push({ label: canvas.getAttribute('data-label-value'), data: full, borderColor: '#198754',
      pointBackgroundColor: '#198754', pointRadius: 4, fill: false, spanGaps: false });
    if (data.preliminary.some(function (p) { return p; })) {
      datasets.push({ label: canvas.getAttribute('data-label-partial'), data: partial, borderColor: '#fd7e14', borderDash: [4, 4],
        pointBackgroundColor: data.preliminary.map(function (p) { return p ? '#ffc107' : '#198754'; }),
        pointRadius: partial.map(function (v, i) { return data.preliminary[i] ? 4 : 0; }), fill: false, spanGaps: false });
    }
    var chart = new Chart(canvas, {
      type: 'line',
      data: { labels: data.labels, datasets: datasets },
      options: { maintainAspectRatio: false, animation: false, interaction: { mode: 'index', intersect: false },
        // the value axis in whole numbers when they are large ("0", not "0.000")
        scales: { y: { ticks: { callback: function (v) {
          return Number(v).toLocaleString(document.documentElement.lang || undefined,
            { maximumFractionDigits: Math.abs(Number(v)) >= 100 || Number(v) === 0 ? 0 : 3 });
        } } } },
        plugins: { legend: { labels: { filter: function (item, all) {
          return all.datasets.findIndex(function (d) { return d.label === item.text; }) === item.datasetIndex; } } } } }
    });
    canvas.setAttribute('data-drawn', String(chart.data.datasets.length));
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
