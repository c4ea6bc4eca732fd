'use strict';
// Network: actors as nodes on a circle (the focal state in the middle), asserted steps as edges, width by the
// number of steps and colour by kind, for the chosen period (by default the last two years of data). An edge
// bends around every node it does not join, so it never reads as a step of the node it would cross.
(() => {
  const { el, svg, api, showError, kindColor, legend, chartWidth, onWidthChange, tip } = Dyad;
  const form = document.getElementById('period');
  const note = document.getElementById('period-note');
  legend(document.getElementById('legend'));
  let shown = null;

  async function load() {
    const p = new URLSearchParams();
    for (const name of ['from', 'to']) { const v = form.elements[name].value.trim(); if (v) p.set(name, v); }
    history.replaceState(null, '', 'network.html?' + (p.toString() || 'period=all'));
    try {
      const [net, dyads] = await Promise.all([api('/api/network?' + p), api('/api/dyads?pageSize=1')]);
      showError(null);
      shown = { net, focus: dyads.focus };
      draw();
      table(net);
    } catch (e) {
      showError(e);
    }
  }

  // Two years of data up to the latest asserted, dated step: the default period.
  async function lastTwoYears() {
    const r = await api('/api/events?stepsOnly=true&modality=asserted&sort=date&desc=true&pageSize=1');
    const last = r.items.length ? r.items[0].dateStart : null;
    if (!last) return null;
    const to = new Date(last + 'T00:00:00Z');
    const from = new Date(Date.UTC(to.getUTCFullYear() - 2, to.getUTCMonth(), to.getUTCDate() + 1));
    return { from: from.toISOString().slice(0, 10), to: last };
  }

  const radius = (n) => 8 + Math.min(22, 3 * Math.sqrt(n.degree));

  // The point of a quadratic curve at t.
  const at = (s, q, t, u) => ({ x: (1 - u) ** 2 * s.x + 2 * (1 - u) * u * q.x + u * u * t.x, y: (1 - u) ** 2 * s.y + 2 * (1 - u) * u * q.y + u * u * t.y });

  // How far the curve s -> q -> t keeps from the circles it must avoid (negative: it crosses one).
  function clearance(s, q, t, avoid) {
    let min = Infinity;
    for (let i = 1; i < 48; i++) {
      const p = at(s, q, t, i / 48);
      for (const o of avoid) min = Math.min(min, Math.hypot(p.x - o.x, p.y - o.y) - o.r);
    }
    return min;
  }

  // The control point of an edge's curve: the bend nearest to the wanted one that clears every other node.
  function route(s, t, wanted, avoid, margin) {
    const mx = (s.x + t.x) / 2, my = (s.y + t.y) / 2;
    const dx = t.x - s.x, dy = t.y - s.y, len = Math.hypot(dx, dy) || 1;
    const q = (bend) => ({ x: mx - (dy / len) * bend, y: my + (dx / len) * bend });
    let best = q(wanted), bestClear = -Infinity;
    for (const extra of [0, 30, 60, 90, 120, 160, 200, 250, 300, 360, 440, 520]) {
      for (const sign of wanted >= 0 ? [1, -1] : [-1, 1]) {
        const c = q(wanted + sign * extra);
        const clear = clearance(s, c, t, avoid);
        if (clear >= margin) return c;
        if (clear > bestClear) { bestClear = clear; best = c; }
        if (extra === 0) break;
      }
    }
    return best;
  }

  function draw() {
    if (!shown) return;
    const { net, focus } = shown;
    const chart = document.getElementById('network');
    chart.replaceChildren();
    const W = chartWidth(chart), narrow = W < 640;
    const H = narrow ? W : 640, cx = W / 2, cy = H / 2;
    const ringR = Math.min(W, H) / 2 - (narrow ? 40 : 70);
    chart.setAttribute('viewBox', `0 0 ${W} ${H}`);
    chart.setAttribute('height', H);
    const scale = narrow ? 0.7 : 1;
    const ring = net.nodes.filter((n) => n.id !== focus);
    const pos = new Map();
    if (net.nodes.some((n) => n.id === focus)) pos.set(focus, { x: cx, y: cy, angle: Math.PI / 2 });
    ring.forEach((n, i) => {
      const a = (2 * Math.PI * i) / Math.max(1, ring.length) - Math.PI / 2;
      pos.set(n.id, { x: cx + ringR * Math.cos(a), y: cy + ringR * Math.sin(a), angle: a });
    });
    for (const n of net.nodes) pos.get(n.id).r = radius(n) * scale;
    // Edges of several kinds between one pair bend apart so each stays visible; every edge bends further if it
    // would cross a node it does not join.
    const seen = new Map();
    for (const e of net.edges) {
      const s = pos.get(e.source), t = pos.get(e.target);
      if (!s || !t) continue;
      const pair = [e.source, e.target].sort().join('|');
      const n = seen.get(pair) || 0;
      seen.set(pair, n + 1);
      const wanted = (n % 2 ? 1 : -1) * Math.ceil(n / 2) * 28 * scale * (e.source < e.target ? 1 : -1);
      const width = (1.5 + 2.5 * Math.log2(1 + e.weight)) * scale;
      const avoid = net.nodes.filter((o) => o.id !== e.source && o.id !== e.target).map((o) => pos.get(o.id));
      const q = route(s, t, wanted, avoid, width / 2 + 4);
      const path = svg('path', {
        d: `M${s.x},${s.y} Q${q.x},${q.y} ${t.x},${t.y}`, fill: 'none', stroke: kindColor(e.kind), 'stroke-opacity': 0.75,
        'stroke-width': width, class: 'edge', 'data-kind': e.kind, 'data-source': e.source, 'data-target': e.target,
      });
      tip(path, `${e.source} → ${e.target}: ${e.weight} ${e.kind} step${e.weight === 1 ? '' : 's'} (${e.steps.join(', ')})`);
      chart.appendChild(path);
    }
    // One labelling rule: every node, the focal state too, carries its code outside its circle, away from the
    // centre; its name is in the tooltip.
    for (const n of net.nodes) {
      const p = pos.get(n.id);
      const node = svg('circle', {
        cx: p.x, cy: p.y, r: p.r, fill: n.type === 'state' ? '#ffffff' : '#f2efe6', stroke: '#1d2330', 'stroke-width': n.id === focus ? 3 : 1.5,
        class: 'node', 'data-id': n.id, tabindex: 0,
      });
      tip(node, `${n.name} (${n.id}): ${n.degree} step${n.degree === 1 ? '' : 's'} in the period`);
      chart.appendChild(node);
      const lx = p.x + Math.cos(p.angle) * (p.r + 4), ly = p.y + Math.sin(p.angle) * (p.r + 4);
      const anchor = Math.abs(Math.cos(p.angle)) < 0.3 ? 'middle' : Math.cos(p.angle) > 0 ? 'start' : 'end';
      const dy = Math.sin(p.angle) > 0.3 ? 11 : Math.sin(p.angle) < -0.3 ? -3 : 4;
      chart.appendChild(svg('text', { x: lx, y: ly + dy, 'text-anchor': anchor, class: 'node-label', 'data-id': n.id }, n.id));
    }
    if (!net.nodes.length) chart.appendChild(svg('text', { x: W / 2 - 120, y: H / 2, class: 'axis' }, 'No asserted steps in this period.'));
  }

  function table(net) {
    const body = document.querySelector('#edges tbody');
    body.replaceChildren();
    const name = new Map(net.nodes.map((n) => [n.id, n.name]));
    for (const e of net.edges) {
      body.appendChild(el('tr', {}, el('td', { title: name.get(e.source) || '' }, e.source), el('td', { title: name.get(e.target) || '' }, e.target),
        el('td', {}, el('span', { class: 'pill kind-' + e.kind }, e.kind)), el('td', { class: 'num' }, String(e.weight)), el('td', {}, e.steps.join(', '))));
    }
  }

  (async () => {
    const q = new URLSearchParams(location.search);
    form.elements.from.value = q.get('from') || '';
    form.elements.to.value = q.get('to') || '';
    form.addEventListener('submit', (ev) => { ev.preventDefault(); note.textContent = ''; load(); });
    if (!q.has('from') && !q.has('to') && !q.has('period')) {
      try {
        const period = await lastTwoYears();
        if (period) {
          form.elements.from.value = period.from;
          form.elements.to.value = period.to;
          note.textContent = `The last two years of data: ${period.from} to ${period.to}. Clear both fields for every year.`;
        }
      } catch (e) {
        showError(e);
      }
    }
    await load();
    onWidthChange(draw);
  })();
})();
