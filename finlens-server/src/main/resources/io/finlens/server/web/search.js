// The search page: words over every stored paragraph and call turn, with highlighted snippets.
import { api, el, clear, showError, codePointIndex } from './util.js';
import { show } from './analyze.js';

const $ = (id) => document.getElementById(id);

export function initSearch() {
  $('search-form').addEventListener('submit', (e) => { e.preventDefault(); run(); });
}

async function run() {
  showError($('search-error'), null);
  const p = new URLSearchParams();
  const put = (k, id) => { const v = $(id).value.trim(); if (v) p.set(k, v); };
  put('q', 'q'); put('speaker', 's-speaker'); put('firm', 's-firm'); put('topic', 's-topic'); put('entity', 's-entity');
  p.set('limit', '50');
  const ol = clear($('search-results'));
  try {
    const r = await api('/api/search?' + p.toString());
    const hits = r.hits || [];
    $('search-summary').textContent = `${r.total ?? hits.length} passages found${hits.length < (r.total ?? 0) ? `, the best ${hits.length} shown` : ''}`;
    for (const h of hits) ol.append(hitView(h));
  } catch (e) {
    $('search-summary').textContent = '';
    showError($('search-error'), e);
  }
}

/** The passage text with its highlights (code-point offsets into the passage) as <mark>. */
function snippet(text, highlights) {
  const box = el('div', { class: 'snippet' });
  const idx = codePointIndex(text);
  let at = 0;
  const hs = [...(highlights || [])].sort((a, b) => a.start - b.start);
  for (const h of hs) {
    const s = idx[Math.min(h.start, idx.length - 1)], e = idx[Math.min(h.end, idx.length - 1)];
    if (s < at || e <= s) continue;
    box.append(text.slice(at, s), el('mark', {}, text.slice(s, e)));
    at = e;
  }
  box.append(text.slice(at));
  return box;
}

function hitView(h) {
  const who = h.speaker ? `${h.speaker}${h.firm ? ' · ' + h.firm : ''}${h.role ? ' (' + h.role + ')' : ''}` : null;
  const open = async () => {
    try { show(await api('/api/documents/' + encodeURIComponent(h.document))); } catch (e) { showError($('search-error'), e); }
  };
  return el('li', { class: 'hit' },
    el('div', { class: 'meta' },
      el('a', { href: '#/analyze', onclick: (e) => { e.preventDefault(); open(); } }, h.title || h.document),
      ` · ${h.entity || ''} · ${h.period || ''}`, who ? ` · ${who}` : '', h.kind ? ` · ${h.kind}` : ''),
    snippet(h.snippet || h.text || '', h.highlights),
    (h.topics || []).length ? el('div', {}, h.topics.map((t) => el('span', { class: 'chip' }, t))) : null);
}
