// Console behaviour: CSRF header for htmx requests, confirmations, and the dashboard charts.
(function () {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', (event) => {
    if (token && header) event.detail.headers[header.content] = token.content;
  });

  // A form posted after the session expired comes back as the sign-in page: what was typed is kept in
  // this tab's sessionStorage at submit, and filled in again on the same page after signing in.
  const DRAFT = 'laowu.console.draft';
  const readDraft = () => { try { return JSON.parse(sessionStorage.getItem(DRAFT)); } catch (e) { return null; } };
  const login = document.getElementById('login-form');
  const draft = readDraft();
  if (login) {
    if (login.dataset.stale === 'true' && draft && Date.now() - draft.at < 3600 * 1000) {
      draft.pending = true;
      sessionStorage.setItem(DRAFT, JSON.stringify(draft));
      document.getElementById('login-next').value = draft.page;
    }
  } else if (draft) {
    sessionStorage.removeItem(DRAFT);
    const form = draft.pending && draft.page === location.pathname + location.search
        ? Array.from(document.querySelectorAll('form')).find((f) => f.getAttribute('action') === draft.action) : null;
    if (form) {
      const seen = {};
      draft.fields.forEach(([name, value]) => {
        const all = Array.from(form.elements).filter((e) => e.name === name && e.type !== 'hidden');
        all.forEach((e) => {
          if (e.type === 'checkbox' || e.type === 'radio') {
            if (e.value === value) e.checked = true;
          } else if (e.multiple) {
            Array.from(e.options).forEach((o) => { if (o.value === value) o.selected = true; });
          }
        });
        const plain = all.filter((e) => e.type !== 'checkbox' && e.type !== 'radio' && !e.multiple);
        const i = seen[name] = (seen[name] === undefined ? 0 : seen[name] + 1);
        if (plain[i]) plain[i].value = value;
      });
      const note = document.createElement('div');
      note.className = 'alert alert-warning';
      note.id = 'draft-restored';
      note.textContent = '登录过期前填写的内容已恢复,请检查后再提交。';
      form.parentNode.insertBefore(note, form);
    }
  }
  document.querySelectorAll('form[method="post"], form[method="POST"]').forEach((form) => {
    if (form === login || form.getAttribute('action') === '/console/logout') return;
    form.addEventListener('submit', () => {
      const fields = [];
      Array.from(form.elements).forEach((e) => {
        if (!e.name || e.name === '_csrf' || e.type === 'password' || e.type === 'file' || e.type === 'hidden') return;
        if ((e.type === 'checkbox' || e.type === 'radio') && !e.checked) return;
        if (e.multiple) { Array.from(e.selectedOptions).forEach((o) => fields.push([e.name, o.value])); return; }
        fields.push([e.name, e.value]);
      });
      try {
        sessionStorage.setItem(DRAFT, JSON.stringify({page: location.pathname + location.search,
          action: form.getAttribute('action'), fields: fields, at: Date.now()}));
      } catch (e) { /* storage full or disabled: the form still goes */ }
    });
  });

  document.querySelectorAll('[data-print]').forEach((b) => b.addEventListener('click', () => window.print()));

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
