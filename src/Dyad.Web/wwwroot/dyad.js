'use strict';
// Dyad: every step on a time axis, one lane per kind; planned, demanded and hypothetical steps hollow and
// dashed, negated steps hollow and crossed. A step opens its evidence sentence and its document.
(async () => {
  const { el, svg, api, showError, param, docHref, kindColor, timeScale, yearAxis, legend, KINDS, modalityLabel } = Dyad;
  const a = (param('a') || '').toUpperCase(), b = (param('b') || '').toUpperCase();
  let selectedRow = null;
  try {
    if (!a || !b) throw new Error('Choose a dyad: dyad.html?a=SYR&b=TUR');
    const data = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
    document.title = `${data.aName} – ${data.bName} · Dyad`;
    document.getElementById('title').textContent = `${data.aName} (${data.a}) – ${data.bName} (${data.b})`;
    document.getElementById('summary').textContent =
      `Current rung: ${data.rung ?? 'none'} · ${data.steps.length} steps · ${data.conditions.length} conditions · ${data.sanctions.length} sanction steps`;
    const box = legend(document.getElementById('legend'));
    box.appendChild(el('span', { class: 'legend-item' }, el('span', { class: 'swatch hollow' }), 'planned / demanded / hypothetical'));
    box.appendChild(el('span', { class: 'legend-item' }, el('span', { class: 'swatch negated' }), 'negated (crossed)'));
    renderTimeline(data);
    renderLadder(data);
    renderTable(data);
  } catch (e) {
    showError(e);
  }

  function select(step) {
    const detail = document.getElementById('detail');
    detail.hidden = false;
    document.getElementById('detail-head').replaceChildren(
      el('strong', {}, step.step), ` ${step.date || 'undated'} · ${step.modality} · ${step.sourceName} → ${step.targetName || '–'} · `,
      el('span', { class: 'muted' }, step.title || step.doc));
    document.getElementById('detail-evidence').textContent = step.evidence;
    document.getElementById('detail-doc').setAttribute('href', docHref(step.doc, step.sentence));
    document.querySelectorAll('#timeline g.selected').forEach((g) => g.classList.remove('selected'));
    const mark = document.querySelector(`#timeline g[data-id="${step.id}"]`);
    if (mark) mark.classList.add('selected');
    if (selectedRow) selectedRow.classList.remove('selected');
    selectedRow = document.querySelector(`#steps tr[data-id="${step.id}"]`);
    if (selectedRow) selectedRow.classList.add('selected');
  }

  function renderTimeline(data) {
    const chart = document.getElementById('timeline');
    const W = 1000, L = 110, R = 20, T = 20, laneH = 52;
    const H = T + laneH * KINDS.length + 28;
    chart.setAttribute('viewBox', `0 0 ${W} ${H}`);
    const dated = data.steps.filter((s) => s.dateStart);
    const x = timeScale(dated.map((s) => s.dateStart), L, W - R);
    chart.replaceChildren();
    yearAxis(chart, x, H - 28, T);
    KINDS.forEach((k, i) => {
      const cy = T + laneH * i + laneH / 2;
      chart.appendChild(svg('line', { x1: L, x2: W - R, y1: cy, y2: cy, class: 'grid' }));
      chart.appendChild(svg('text', { x: 8, y: cy + 4, class: 'lane' }, k));
    });
    const used = new Map();
    for (const s of dated) {
      const lane = Math.max(0, KINDS.indexOf(s.kind));
      const cx = x(s.dateStart);
      const key = lane + ':' + Math.round(cx / 8);
      const n = used.get(key) || 0;
      used.set(key, n + 1);
      const cy = T + laneH * lane + laneH / 2 + (n === 0 ? 0 : (n % 2 ? -1 : 1) * Math.ceil(n / 2) * 11);
      const color = kindColor(s.kind);
      const hollow = s.modality !== 'asserted';
      const g = svg('g', { class: `mark step-mark ${s.modality}`, 'data-id': s.id, 'data-kind': s.kind || 'other', 'data-modality': s.modality, tabindex: 0 },
        svg('title', {}, `${s.date} ${s.step}${modalityLabel(s.modality)}: ${s.sourceName} → ${s.targetName || '–'}`),
        svg('circle', {
          cx, cy, r: 7, fill: hollow ? '#ffffff' : color, stroke: color, 'stroke-width': 2,
          'stroke-dasharray': hollow && s.modality !== 'negated' ? '3 2' : null,
        }));
      if (s.modality === 'negated') {
        g.appendChild(svg('line', { x1: cx - 5, y1: cy - 5, x2: cx + 5, y2: cy + 5, stroke: color, 'stroke-width': 2 }));
        g.appendChild(svg('line', { x1: cx - 5, y1: cy + 5, x2: cx + 5, y2: cy - 5, stroke: color, 'stroke-width': 2 }));
      }
      g.addEventListener('click', () => select(s));
      g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') select(s); });
      chart.appendChild(g);
    }
    if (!dated.length) chart.appendChild(svg('text', { x: W / 2 - 60, y: H / 2, class: 'axis' }, 'No dated steps.'));
  }

  function renderLadder(data) {
    const chart = document.getElementById('ladder');
    const W = 1000, H = 200, L = 60, R = 20, T = 12, B = 26;
    const x = timeScale(data.steps.map((s) => s.dateStart).concat(data.history.map((h) => h.dateStart)), L, W - R);
    const y = (r) => T + (6 - r) * ((H - T - B) / 6);
    chart.replaceChildren();
    yearAxis(chart, x, H - B, T);
    for (let r = 0; r <= 6; r += 2) chart.appendChild(svg('text', { x: 8, y: y(r) + 4, class: 'axis' }, 'rung ' + r));
    if (!data.history.length) {
      chart.appendChild(svg('text', { x: W / 2 - 120, y: H / 2, class: 'axis' }, 'No asserted, dated step moved the rung.'));
      return;
    }
    let d = '';
    data.history.forEach((h, j) => { d += j === 0 ? `M${x(h.dateStart)},${y(h.rung)}` : `H${x(h.dateStart)}V${y(h.rung)}`; });
    d += `H${W - R}`;
    chart.appendChild(svg('path', { d, fill: 'none', stroke: '#1f5fbf', 'stroke-width': 2.5 }));
    for (const h of data.history) {
      const step = data.steps.find((s) => s.id === h.eventId);
      const c = svg('circle', { cx: x(h.dateStart), cy: y(h.rung), r: 5, fill: '#1f5fbf', class: 'mark rung-mark' },
        svg('title', {}, `rung ${h.rung} from ${h.date} (${h.step})`));
      if (step) c.addEventListener('click', () => select(step));
      chart.appendChild(c);
    }
  }

  function renderTable(data) {
    const body = document.querySelector('#steps tbody');
    body.replaceChildren();
    for (const s of data.steps) {
      const tr = el('tr', { class: 'clickable', 'data-id': s.id },
        el('td', {}, s.date || 'undated'),
        el('td', {}, s.step),
        el('td', {}, el('span', { class: 'pill kind-' + (s.kind || 'other') }, s.kind || 'other')),
        el('td', {}, s.modality),
        el('td', {}, `${s.source} → ${s.target || '–'}`),
        el('td', { class: 'evidence' }, s.evidence),
        el('td', {}, el('a', { href: docHref(s.doc, s.sentence) }, s.doc)));
      tr.addEventListener('click', (ev) => { if (ev.target.tagName !== 'A') select(s); });
      body.appendChild(tr);
    }
  }
})();
