'use strict';
// Network: actors as nodes on a circle (the focal state in the middle), asserted steps as edges,
// width by the number of steps and colour by kind, for the chosen period.
(() => {
  const { el, svg, api, showError, kindColor, legend } = Dyad;
  const form = document.getElementById('period');
  legend(document.getElementById('legend'));

  async function load() {
    const p = new URLSearchParams();
    for (const name of ['from', 'to']) { const v = form.elements[name].value.trim(); if (v) p.set(name, v); }
    history.replaceState(null, '', 'network.html' + (p.toString() ? '?' + p : ''));
    try {
      const [net, dyads] = await Promise.all([api('/api/network?' + p), api('/api/dyads')]);
      showError(null);
      draw(net, dyads.focus);
      table(net);
    } catch (e) {
      showError(e);
    }
  }

  function draw(net, focus) {
    const chart = document.getElementById('network');
    chart.replaceChildren();
    const W = 1000, H = 640, cx = W / 2, cy = H / 2, radius = 260;
    const ring = net.nodes.filter((n) => n.id !== focus);
    const pos = new Map();
    if (net.nodes.some((n) => n.id === focus)) pos.set(focus, { x: cx, y: cy });
    ring.forEach((n, i) => {
      const a = (2 * Math.PI * i) / Math.max(1, ring.length) - Math.PI / 2;
      pos.set(n.id, { x: cx + radius * Math.cos(a), y: cy + radius * Math.sin(a) });
    });
    // Edges of several kinds between one pair bend apart so each stays visible.
    const seen = new Map();
    for (const e of net.edges) {
      const s = pos.get(e.source), t = pos.get(e.target);
      if (!s || !t) continue;
      const pair = [e.source, e.target].sort().join('|');
      const n = seen.get(pair) || 0;
      seen.set(pair, n + 1);
      const bend = (n % 2 ? 1 : -1) * Math.ceil(n / 2) * 28 * (e.source < e.target ? 1 : -1);
      const mx = (s.x + t.x) / 2, my = (s.y + t.y) / 2;
      const dx = t.x - s.x, dy = t.y - s.y, len = Math.hypot(dx, dy) || 1;
      const qx = mx - (dy / len) * bend, qy = my + (dx / len) * bend;
      chart.appendChild(svg('path', {
        d: `M${s.x},${s.y} Q${qx},${qy} ${t.x},${t.y}`, fill: 'none', stroke: kindColor(e.kind), 'stroke-opacity': 0.75,
        'stroke-width': 1.5 + 2.5 * Math.log2(1 + e.weight), class: 'edge', 'data-kind': e.kind, 'data-source': e.source, 'data-target': e.target,
      }, svg('title', {}, `${e.source} → ${e.target}: ${e.weight} ${e.kind} step(s): ${e.steps.join(', ')}`)));
    }
    for (const n of net.nodes) {
      const p = pos.get(n.id);
      const r = 8 + Math.min(22, 3 * Math.sqrt(n.degree));
      chart.appendChild(svg('circle', {
        cx: p.x, cy: p.y, r, fill: n.type === 'state' ? '#ffffff' : '#f2efe6', stroke: '#1d2330', 'stroke-width': n.id === focus ? 3 : 1.5,
        class: 'node', 'data-id': n.id,
      }, svg('title', {}, `${n.name} (${n.id}): ${n.degree} steps`)));
      chart.appendChild(svg('text', { x: p.x + r + 3, y: p.y + 4, class: 'node-label' }, n.id === focus ? n.name : n.id));
    }
    if (!net.nodes.length) chart.appendChild(svg('text', { x: W / 2 - 120, y: H / 2, class: 'axis' }, 'No asserted steps in this period.'));
  }

  function table(net) {
    const body = document.querySelector('#edges tbody');
    body.replaceChildren();
    for (const e of net.edges) {
      body.appendChild(el('tr', {}, el('td', {}, e.source), el('td', {}, e.target),
        el('td', {}, el('span', { class: 'pill kind-' + e.kind }, e.kind)), el('td', { class: 'num' }, String(e.weight)), el('td', {}, e.steps.join(', '))));
    }
  }

  const q = new URLSearchParams(location.search);
  form.elements.from.value = q.get('from') || '';
  form.elements.to.value = q.get('to') || '';
  form.addEventListener('submit', (ev) => { ev.preventDefault(); load(); });
  load();
})();
