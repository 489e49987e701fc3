// The search page: words over every stored paragraph and call turn, with highlighted snippets, a page at a time.
// The query is in the address (#/search?q=…&offset=…): a deep link, kept on reload; a hit opens its document at the
// passage, highlighted.
import { api, el, clear, showError, codePointIndex, text } from './util.js';

const $ = (id) => document.getElementById(id);
const PAGE = 20;
const FIELDS = { q: 'q', speaker: 's-speaker', firm: 's-firm', topic: 's-topic', entity: 's-entity', role: 's-role', lang: 's-lang' };

let limit = PAGE;

export function initSearch() {
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    go(0);
  });
}

function go(offset) {
  const p = new URLSearchParams();
  for (const [k, id] of Object.entries(FIELDS)) { const v = $(id).value.trim(); if (v) p.set(k, v); }
  if (offset) p.set('offset', String(offset));
  if (limit !== PAGE) p.set('limit', String(limit));
  location.hash = '#/search?' + p.toString();
}

/** Called by the router with the view's parameters. */
export async function loadSearch(params) {
  for (const [k, id] of Object.entries(FIELDS)) $(id).value = params.get(k) || '';
  showError($('search-error'), null);
  const ol = clear($('search-results'));
  clear($('search-pager'));
  $('search-summary').textContent = '';
  const p = new URLSearchParams();
  for (const k of Object.keys(FIELDS)) if (params.get(k)) p.set(k, params.get(k));
  if (![...p.keys()].length) return;
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  limit = Math.min(200, Math.max(1, Number(params.get('limit')) || PAGE));
  p.set('offset', String(offset));
  p.set('limit', String(limit));
  try {
    const r = await api('/api/search?' + p.toString());
    const hits = r.hits || [];
    ol.start = offset + 1;
    $('search-summary').textContent = hits.length
      ? `${r.total}${r.totalExact === false ? '+' : ''} passages found; ${offset + 1}–${offset + hits.length} shown`
      : `${r.total ?? 0} passages found`;
    for (const h of hits) ol.append(hitView(h, params.get('q')));
    pager(offset, hits.length, r.total ?? 0);
  } catch (e) {
    showError($('search-error'), e);
  }
}

function pager(offset, shown, total) {
  if (total <= limit && offset === 0) return;
  $('search-pager').append(
    el('button', { type: 'button', class: 'secondary', disabled: offset === 0, onclick: () => go(Math.max(0, offset - limit)) }, '‹ previous'),
    el('span', { class: 'muted' }, ` page ${Math.floor(offset / limit) + 1} of ${Math.max(1, Math.ceil(total / limit))} `),
    el('button', { type: 'button', class: 'secondary', disabled: offset + shown >= total, onclick: () => go(offset + limit) }, 'next ›'));
}

/** The snippet with its highlights (code-point offsets into the snippet) as <mark>. */
function snippet(str, highlights) {
  const box = el('div', { class: 'snippet' });
  const idx = codePointIndex(str);
  let at = 0;
  const hs = [...(highlights || [])].sort((a, b) => a.start - b.start);
  for (const h of hs) {
    const s = idx[Math.min(h.start, idx.length - 1)], e = idx[Math.min(h.end, idx.length - 1)];
    if (s < at || e <= s) continue;
    box.append(str.slice(at, s), el('mark', {}, str.slice(s, e)));
    at = e;
  }
  box.append(str.slice(at));
  return box;
}

function hitView(h, q) {
  const who = h.speaker ? `${h.speaker}${h.firm ? ' · ' + h.firm : ''}${h.role ? ' (' + h.role + ')' : ''}` : null;
  const where = new URLSearchParams({ at: `${h.start_utf16}-${h.end_utf16}` });
  if (q) where.set('q', q);
  const meta = [text(h.entity), text(h.period), who, text(h.kind)].filter((x) => x);
  return el('li', { class: 'hit' },
    el('div', { class: 'meta' },
      el('a', { href: `#/doc/${encodeURIComponent(h.document)}?${where.toString()}`, class: 'open' }, h.title || h.document),
      meta.length ? ' · ' + meta.join(' · ') : ''),
    snippet(h.snippet || '', h.highlights),
    (h.topics || []).length ? el('div', {}, h.topics.map((t) => el('span', { class: 'chip' }, t))) : null);
}
