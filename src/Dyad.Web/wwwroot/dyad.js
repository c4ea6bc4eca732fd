'use strict';
// Dyad: every step on a time axis, one lane per kind; planned, demanded and hypothetical steps hollow and
// dashed, negated steps hollow and crossed. A step opens its evidence sentence and its document.
(async () => {
  const { el, svg, api, showError, param, docHref, kindColor, timeScale, yearAxis, legend, KINDS, modalityLabel, chartWidth, onWidthChange, tip, eraMarks, eraPath } = Dyad;
  const a = (param('a') || '').toUpperCase(), b = (param('b') || '').toUpperCase();
  let selectedRow = null;
  try {
    if (!a || !b) throw new Error('Choose a dyad: dyad.html?a=SYR&b=TUR');
    const data = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
    document.title = `${data.aName} – ${data.bName} · Dyad`;
    document.getElementById('title').textContent = `${data.aName} (${data.a}) – ${data.bName} (${data.b})`;
    document.getElementById('summary').textContent =
      `Current rung: ${data.rung ?? 'none'}${data.eras.length > 1 || data.eras[0].label ? ` (with ${data.eras[data.eras.length - 1].label || 'the governments now in power'})` : ''}` +
      ` · ${data.steps.length} steps · ${data.conditionsTotal ?? data.conditions.length} conditions · ${data.sanctionsTotal ?? data.sanctions.length} sanction steps`;
    renderEras(data);
    const box = legend(document.getElementById('legend'));
    box.appendChild(el('span', { class: 'legend-item' }, el('span', { class: 'swatch hollow' }), 'planned / demanded / hypothetical'));
    box.appendChild(el('span', { class: 'legend-item' }, el('span', { class: 'swatch negated' }), 'negated (crossed)'));
    const draw = () => { const x = sharedScale(data); renderTimeline(data, x); renderLadder(data, x); };
    draw();
    onWidthChange(draw);
    renderTable(data);
    renderDisputes(data);
    renderOutstanding(await api(`/api/conditions?dyad=${encodeURIComponent(data.a)}:${encodeURIComponent(data.b)}`));
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

  // Both charts share one time axis: the same dates (every dated step and every rung change), the same width and
  // the same left margin, so a step and the rung change it made sit at the same x.
  function sharedScale(data) {
    const W = chartWidth(document.getElementById('timeline'));
    const L = W < 640 ? 12 : 110, R = 20;
    const x = timeScale(data.steps.map((s) => s.dateStart).concat(data.history.map((h) => h.dateStart)).concat(data.disputes.map((d) => d.dateStart))
      .concat(data.eras.filter((e) => e.index > 0).map((e) => e.from)).concat(data.falls.map((f) => f.dateStart)), L, W - R);
    x.W = W; x.narrow = W < 640;
    return x;
  }

  function stepText(s) {
    return `${s.date || 'undated'} · ${s.step}${modalityLabel(s.modality)} · ${s.sourceName} → ${s.targetName || '–'}`;
  }

  function renderTimeline(data, x) {
    const chart = document.getElementById('timeline');
    const W = x.W, L = x.x0, R = W - x.x1, T = 20, laneH = 52;
    const H = T + laneH * KINDS.length + 28;
    chart.setAttribute('viewBox', `0 0 ${W} ${H}`);
    chart.setAttribute('height', H);
    const dated = data.steps.filter((s) => s.dateStart);
    chart.replaceChildren();
    yearAxis(chart, x, H - 28, T);
    KINDS.forEach((k, i) => {
      const cy = T + laneH * i + laneH / 2;
      chart.appendChild(svg('line', { x1: L, x2: W - R, y1: cy, y2: cy, class: 'grid' }));
      // Narrow: the lane's name sits above its line, inside the plot, rather than in a margin the phone lacks.
      chart.appendChild(x.narrow ? svg('text', { x: L, y: cy - laneH / 2 + 12, class: 'lane' }, k) : svg('text', { x: 8, y: cy + 4, class: 'lane' }, k));
    });
    eraMarks(chart, x, data.eras, data.falls, T - 8, H - 28);
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
      const g = svg('g', { class: `mark step-mark ${s.modality}`, 'data-id': s.id, 'data-kind': s.kind || 'other', 'data-modality': s.modality, 'data-date': s.date, tabindex: 0 },
        svg('circle', {
          cx, cy, r: 7, fill: hollow ? '#ffffff' : color, stroke: color, 'stroke-width': 2,
          'stroke-dasharray': hollow && s.modality !== 'negated' ? '3 2' : null,
        }));
      if (s.modality === 'negated') {
        g.appendChild(svg('line', { x1: cx - 5, y1: cy - 5, x2: cx + 5, y2: cy + 5, stroke: color, 'stroke-width': 2 }));
        g.appendChild(svg('line', { x1: cx - 5, y1: cy + 5, x2: cx + 5, y2: cy - 5, stroke: color, 'stroke-width': 2 }));
      }
      tip(g, stepText(s));
      g.addEventListener('click', () => select(s));
      g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') select(s); });
      chart.appendChild(g);
    }
    if (!dated.length) chart.appendChild(svg('text', { x: W / 2 - 60, y: H / 2, class: 'axis' }, 'No dated steps.'));
    const undated = data.steps.length - dated.length;
    document.getElementById('undated').textContent = undated
      ? `${undated} undated step${undated === 1 ? ' is' : 's are'} listed in the table below, not on the axis.` : '';
  }

  function renderLadder(data, x) {
    const chart = document.getElementById('ladder');
    const W = x.W, H = 200, T = 12, B = 26;
    chart.setAttribute('viewBox', `0 0 ${W} ${H}`);
    chart.setAttribute('height', H);
    const y = (r) => T + (6 - r) * ((H - T - B) / 6);
    chart.replaceChildren();
    yearAxis(chart, x, H - B, T);
    for (let r = 0; r <= 6; r += 2) {
      chart.appendChild(svg('line', { x1: x.x0, x2: x.x1, y1: y(r), y2: y(r), class: 'grid' }));
      chart.appendChild(svg('text', { x: x.narrow ? x.x0 : 8, y: y(r) + (x.narrow ? -3 : 4), class: 'axis' }, 'rung ' + r));
    }
    eraMarks(chart, x, data.eras, data.falls, T, H - B, false);
    // A disputed step: where it would have put the rung, hollow, and the rung does not move on it.
    for (const d of data.disputes) {
      if (!d.dateStart || d.rung === null || d.rung === undefined) continue;
      const cx = x(d.dateStart), cy = y(d.rung);
      const g = svg('g', { class: 'mark disputed-mark', tabindex: 0, 'data-date': d.date, 'data-step': d.step },
        svg('path', { d: `M${cx},${cy - 7}L${cx + 7},${cy}L${cx},${cy + 7}L${cx - 7},${cy}Z`, fill: '#ffffff', stroke: '#c0392b', 'stroke-width': 2 }));
      tip(g, `disputed ${d.date}: ${d.step} ${d.sourceName} → ${d.targetName || '–'}; asserted by ${d.assertedDocs.join(', ')}, denied by ${d.deniedDocs.join(', ')} — the rung does not move`);
      chart.appendChild(g);
    }
    if (!data.history.length) {
      chart.appendChild(svg('text', { x: W / 2 - 120, y: H / 2, class: 'axis' }, 'No asserted, dated step moved the rung.'));
      return;
    }
    // One line per era: the rung starts again with each government and stops at the last day of the one it measured.
    for (const era of data.eras) {
      const d = eraPath(x, era, y, x.x1);
      if (d) chart.appendChild(svg('path', { d, class: 'series-line', 'data-era': era.index }));
    }
    for (const h of data.history) {
      const step = data.steps.find((s) => s.id === h.eventId);
      const c = svg('circle', { cx: x(h.dateStart), cy: y(h.rung), r: 5, class: 'mark rung-mark', tabindex: 0, 'data-id': h.eventId, 'data-date': h.date });
      tip(c, `rung ${h.rung} from ${h.date}: ${step ? stepText(step) : h.step}`);
      if (step) c.addEventListener('click', () => select(step));
      chart.appendChild(c);
    }
  }

  // The rung per government: "rung 6 with the Assad government (2023-05)", one line per era.
  function renderEras(data) {
    const list = document.getElementById('eras');
    list.replaceChildren(...data.eras.map((e) => el('li', { 'data-era': e.index, 'data-rung': e.rung ?? '' }, e.summary)));
    const across = data.acrossBreaks.length;
    document.getElementById('across').textContent = across
      ? `${across} step${across === 1 ? ' is' : 's are'} dated across a change of government (a month or a year that straddles it) and move${across === 1 ? 's' : ''} no rung.` : '';
    // The page lists the latest changes of rung (issue 19); every one is in the history's pages.
    if (data.historyTotal > data.history.length) {
      list.after(el('p', { class: 'muted more', 'data-more': 'history' }, `The chart shows the latest ${data.history.length} of ${data.historyTotal} changes of rung; `,
        el('a', { href: `/api/dyads/${encodeURIComponent(data.a)}/${encodeURIComponent(data.b)}/history?pageSize=500` }, 'every change'), '.'));
    }
  }

  // Conditions still standing between the two: open, or unmet by later evidence (issue 20).
  function renderOutstanding(ledger) {
    const body = document.querySelector('#outstanding tbody');
    const open = ledger.lines.filter((l) => l.status === 'open' || l.status === 'unmet');
    body.replaceChildren(...(open.length ? open.map((l) => el('tr', { 'data-topic': l.topic, 'data-status': l.status },
      el('td', { class: 'nowrap' }, l.date || 'undated'),
      el('td', {}, `${l.setter} → ${l.target || '–'}`),
      el('td', {}, l.topicLabel || l.topic || '–'),
      el('td', {}, el('span', { class: `status status-${l.status}` }, l.status)),
      el('td', {}, l.demand || '–'),
      el('td', {}, el('a', { href: docHref(l.doc) }, l.doc))))
      : [el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'none'))]));
  }

  function renderDisputes(data) {
    const body = document.querySelector('#disputes tbody');
    body.replaceChildren();
    for (const d of data.disputes) {
      body.appendChild(el('tr', { 'data-step': d.step, 'data-date': d.date || '' },
        el('td', { class: 'nowrap' }, d.date || 'undated'),
        el('td', {}, d.step),
        el('td', {}, `${d.source} → ${d.target || '–'}`),
        el('td', { class: 'evidence asserted' }, d.evidence, ' ', ...d.assertedDocs.map((doc) => el('a', { href: docHref(doc) }, `[${doc}]`))),
        el('td', { class: 'evidence denied' }, d.denialEvidence, ' ', ...d.deniedDocs.map((doc) => el('a', { href: docHref(doc) }, `[${doc}]`)))));
    }
    if (!data.disputes.length) body.appendChild(el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'No step of this dyad is disputed.')));
    // The answer lists the latest disputes only (issue 19); say how many there are, and link to their pages.
    if (data.disputesTotal > data.disputes.length) {
      body.appendChild(el('tr', { class: 'more', 'data-more': 'disputes' }, el('td', { colspan: 5, class: 'muted' },
        `the latest ${data.disputes.length} of ${data.disputesTotal} disputed steps; `,
        el('a', { href: `/api/dyads/${encodeURIComponent(data.a)}/${encodeURIComponent(data.b)}/disputes?pageSize=500` }, 'every disputed step'), '.')));
    }
  }

  function renderTable(data) {
    const body = document.querySelector('#steps tbody');
    body.replaceChildren();
    // Disputes beyond the latest listed still mark their assertions: each era names its disputed steps.
    const disputed = new Set(data.disputes.flatMap((d) => d.asserted.concat(d.denied).map((e) => e.id)).concat(data.eras.flatMap((e) => e.disputed)));
    for (const s of data.steps) {
      const tr = el('tr', { class: 'clickable', 'data-id': s.id },
        el('td', { class: 'nowrap' }, s.date || 'undated'),
        el('td', {}, s.step),
        el('td', {}, el('span', { class: 'pill kind-' + (s.kind || 'other') }, s.kind || 'other')),
        el('td', {}, s.modality, disputed.has(s.id) ? el('span', { class: 'disputed' }, ' disputed') : null),
        el('td', {}, `${s.source} → ${s.target || '–'}`),
        el('td', { class: 'evidence' }, s.evidence),
        el('td', {}, el('a', { href: docHref(s.doc, s.sentence) }, s.doc)));
      tr.addEventListener('click', (ev) => { if (ev.target.tagName !== 'A') select(s); });
      body.appendChild(tr);
    }
  }
})();
