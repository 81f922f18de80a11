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
    datasets.push({ label: canvas.getAttribute('data-label-value'), data: data.values, borderColor: '#198754',
      pointBackgroundColor: data.preliminary.map(function (p) { return p ? '#ffc107' : '#198754'; }),
      pointRadius: 4, fill: false });
    var chart = new Chart(canvas, {
      type: 'line',
      data: { labels: data.labels, datasets: datasets },
      options: { maintainAspectRatio: false, animation: false, interaction: { mode: 'index', intersect: false },
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
