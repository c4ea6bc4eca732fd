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
  // A linear time scale over the dates (ISO strings), padded so no mark sits on the edge.
  function timeScale(dates, x0, x1) {
    const ts = dates.filter(Boolean).map(toTime);
    let lo = ts.length ? Math.min(...ts) : Date.UTC(2011, 0, 1);
    let hi = ts.length ? Math.max(...ts) : Date.UTC(2025, 0, 1);
    const pad = Math.max(120 * 86400000, (hi - lo) * 0.05);
    lo -= pad; hi += pad;
    const f = (iso) => x0 + ((toTime(iso) - lo) / (hi - lo)) * (x1 - x0);
    f.years = [];
    for (let y = new Date(lo).getUTCFullYear() + 1; y <= new Date(hi).getUTCFullYear(); y++) f.years.push(y);
    f.lo = lo; f.hi = hi; f.x0 = x0; f.x1 = x1;
    return f;
  }

  function yearAxis(root, scale, y, top) {
    const step = scale.years.length > 16 ? 2 : 1;
    scale.years.forEach((yr, i) => {
      const x = scale(`${yr}-01-01`);
      root.appendChild(svg('line', { x1: x, x2: x, y1: top, y2: y, class: 'grid' }));
      if (i % step === 0 && x < scale.x1 - 30) root.appendChild(svg('text', { x: x + 2, y: y + 14, class: 'axis' }, String(yr)));
    });
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

  return { KINDS, SERIES, el, svg, api, showError, param, safeUrl, docHref, dyadHref, kindColor, timeScale, yearAxis, legend, modalityLabel };
})();
