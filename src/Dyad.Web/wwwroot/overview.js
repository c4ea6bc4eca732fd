'use strict';
// Overview: every counterpart of the focal state, where relations stand and the last step actually taken,
// and a rung chart with one strip per counterpart (small multiples on one time axis), so no line hides another.
(async () => {
  const { el, svg, api, showError, param, dyadHref, timeScale, yearAxis, modalityLabel, chartWidth, onWidthChange, tip, allEvents, eraMarks, eraPath } = Dyad;
  const ANNOUNCED = ['planned', 'demanded', 'hypothetical'];
  const base = (actor) => (actor || '').split('.')[0];
  const later = (a, b) => (a.dateStart === b.dateStart ? a.id - b.id : a.dateStart < b.dateStart ? -1 : 1);
  const latest = (list) => list.slice().sort(later).pop() || null;

  try {
    const focus = param('focus');
    const data = await overview(focus);
    document.getElementById('title').textContent = `Relations with ${data.focusName} (${data.focus})`;
    const events = await allEvents(`actor=${encodeURIComponent(data.focus)}&stepsOnly=true`);
    const conditions = (await api(`/api/conditions?actor=${encodeURIComponent(data.focus)}`)).lines;
    const rows = data.counterparts.map((c) => ({ ...c, ...steps(data.focus, c.counterpart, events), outstanding: outstanding(data.focus, c.counterpart, conditions) }));
    const asserted = events.filter((e) => e.modality === 'asserted' && e.dateStart);
    const end = asserted.length ? latest(asserted).dateStart : null;
    renderTable(data, rows);
    const draw = () => renderLadder(data, rows, end);
    draw();
    onWidthChange(draw);
  } catch (e) {
    showError(e);
  }

  // Every counterpart, page after page (the API answers the overview in pages, issue 19), in the API's order.
  async function overview(focus) {
    const query = focus ? 'focus=' + encodeURIComponent(focus) + '&' : '';
    const first = await api(`/api/dyads?${query}page=1`);
    const counterparts = first.counterparts.slice();
    for (let page = 2; counterparts.length < first.total; page++) {
      const next = await api(`/api/dyads?${query}page=${page}&pageSize=${first.pageSize}`);
      if (!next.counterparts.length) break;
      counterparts.push(...next.counterparts);
    }
    return { ...first, counterparts };
  }

  // The counterpart's last move is its last asserted, dated ladder step (what the rung is read from): a planned,
  // demanded or hypothetical step is an announcement, kept in its own column; a negated or undated one is neither.
  function steps(focus, other, events) {
    const mine = events.filter((e) => e.rung !== null && e.rung !== undefined && e.target &&
      ((base(e.source) === focus && base(e.target) === other) || (base(e.target) === focus && base(e.source) === other)));
    return {
      lastTaken: latest(mine.filter((e) => e.modality === 'asserted' && e.dateStart)),
      lastAnnounced: latest(mine.filter((e) => ANNOUNCED.includes(e.modality) && e.dateStart))
        || mine.filter((e) => ANNOUNCED.includes(e.modality)).pop() || null,
    };
  }

  // Conditions between the focus and a counterpart still open or unmet by later evidence (the ledger, issue 20).
  function outstanding(focus, other, lines) {
    return lines.filter((l) => (l.status === 'open' || l.status === 'unmet') &&
      ((base(l.setter) === focus && base(l.target) === other) || (base(l.target) === focus && base(l.setter) === other)));
  }

  // Where the overview cuts a list (the latest 20 of a counterpart's changes of rung and disputed steps, issue 19):
  // how many it left out, linking to the dyad's page, which lists them.
  function more(focus, counterpart, total, shown, one, many, list) {
    const left = (total ?? shown) - shown;
    if (left <= 0) return null;
    return el('div', { class: 'more', 'data-more': list },
      el('a', { href: dyadHref(focus, counterpart) }, `${left} ${left === 1 ? one : many}`));
  }

  function renderTable(data, rows) {
    const body = document.querySelector('#counterparts tbody');
    body.replaceChildren();
    for (const c of rows) {
      const taken = c.lastTaken, ann = c.lastAnnounced;
      const rung = c.rung === null ? '–' : String(c.rung);
      const bar = c.rung === null ? null : el('span', { class: 'rungbar' + (c.rung === 0 ? ' rung0' : ''), 'data-rung': c.rung });
      if (bar && c.rung > 0) bar.style.width = (c.rung * 12) + 'px';
      const tr = el('tr', { class: 'clickable', 'data-counterpart': c.counterpart },
        el('td', {}, el('a', { href: dyadHref(data.focus, c.counterpart) }, `${c.name} (${c.counterpart})`)),
        el('td', { class: 'rung' }, rung, bar),
        el('td', { class: 'eras' }, ...c.eras.map((e) => el('div', { 'data-era': e.index, 'data-rung': e.rung ?? '' }, e.summary)),
          more(data.focus, c.counterpart, c.historyTotal, c.history.length, 'earlier change', 'earlier changes', 'history')),
        el('td', { class: 'last-step' }, taken ? taken.step : '–'),
        el('td', { class: 'last-date nowrap' }, taken ? taken.date : '–'),
        el('td', { class: 'announced' }, ann ? `${ann.step}${modalityLabel(ann.modality)}, ${ann.date || 'undated'}` : '–'),
        el('td', {}, c.latestStance ? `${c.stance} (${c.latestStance.source}, ${c.latestStance.date || 'undated'})` : '–'),
        el('td', { class: 'num' }, String(c.conditionsTotal ?? c.conditions.length)),
        el('td', { class: 'outstanding' }, ...(c.outstanding.length
          ? c.outstanding.map((l) => el('div', { 'data-topic': l.topic, 'data-status': l.status }, `${l.topicLabel || l.topic} (${l.status})`)) : ['–'])),
        el('td', { class: 'disputes' }, ...(c.disputes.length ? c.disputes.map((d) => el('div', { class: 'disputed', 'data-step': d.step }, `${d.step}, ${d.date || 'undated'}`)) : ['–']),
          more(data.focus, c.counterpart, c.disputesTotal, c.disputes.length, 'more disputed step', 'more disputed steps', 'disputes')),
        el('td', {}, c.sanctionsImposed + c.sanctionsEased === 0 ? '–' : `${c.sanctionsImposed} imposed, ${c.sanctionsEased} eased`),
        el('td', { class: 'num' }, String(c.events)));
      tr.addEventListener('click', (ev) => { if (ev.target.tagName !== 'A') location.href = dyadHref(data.focus, c.counterpart); });
      body.appendChild(tr);
    }
    if (!rows.length) body.appendChild(el('tr', {}, el('td', { colspan: 11, class: 'muted' }, 'No counterparts in the store yet.')));
  }

  // One strip per counterpart, all on one time axis that runs to the latest asserted event. Each strip spans
  // rung 0 (bottom) to 6 (top); on a narrow screen the name goes above its strip instead of beside it.
  function renderLadder(data, rows, end) {
    const chart = document.getElementById('ladder');
    const W = chartWidth(chart), narrow = W < 640;
    const L = narrow ? 8 : 210, R = 16, T = 46, B = 26, head = narrow ? 16 : 0, plotH = 32, SH = head + plotH + 14;
    const H = T + SH * Math.max(1, rows.length) + B;
    chart.setAttribute('viewBox', `0 0 ${W} ${H}`);
    chart.setAttribute('height', H);
    chart.replaceChildren();
    // Each era lists its own latest changes (the counterpart's list holds the latest of all): the chart draws those.
    const changes = (c) => c.eras.flatMap((e) => e.history);
    const dates = rows.flatMap((c) => changes(c).map((h) => h.dateStart)).concat(end ? [end] : [])
      .concat(data.falls.map((f) => f.dateStart));
    const x = timeScale(dates, L, W - R);
    yearAxis(chart, x, H - B, T - 8, [T - 12, H - B + 16]);
    const xEnd = end ? x(end) : W - R;
    if (end) {
      chart.appendChild(svg('line', { x1: xEnd, x2: xEnd, y1: 18, y2: H - B, class: 'end-line' }));
      chart.appendChild(svg('text', { x: xEnd - 4, y: 14, class: 'axis end-label', 'text-anchor': 'end' }, `latest event ${end}`));
    }
    // Governments of the focal state toppled: one red line across every strip.
    eraMarks(chart, x, [], data.falls, T - 4, H - B);
    rows.forEach((c, i) => {
      const top = T + SH * i + head + 6, bottom = top + plotH;
      const y = (r) => bottom - (r / 6) * plotH;
      const strip = svg('g', { class: 'strip', 'data-counterpart': c.counterpart });
      if (i % 2 === 0) strip.appendChild(svg('rect', { x: 0, y: T + SH * i, width: W, height: SH, class: 'band' }));
      strip.appendChild(svg('line', { x1: L, x2: xEnd, y1: y(0), y2: y(0), class: 'rung-base' }));
      strip.appendChild(svg('line', { x1: L, x2: xEnd, y1: y(6), y2: y(6), class: 'rung-base' }));
      const name = narrow ? `${c.name} (${c.counterpart}) · rung ${c.rung ?? '–'}` : `${c.name} · ${c.rung ?? '–'}`;
      const link = svg('a', { href: dyadHref(data.focus, c.counterpart), class: 'strip-label', 'data-counterpart': c.counterpart },
        svg('text', { x: 8, y: narrow ? top - 8 : (top + bottom) / 2 + 4 }, name));
      tip(link, `${c.name} (${c.counterpart}): rung ${c.rung ?? 'none'}; ${c.events} steps. Open the dyad.`);
      strip.appendChild(link);
      // Each change of government of either side ends the strip's line and starts a new one.
      eraMarks(strip, x, c.eras, [], top - 4, bottom + 4, false);
      if (changes(c).length) {
        for (const era of c.eras) {
          const d = eraPath(x, era, y, xEnd);
          if (d) strip.appendChild(svg('path', { d, class: 'series-line', 'data-counterpart': c.counterpart, 'data-era': era.index, 'data-current': era.index === c.eras.length - 1 }));
        }
        for (const h of changes(c)) {
          const mark = svg('circle', { cx: x(h.dateStart), cy: y(h.rung), r: 5, class: 'mark rung-mark', tabindex: 0, 'data-counterpart': c.counterpart, 'data-step': h.step, 'data-date': h.date });
          tip(mark, `${c.name}: ${h.step}, ${h.date} → rung ${h.rung}`);
          mark.addEventListener('click', () => { location.href = dyadHref(data.focus, c.counterpart); });
          strip.appendChild(mark);
        }
      } else {
        strip.appendChild(svg('text', { x: L + 6, y: (top + bottom) / 2 + 4, class: 'axis' }, 'no dated, asserted ladder step yet'));
      }
      chart.appendChild(strip);
    });
    if (!rows.length) chart.appendChild(svg('text', { x: W / 2 - 100, y: T + 30, class: 'axis' }, 'No counterparts in the store yet.'));
  }
})();
