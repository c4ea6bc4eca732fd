'use strict';
// Ledger (issue 20): per counterpart of the focal state (or one dyad: ?a=JOR&b=SYR), the conditions set with their status and
// the goals claimed; then a chart per indicator and place with one point per source, conflicting values ringed.
(async () => {
  const { el, svg, api, showError, param, docHref, dyadHref, timeScale, yearAxis, chartWidth, onWidthChange, tip, SERIES } = Dyad;
  const base = (actor) => (actor || '').split('.')[0];
  // A partial date ("2024-12", "2020") at its first day, for the time axis.
  const day = (date) => (date ? (date + '-01-01').slice(0, 10) : null);

  try {
    const a = param('a'), b = param('b'), focus = param('focus');
    const query = a && b ? 'dyad=' + encodeURIComponent(a + ':' + b) : focus ? 'actor=' + encodeURIComponent(focus) : '';
    const data = await api('/api/ledger' + (query ? '?' + query : ''));
    document.getElementById('title').textContent = data.dyad ? `Ledger of ${data.dyad.replace(':', ' and ')}` : `Ledger of ${data.focus}`;
    renderCounterparts(data);
    const draw = () => renderIndicators(data.lines.filter((l) => l.kind === 'indicator'));
    draw();
    onWidthChange(draw);
  } catch (e) {
    showError(e);
  }

  function counterpartOf(line, focus) {
    const sides = line.kind === 'condition' ? [line.setter, line.target] : [line.actor, line.counterpart];
    return sides.map(base).find((s) => s && s !== focus) || focus || '-';
  }

  function renderCounterparts(data) {
    const box = document.getElementById('counterparts');
    const focus = data.focus || (data.dyad || '').split(':')[1];
    const lines = data.lines.filter((l) => l.kind === 'condition' || l.kind === 'goal');
    if (!lines.length) { box.appendChild(el('p', { class: 'sub' }, 'No conditions or goals stored.')); return; }
    const groups = new Map();
    for (const l of lines) {
      const c = counterpartOf(l, focus);
      if (!groups.has(c)) groups.set(c, []);
      groups.get(c).push(l);
    }
    for (const [c, group] of [...groups.entries()].sort()) {
      const section = el('section', { class: 'ledger-counterpart', 'data-counterpart': c },
        el('h3', {}, focus && c !== focus ? el('a', { href: dyadHref(focus, c) }, c) : c));
      const conditions = group.filter((l) => l.kind === 'condition');
      if (conditions.length) {
        const body = el('tbody');
        for (const l of conditions) {
          body.appendChild(el('tr', { class: 'condition', 'data-status': l.status },
            el('td', {}, l.date || '–'), el('td', {}, `${l.setter} → ${l.target || '–'}`), el('td', {}, l.topicLabel || l.topic),
            el('td', {}, el('span', { class: 'status status-' + l.status, title: l.statusEvidence || 'no later evidence' }, l.status)),
            el('td', {}, l.demand), el('td', {}, l.gates || ''),
            el('td', {}, el('a', { href: docHref(l.doc), title: l.evidence }, l.doc))));
        }
        section.appendChild(el('div', { class: 'table-wrap' }, el('table', { class: 'conditions' },
          el('thead', {}, el('tr', {}, ...['Date', 'Setter → target', 'Topic', 'Status', 'Demand', 'Gates', 'Source'].map((h) => el('th', {}, h)))), body)));
      }
      const goals = group.filter((l) => l.kind === 'goal');
      if (goals.length) {
        section.appendChild(el('ul', { class: 'goals' }, ...goals.map((l) => el('li', { class: 'goal' },
          `${l.actor} → ${l.counterpart || '–'}: ${l.topicLabel || l.topic} (${l.date || 'undated'}, `, el('a', { href: docHref(l.doc), title: l.evidence }, l.doc), ')'))));
      }
      box.appendChild(section);
    }
  }

  function renderIndicators(values) {
    const box = document.getElementById('indicators');
    box.textContent = '';
    if (!values.length) { box.appendChild(el('p', { class: 'sub' }, 'No indicator values stored.')); return; }
    const charts = new Map();
    for (const v of values) {
      const key = `${v.indicator}|${v.place || '-'}|${v.unit}`;
      if (!charts.has(key)) charts.set(key, []);
      charts.get(key).push(v);
    }
    for (const [key, points] of [...charts.entries()].sort()) {
      const [, place, unit] = key.split('|');
      const title = `${points[0].indicatorLabel || points[0].indicator}, ${place} (${unit})`;
      const chart = svg('svg', { class: 'chart indicator-chart', 'data-indicator': points[0].indicator, role: 'img', 'aria-label': title });
      const figure = el('figure', { class: 'indicator' }, el('figcaption', {}, title), chart);
      box.appendChild(figure);
      const width = chartWidth(chart), height = 180, left = 70, right = width - 16, top = 12, bottom = height - 26;
      chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
      const scale = timeScale(points.map((p) => day(p.date)), left, right);
      yearAxis(chart, scale, bottom, top);
      const max = Math.max(...points.map((p) => p.value)) * 1.15 || 1;
      const y = (v) => bottom - (v / max) * (bottom - top);
      chart.appendChild(svg('line', { x1: left, x2: right, y1: bottom, y2: bottom, class: 'axis-line' }));
      chart.appendChild(svg('text', { x: 4, y: top + 10, class: 'axis' }, format(max)));
      chart.appendChild(svg('text', { x: 4, y: bottom, class: 'axis' }, '0'));
      const sources = [...new Set(points.map((p) => p.doc))];
      for (const p of points) {
        const cx = scale(day(p.date) || `${new Date(scale.hi).getUTCFullYear()}-01-01`), cy = y(p.value);
        const color = SERIES[sources.indexOf(p.doc) % SERIES.length];
        const text = `${p.qualifier ? p.qualifier + ' ' : ''}${format(p.value)} ${p.unit}, ${p.date || 'undated'}${p.period ? ' (' + p.period + ')' : ''}: ${p.doc}` +
          (p.conflict ? ` — other value in ${p.conflictingDocs.join(', ')}` : '');
        const dot = svg('circle', { cx, cy, r: 5, fill: color, class: 'point' + (p.conflict ? ' conflict' : ''), 'data-doc': p.doc, 'data-conflict': p.conflict });
        if (p.conflict) chart.appendChild(svg('circle', { cx, cy, r: 9, class: 'conflict-ring', fill: 'none', stroke: '#c0392b', 'stroke-width': 2 }));
        tip(dot, () => text);
        chart.appendChild(dot);
      }
    }
  }

  function format(v) {
    if (v >= 1e9) return (v / 1e9).toFixed(1).replace(/\.0$/, '') + 'bn';
    if (v >= 1e6) return (v / 1e6).toFixed(1).replace(/\.0$/, '') + 'm';
    if (v >= 1e3) return (v / 1e3).toFixed(0) + 'k';
    return String(Math.round(v * 100) / 100);
  }
})();
