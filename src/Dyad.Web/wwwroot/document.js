'use strict';
// Document: the article with actors, dates and coded sentences highlighted. The text is untrusted and is
// only ever inserted as text nodes, cut at the offsets the pipeline stored.
(async () => {
  const { el, api, showError, param, safeUrl, modalityLabel } = Dyad;
  try {
    const id = param('id');
    if (!id) throw new Error('Choose a document: document.html?id=DOCUMENT');
    const doc = await api('/api/documents/' + encodeURIComponent(id));
    document.title = (doc.title || doc.key) + ' · Dyad';
    document.getElementById('title').textContent = doc.title || doc.key;
    const meta = document.getElementById('meta');
    meta.replaceChildren(`${doc.key} · published ${doc.published || 'unknown'}${doc.source ? ' · ' + doc.source : ''} · ${doc.sentences.length} sentences · ${doc.events.length} events`);
    const url = safeUrl(doc.url);
    if (url) meta.append(' · ', el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original'));
    render(doc);
    const s = param('s');
    if (s !== null) focusSentence(parseInt(s, 10));
  } catch (e) {
    showError(e);
  }

  function focusSentence(index) {
    document.querySelectorAll('.sentence.focus').forEach((n) => n.classList.remove('focus'));
    const node = document.querySelector(`.sentence[data-index="${index}"]`);
    if (node) { node.classList.add('focus'); node.scrollIntoView({ block: 'center' }); }
  }

  function render(doc) {
    const text = doc.text;
    const bySentence = new Map();
    for (const e of doc.events) {
      if (!e.step) continue;
      if (!bySentence.has(e.sentence)) bySentence.set(e.sentence, []);
      bySentence.get(e.sentence).push(e);
    }
    // Highlights: actor mentions and dates, sorted, overlaps dropped (the first wins).
    const marks = doc.mentions.map((m) => ({ start: m.start, end: m.end, cls: 'actor', title: `${m.name} (${m.actor}) · ${m.kind}` }))
      .concat(doc.dates.map((d) => ({ start: d.start, end: d.end, cls: 'date', title: d.value ? `${d.value} (${d.basis})` : 'unresolved date' })))
      .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start)
      .sort((p, q) => p.start - q.start || q.end - p.end);
    const article = document.getElementById('text');
    article.replaceChildren();
    let pos = 0, mi = 0;
    const sentences = doc.sentences.slice().sort((p, q) => p.start - q.start);
    const appendRange = (parent, from, to) => {
      let at = from;
      while (mi < marks.length && marks[mi].start < to) {
        const m = marks[mi++];
        if (m.start < at) continue;
        const end = Math.min(m.end, to);
        if (m.start > at) parent.appendChild(document.createTextNode(text.slice(at, m.start)));
        parent.appendChild(el('span', { class: m.cls, title: m.title }, text.slice(m.start, end)));
        at = end;
      }
      if (to > at) parent.appendChild(document.createTextNode(text.slice(at, to)));
    };
    for (const s of sentences) {
      if (s.start < pos) continue;
      if (s.start > pos) appendRange(article, pos, s.start);
      const events = bySentence.get(s.index) || [];
      const span = el('span', {
        class: 'sentence' + (events.length ? ' coded' : ''), 'data-index': s.index,
        title: events.map((e) => `${e.step}${modalityLabel(e.modality)} ${e.source} → ${e.target || '–'} ${e.date || 'undated'}`).join('\n') || null,
      });
      appendRange(span, s.start, s.end);
      if (events.length) span.addEventListener('click', () => focusSentence(s.index));
      article.appendChild(span);
      pos = s.end;
    }
    if (pos < text.length) appendRange(article, pos, text.length);

    const list = document.getElementById('doc-events');
    list.replaceChildren();
    for (const e of doc.events.filter((x) => x.step)) {
      const li = el('li', { 'data-sentence': e.sentence },
        el('span', { class: 'pill kind-' + (e.kind || 'other') }, e.kind || 'other'), ' ',
        el('strong', {}, e.step + modalityLabel(e.modality)), el('br'),
        `${e.sourceName} → ${e.targetName || '–'} · ${e.date || 'undated'}`);
      li.addEventListener('click', () => focusSentence(e.sentence));
      list.appendChild(li);
    }
    if (!list.children.length) list.appendChild(el('li', { class: 'muted' }, 'No steps coded in this document.'));
  }
})();
