// Console behaviour: CSRF header for htmx requests, confirmations, and the dashboard charts.
(function () {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', (event) => {
    if (token && header) event.detail.headers[header.content] = token.content;
  });

  document.querySelectorAll('form[data-confirm]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });

  const data = document.getElementById('dashboard-data');
  if (data && window.echarts) {
    const d = JSON.parse(data.textContent);
    const months = Array.from({length: 12}, (_, i) => (i + 1) + '月');
    const trend = echarts.init(document.getElementById('chart-monthly'));
    trend.setOption({
      tooltip: {trigger: 'axis'},
      legend: {data: d.series.map((s) => s.label)},
      xAxis: {type: 'category', data: months},
      yAxis: {type: 'value', minInterval: 1},
      series: d.series.map((s) => ({name: s.label, type: 'line', data: s.monthly, smooth: true}))
    });
    const regions = echarts.init(document.getElementById('chart-regions'));
    regions.setOption({
      tooltip: {trigger: 'axis'},
      legend: {data: ['建档人数', '待年度复核']},
      xAxis: {type: 'category', data: d.regions.map((r) => r.name), axisLabel: {interval: 0, rotate: 30}},
      yAxis: {type: 'value', minInterval: 1},
      series: [
        {name: '建档人数', type: 'bar', data: d.regions.map((r) => r.workers)},
        {name: '待年度复核', type: 'bar', data: d.regions.map((r) => r.stale)}
      ]
    });
    window.addEventListener('resize', () => { trend.resize(); regions.resize(); });
  }
})();
