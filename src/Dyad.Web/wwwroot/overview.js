'use strict';
// Overview: every counterpart of the focal state, and a ladder chart of rung against time for the main dyads.
(async () => {
  const { el, svg, api, showError, param, dyadHref, SERIES, timeScale, yearAxis, modalityLabel } = Dyad;
  try {
    const focus = param('focus');
    const data = await api('/api/dyads' + (focus ? '?focus=' + encodeURIComponent(focus) : ''));
    document.getElementById('title').textContent = `Relations with ${data.focusName} (${data.focus})`;
    renderTable(data);
    renderLadder(data);
  } catch (e) {
    showError(e);
  }

  function renderTable(data) {
    const body = document.querySelector('#counterparts tbody');
    body.replaceChildren();
    for (const c of data.counterparts) {
      const last = c.lastStep;
      const rung = c.rung === null ? '–' : String(c.rung);
      const bar = c.rung === null ? null : el('span', { class: 'rungbar' + (c.rung === 0 ? ' rung0' : ''), 'data-rung': c.rung });
      if (bar && c.rung > 0) bar.style.width = (c.rung * 12) + 'px';
      const tr = el('tr', { class: 'clickable', 'data-counterpart': c.counterpart },
        el('td', {}, el('a', { href: dyadHref(data.focus, c.counterpart) }, `${c.name} (${c.counterpart})`)),
        el('td', { class: 'rung' }, rung, bar),
        el('td', {}, last ? last.step + modalityLabel(last.modality) : '–'),
        el('td', {}, last ? (last.date || 'undated') : '–'),
        el('td', {}, c.latestStance ? `${c.stance} (${c.latestStance.source}, ${c.latestStance.date || 'undated'})` : '–'),
        el('td', { class: 'num' }, String(c.conditions.length)),
        el('td', {}, c.sanctionsImposed + c.sanctionsEased === 0 ? '–' : `${c.sanctionsImposed} imposed, ${c.sanctionsEased} eased`),
        el('td', { class: 'num' }, String(c.events)));
      tr.addEventListener('click', (ev) => { if (ev.target.tagName !== 'A') location.href = dyadHref(data.focus, c.counterpart); });
      body.appendChild(tr);
    }
    if (!data.counterparts.length) body.appendChild(el('tr', {}, el('td', { colspan: 8, class: 'muted' }, 'No counterparts in the store yet.')));
  }

  function renderLadder(data) {
    const chart = document.getElementById('ladder');
    const main = data.counterparts.filter((c) => c.history.length > 0).slice(0, 10);
    const W = 1000, H = 320, L = 60, R = 20, T = 16, B = 28;
    const dates = main.flatMap((c) => c.history.map((h) => h.dateStart));
    const x = timeScale(dates, L, W - R);
    const y = (r) => T + (6 - r) * ((H - T - B) / 6);
    chart.replaceChildren();
    yearAxis(chart, x, H - B, T);
    for (let r = 0; r <= 6; r++) {
      chart.appendChild(svg('line', { x1: L, x2: W - R, y1: y(r), y2: y(r), class: 'grid' }));
      chart.appendChild(svg('text', { x: 8, y: y(r) + 4, class: 'axis' }, 'rung ' + r));
    }
    const legend = document.getElementById('ladder-legend');
    legend.replaceChildren();
    main.forEach((c, i) => {
      const color = SERIES[i % SERIES.length];
      let d = '';
      c.history.forEach((h, j) => {
        const px = x(h.dateStart), py = y(h.rung);
        d += j === 0 ? `M${px},${py}` : `H${px}V${py}`;
      });
      d += `H${W - R}`;
      chart.appendChild(svg('path', { d, fill: 'none', stroke: color, 'stroke-width': 2.5, class: 'series-line', 'data-counterpart': c.counterpart }));
      for (const h of c.history) {
        const mark = svg('circle', { cx: x(h.dateStart), cy: y(h.rung), r: 5, fill: color, stroke: '#fff', 'stroke-width': 1.5, class: 'mark', 'data-counterpart': c.counterpart },
          svg('title', {}, `${c.name}: rung ${h.rung} from ${h.date} (${h.step})`));
        mark.addEventListener('click', () => { location.href = dyadHref(data.focus, c.counterpart); });
        chart.appendChild(mark);
      }
      const sw = el('span', { class: 'series' });
      sw.style.background = color;
      legend.appendChild(el('a', { class: 'legend-item', href: dyadHref(data.focus, c.counterpart) }, sw, `${c.name} (${c.rung ?? '–'})`));
    });
    if (!main.length) chart.appendChild(svg('text', { x: W / 2 - 100, y: H / 2, class: 'axis' }, 'No dated asserted steps yet.'));
  }
})();
