'use strict';
// Shared helpers for every page. Article text is untrusted: it only ever reaches the page through
// text nodes (textContent / createTextNode), never through innerHTML or attribute-built markup.
const Dyad = (() => {
  const KINDS = ['normalizing', 'pressure', 'conflict', 'stance'];
  const KIND_COLORS = { normalizing: '#2a9d5b', pressure: '#d08a18', conflict: '#c0392b', stance: '#4a6fd1', other: '#888888' };
  const SERIES = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];
  const SVGNS = 'http://www.w3.org/2000/svg';

  function fill(node, attrs, children) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') node.textContent = String(v);
      else if (k === 'class') node.setAttribute('class', v);
      else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return node;
  }
  const el = (tag, attrs, ...children) => fill(document.createElement(tag), attrs, children);
  const svg = (tag, attrs, ...children) => fill(document.createElementNS(SVGNS, tag), attrs, children);

  async function api(path) {
    const r = await fetch(path, { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await r.json(); } catch { body = null; }
    if (!r.ok) throw new Error((body && (body.detail || body.title)) || `${r.status} ${r.statusText}`);
    return body;
  }

  function showError(err) {
    const box = document.getElementById('error');
    if (!box) return;
    box.textContent = err ? String(err.message || err) : '';
    box.hidden = !err;
  }

  const param = (name) => new URLSearchParams(location.search).get(name);
  // Only plain web links leave the app: a javascript: or data: URL from an article is never made clickable.
  const safeUrl = (u) => (typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null);
  const docHref = (doc, sentence) => 'document.html?id=' + encodeURIComponent(doc) + (sentence === undefined || sentence === null ? '' : '&s=' + sentence);
  const dyadHref = (a, b) => 'dyad.html?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b);
  const kindColor = (k) => KIND_COLORS[k] || KIND_COLORS.other;

  const toTime = (iso) => new Date(iso + 'T00:00:00Z').getTime();
  const isoOf = (t) => new Date(t).toISOString().slice(0, 10);
  // A linear time scale over the dates (ISO strings), padded so no mark sits on the edge. Every chart that
  // shares a time axis builds its scale from the same dates and the same x0, x1: same dates, same pixels.
  function timeScale(dates, x0, x1) {
    const ts = dates.filter(Boolean).map(toTime);
    let lo = ts.length ? Math.min(...ts) : Date.UTC(2011, 0, 1);
    let hi = ts.length ? Math.max(...ts) : Date.UTC(2025, 0, 1);
    const pad = Math.max(120 * 86400000, (hi - lo) * 0.04);
    lo -= pad; hi += pad;
    const f = (iso) => x0 + ((toTime(iso) - lo) / (hi - lo)) * (x1 - x0);
    f.years = [];
    for (let y = new Date(lo).getUTCFullYear() + 1; y <= new Date(hi).getUTCFullYear(); y++) f.years.push(y);
    f.lo = lo; f.hi = hi; f.x0 = x0; f.x1 = x1;
    return f;
  }

  // Year lines over [top, y] and a label under each year, every second or fourth year when the chart is narrow:
  // labels keep their size (the chart is drawn at its pixel width) and never overlap.
  function yearAxis(root, scale, y, top, labelY) {
    const perYear = scale.years.length > 1 ? scale(`${scale.years[1]}-01-01`) - scale(`${scale.years[0]}-01-01`) : 1000;
    const step = [1, 2, 4, 5, 10].find((n) => n * perYear >= 40) || 10;
    const ys = labelY === undefined ? [y + 14] : [].concat(labelY);
    scale.years.forEach((yr) => {
      const x = scale(`${yr}-01-01`);
      root.appendChild(svg('line', { x1: x, x2: x, y1: top, y2: y, class: 'grid year-line', 'data-year': yr }));
      if (yr % step !== 0 || x >= scale.x1 - 28) return;
      for (const ly of ys) root.appendChild(svg('text', { x: x + 2, y: ly, class: 'axis year-label', 'data-year': yr }, String(yr)));
    });
  }

  // The width a chart is drawn at: its box's width in CSS pixels, so 11 px text stays 11 px on a phone.
  const chartWidth = (node) => Math.max(300, Math.round(node.getBoundingClientRect().width || node.parentElement.clientWidth || 1000));

  // Draws again when the page's width changes (a phone turned, a window resized).
  function onWidthChange(draw) {
    let last = window.innerWidth, queued = false;
    window.addEventListener('resize', () => {
      if (queued || window.innerWidth === last) return;
      queued = true;
      requestAnimationFrame(() => { queued = false; last = window.innerWidth; draw(); });
    });
  }

  // One tooltip for the page: what a mark is, shown on hover and on keyboard focus.
  let tipBox = null;
  function tip(node, text) {
    const show = () => {
      if (!tipBox) { tipBox = el('div', { id: 'tip', class: 'tip', role: 'tooltip' }); document.body.appendChild(tipBox); }
      tipBox.textContent = typeof text === 'function' ? text() : text;
      tipBox.hidden = false;
      const r = node.getBoundingClientRect();
      const w = tipBox.offsetWidth, h = tipBox.offsetHeight;
      const left = Math.min(Math.max(4, r.left + r.width / 2 - w / 2), document.documentElement.clientWidth - w - 4);
      const top = r.top - h - 8 >= 0 ? r.top - h - 8 : r.bottom + 8;
      tipBox.style.left = (left + window.scrollX) + 'px';
      tipBox.style.top = (top + window.scrollY) + 'px';
    };
    const hide = () => { if (tipBox) tipBox.hidden = true; };
    node.addEventListener('mouseenter', show);
    node.addEventListener('mouseleave', hide);
    node.addEventListener('focus', show);
    node.addEventListener('blur', hide);
    return node;
  }

  // Every page of an /api/events query (the API pages at 500 at most).
  async function allEvents(query) {
    const items = [];
    for (let page = 1; ; page++) {
      const r = await api(`/api/events?${query}&pageSize=500&page=${page}`);
      items.push(...r.items);
      if (items.length >= r.total || !r.items.length) return items;
    }
  }

  function legend(container, kinds) {
    const box = el('div', { class: 'legend' });
    for (const k of kinds || KINDS) {
      box.appendChild(el('span', { class: 'legend-item' }, el('span', { class: 'swatch kind-' + k }), k));
    }
    container.appendChild(box);
    return box;
  }

  const modalityLabel = (m) => (m === 'asserted' ? '' : ` (${m})`);

  // A change of government (the first day of an era after the first) and a government toppled (a regime.fall step),
  // drawn over [top, bottom] of a time chart: the era boundary as a grey dashed line with the new government's name,
  // the fall as a red line with a cross; both name themselves on hover. Dates outside the scale's range are skipped.
  function eraMarks(root, x, eras, falls, top, bottom, labels) {
    const inRange = (iso) => iso && x(iso) >= x.x0 && x(iso) <= x.x1;
    for (const e of eras || []) {
      if (!e.index || !inRange(e.from)) continue;
      const cx = x(e.from);
      const g = svg('g', { class: 'era-boundary', 'data-date': e.from, 'data-era': e.index, tabindex: 0 },
        svg('line', { x1: cx, x2: cx, y1: top, y2: bottom, class: 'era-line' }));
      if (labels !== false) g.appendChild(svg('text', { x: cx + 4, y: top + 11, class: 'axis era-label' }, e.label || 'new government'));
      tip(g, `from ${e.from}: ${e.label || 'a new government'} — the ladder starts again (${e.summary})`);
      root.appendChild(g);
    }
    for (const f of falls || []) {
      if (!inRange(f.dateStart)) continue;
      const cx = x(f.dateStart);
      const g = svg('g', { class: 'fall-mark', 'data-id': f.id, 'data-date': f.date, tabindex: 0 },
        svg('line', { x1: cx, x2: cx, y1: top, y2: bottom, class: 'fall-line' }),
        svg('path', { d: `M${cx - 4},${top - 4}L${cx + 4},${top + 4}M${cx - 4},${top + 4}L${cx + 4},${top - 4}`, class: 'fall-cross' }));
      tip(g, `government toppled ${f.date}: ${f.sourceName} → ${f.targetName || '–'}. “${f.evidence}”`);
      root.appendChild(g);
    }
  }

  // The rung line of one era, from its first change to the era's last day (or the chart's end): a ladder never runs
  // on past the fall of the government it measured.
  function eraPath(x, era, y, xEnd) {
    if (!era.history.length) return null;
    let d = '';
    era.history.forEach((h, j) => { d += j === 0 ? `M${x(h.dateStart)},${y(h.rung)}` : `H${x(h.dateStart)}V${y(h.rung)}`; });
    const end = era.to ? Math.min(x(era.to), xEnd) : xEnd;
    return d + `H${Math.max(end, x(era.history[era.history.length - 1].dateStart))}`;
  }

  return {
    KINDS, SERIES, el, svg, api, showError, param, safeUrl, docHref, dyadHref, kindColor, timeScale, yearAxis, legend, modalityLabel,
    isoOf, chartWidth, onWidthChange, tip, allEvents, eraMarks, eraPath,
  };
})();
