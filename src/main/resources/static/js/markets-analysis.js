// Draws an analysis page's chart (Chart.js) from the canvas's data attribute: lines, dashed fitted lines, bands
// (a band-low series filled up to its band-high) and bars. A static file so the Content-Security-Policy needs no inline script.
(function () {
  var colours = ['#198754', '#0d6efd', '#dc3545', '#6f42c1', '#fd7e14', '#20c997', '#6c757d'];
  function draw() {
    var canvas = document.getElementById('markets-analysis-chart');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var datasets = [];
    var colour = 0;
    var bar = false;
    data.series.forEach(function (s) {
      if (s.kind === 'band-low') {
        datasets.push({ label: s.label, data: s.data, borderWidth: 0, pointRadius: 0, backgroundColor: 'rgba(13, 110, 253, 0.15)', fill: false });
      } else if (s.kind === 'band-high') {
        datasets.push({ label: s.label, data: s.data, borderWidth: 0, pointRadius: 0, backgroundColor: 'rgba(13, 110, 253, 0.15)', fill: '-1' });
      } else if (s.kind === 'bar') {
        bar = true;
        datasets.push({ type: 'bar', label: s.label, data: s.data, backgroundColor: colours[colour++ % colours.length] });
      } else {
        var c = colours[colour++ % colours.length];
        datasets.push({ label: s.label, data: s.data, borderColor: c, backgroundColor: c, borderDash: s.kind === 'dashed' ? [6, 4] : [],
          pointRadius: s.kind === 'dashed' ? 0 : 3, fill: false, spanGaps: false });
      }
    });
    // the change or break period marked by a vertical line at the start of its period, labelled (review t2fixL 7)
    var marker = {
      id: 'marketsMarker',
      afterDatasetsDraw: function (c) {
        var at = data.marker ? data.labels.indexOf(data.marker) : -1;
        if (at < 0) {
          return;
        }
        var x = c.scales.x;
        var step = data.labels.length > 1 ? x.getPixelForValue(1) - x.getPixelForValue(0) : 0;
        var px = x.getPixelForValue(at) - step / 2;
        var ctx = c.ctx;
        ctx.save();
        ctx.strokeStyle = '#dc3545';
        ctx.setLineDash([4, 3]);
        ctx.beginPath();
        ctx.moveTo(px, c.chartArea.top);
        ctx.lineTo(px, c.chartArea.bottom);
        ctx.stroke();
        ctx.fillStyle = '#dc3545';
        ctx.fillText(data.marker, px + 3, c.chartArea.top + 10);
        ctx.restore();
      }
    };
    var chart = new Chart(canvas, {
      type: bar ? 'bar' : 'line',
      data: { labels: data.labels, datasets: datasets },
      plugins: [marker],
      options: { maintainAspectRatio: false, animation: false, interaction: { mode: 'index', intersect: false },
        scales: data.yAxis ? { y: { title: { display: true, text: data.yAxis } } } : {},
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
