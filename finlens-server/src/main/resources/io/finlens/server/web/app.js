// The single page. Every view has its address, so a reload or a shared link shows the same thing:
//   #/analyze                       paste or upload
//   #/doc/ID?fact=F3 | ?at=S-E&q=…  a stored document (a fact selected, or a search hit's passage highlighted)
//   #/transcript[/ID]               the call of the document on screen, or of a stored one
//   #/search?q=…&entity=…&offset=…  a search, a page of hits
//   #/series?entities=…&metric=…    a series chart
//   #/documents?offset=…            a page of the stored documents
import { api, apiPage, el, clear, showError, adoptTokenFromUrl, state, text } from './util.js';
import { initAnalyze, openDocument } from './analyze.js';
import { initTranscript, loadTranscript } from './transcript.js';
import { initSearch, loadSearch } from './search.js';
import { initSeries, loadSeries } from './series.js';

const PAGES = ['analyze', 'transcript', 'search', 'series', 'documents'];
const $ = (id) => document.getElementById(id);

/** The view of the address: page, path rest (a document id) and parameters. */
export function parseHash(hash) {
  const h = hash.replace(/^#\/?/, '');
  const q = h.indexOf('?');
  const path = (q < 0 ? h : h.slice(0, q)).split('/').map(decodeURIComponent);
  return { name: path[0] || 'analyze', rest: path[1] || null, params: new URLSearchParams(q < 0 ? '' : h.slice(q + 1)) };
}

function route() {
  const { name, rest, params } = parseHash(location.hash);
  const page = name === 'doc' ? 'analyze' : PAGES.includes(name) ? name : 'analyze';
  for (const p of PAGES) $('page-' + p).hidden = p !== page;
  for (const a of document.querySelectorAll('#nav a')) {
    a.classList.toggle('active', a.dataset.page === page);
    if (a.dataset.page === page) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  document.body.dataset.page = page;
  if (name === 'doc' && rest) openDocument(rest, params);
  if (page === 'transcript') loadTranscript(rest);
  if (page === 'search') loadSearch(params);
  if (page === 'series') loadSeries(params);
  if (page === 'documents') loadDocuments(Math.max(0, Number(params.get('offset')) || 0), Math.min(1000, Math.max(1, Number(params.get('limit')) || PAGE)));
}

const PAGE = 50;

async function loadDocuments(offset, limit) {
  const t = clear($('documents'));
  const pager = clear($('documents-pager'));
  showError($('documents-error'), null);
  try {
    const { items: list, total } = await apiPage(`/api/documents?offset=${offset}&limit=${limit}`);
    const go = (o) => { location.hash = `#/documents?offset=${Math.max(0, o)}${limit === PAGE ? '' : '&limit=' + limit}`; };
    if (total > limit || offset > 0) {
      pager.append(
        el('button', { type: 'button', class: 'secondary', disabled: offset === 0, onclick: () => go(offset - limit) }, '‹ previous'),
        el('span', { class: 'muted' }, ` ${Math.min(offset + 1, total)}–${offset + list.length} of ${total} `),
        el('button', { type: 'button', class: 'secondary', disabled: offset + list.length >= total, onclick: () => go(offset + limit) }, 'next ›'));
    }
    t.append(el('thead', {}, el('tr', {}, ['title', 'company', 'period', 'language', 'facts', 'checks', 'exchanges', 'id'].map((h) => el('th', {}, h)))));
    t.append(el('tbody', {}, list.map((d) => el('tr', {},
      el('td', {}, el('a', { href: `#/doc/${encodeURIComponent(d.id)}`, class: 'open' }, d.title || d.name || d.id)),
      el('td', {}, text(d.entity)), el('td', {}, text(d.period)), el('td', {}, text(d.language)), el('td', { class: 'num' }, text(d.facts)),
      el('td', { class: 'num' }, text(d.checks)),
      el('td', { class: 'num' }, d.exchanges ? el('a', { href: `#/transcript/${encodeURIComponent(d.id)}` }, String(d.exchanges)) : ''),
      el('td', { class: 'muted' }, d.id)))));
    if (!list.length) t.append(el('caption', {}, 'Nothing stored yet: analyze with “keep in the store”, or run finlens ingest.'));
  } catch (e) {
    showError($('documents-error'), e);
  }
}

async function health() {
  try {
    const h = await api('/api/health');
    state.health = h;
    $('store-label').hidden = !h.store;
    $('server-status').textContent = `finlens ${h.version} · ${h.store ? 'store on' : 'no store (start with --data DIR)'}${h.token_required ? ' · token required' : ''}`;
  } catch (e) {
    $('server-status').textContent = 'server unreachable';
  }
}

adoptTokenFromUrl();
initAnalyze();
initTranscript();
initSearch();
initSeries();
window.addEventListener('hashchange', route);
route();
health();
