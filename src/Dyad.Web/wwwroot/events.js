'use strict';
// Events: a searchable, filterable table over GET /api/events, with the filters kept in the address and a CSV download.
(() => {
  const { el, api, showError, docHref } = Dyad;
  const form = document.getElementById('filters');
  const FIELDS = ['q', 'actor', 'dyad', 'step', 'modality', 'from', 'to', 'doc', 'sort', 'desc', 'stepsOnly'];
  const pageSize = 50;
  let page = 1;

  function readForm() {
    const p = new URLSearchParams();
    for (const name of FIELDS) {
      const input = form.elements[name];
      if (!input) continue;
      if (input.type === 'checkbox') { if (input.checked) p.set(name, 'true'); } else if (input.value.trim()) p.set(name, input.value.trim());
    }
    if (p.get('sort') === 'date') p.delete('sort');
    return p;
  }

  function writeForm(p) {
    for (const name of FIELDS) {
      const input = form.elements[name];
      if (!input) continue;
      if (input.type === 'checkbox') input.checked = p.get(name) === 'true';
      else input.value = p.get(name) || (name === 'sort' ? 'date' : '');
    }
    page = Math.max(1, parseInt(p.get('page') || '1', 10) || 1);
  }

  async function load() {
    const p = readForm();
    const csv = new URLSearchParams(p);
    csv.set('format', 'csv');
    document.getElementById('csv').setAttribute('href', '/api/events?' + csv.toString());
    const shown = new URLSearchParams(p);
    if (page > 1) shown.set('page', String(page));
    history.replaceState(null, '', 'events.html' + (shown.toString() ? '?' + shown.toString() : ''));
    p.set('page', String(page));
    p.set('pageSize', String(pageSize));
    const body = document.querySelector('#events tbody');
    try {
      const data = await api('/api/events?' + p.toString());
      showError(null);
      body.replaceChildren();
      for (const e of data.items) {
        body.appendChild(el('tr', { 'data-id': e.id },
          el('td', {}, e.date || 'undated'),
          el('td', { title: e.sourceName }, e.source),
          el('td', { title: e.targetName || '' }, e.target || '–'),
          el('td', {}, e.step || '–'),
          el('td', {}, e.modality),
          el('td', { class: 'num' }, e.confidence.toFixed(2)),
          el('td', { class: 'evidence' }, e.evidence),
          el('td', {}, el('a', { href: docHref(e.doc, e.sentence) }, e.doc))));
      }
      if (!data.items.length) body.appendChild(el('tr', {}, el('td', { colspan: 8, class: 'muted' }, 'No events match.')));
      const first = data.total === 0 ? 0 : (data.page - 1) * data.pageSize + 1;
      const last = Math.min(data.total, data.page * data.pageSize);
      document.getElementById('count').textContent = `${first}–${last} of ${data.total}${data.totalExact === false ? '+' : ''} events`;
      document.getElementById('prev').disabled = data.page <= 1;
      document.getElementById('next').disabled = last >= data.total;
    } catch (e) {
      body.replaceChildren();
      document.getElementById('count').textContent = '';
      showError(e);
    }
  }

  form.addEventListener('submit', (ev) => { ev.preventDefault(); page = 1; load(); });
  form.elements.sort.addEventListener('change', () => { page = 1; load(); });
  form.elements.desc.addEventListener('change', () => { page = 1; load(); });
  form.elements.stepsOnly.addEventListener('change', () => { page = 1; load(); });
  form.elements.modality.addEventListener('change', () => { page = 1; load(); });
  document.getElementById('reset').addEventListener('click', () => { writeForm(new URLSearchParams()); load(); });
  document.getElementById('prev').addEventListener('click', () => { page = Math.max(1, page - 1); load(); });
  document.getElementById('next').addEventListener('click', () => { page += 1; load(); });
  writeForm(new URLSearchParams(location.search));
  load();
})();
