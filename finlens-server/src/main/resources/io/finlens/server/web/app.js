// The single page: hash routes to the analyze, transcript, search, series and documents pages.
import { api, apiPage, el, clear, showError, adoptTokenFromUrl, state } from './util.js';
import { initAnalyze, show } from './analyze.js';
import { initTranscript } from './transcript.js';
import { initSearch } from './search.js';
import { initSeries } from './series.js';

const PAGES = ['analyze', 'transcript', 'search', 'series', 'documents'];
const $ = (id) => document.getElementById(id);

function route() {
  const name = (location.hash.replace(/^#\/?/, '') || 'analyze').split('?')[0];
  const page = PAGES.includes(name) ? name : 'analyze';
  for (const p of PAGES) $('page-' + p).hidden = p !== page;
  for (const a of document.querySelectorAll('#nav a')) a.classList.toggle('active', a.dataset.page === page);
  document.body.dataset.page = page;
  if (page === 'documents') loadDocuments();
}

const PAGE = 200;
let docOffset = 0;

async function loadDocuments() {
  const t = clear($('documents'));
  showError($('documents-error'), null);
  try {
    const { items: list, total } = await apiPage(`/api/documents?offset=${docOffset}&limit=${PAGE}`);
    const pager = clear($('documents-pager'));
    if (total > PAGE) {
      const go = (o) => { docOffset = Math.max(0, o); loadDocuments(); };
      pager.append(
        el('button', { type: 'button', class: 'secondary', disabled: docOffset === 0, onclick: () => go(docOffset - PAGE) }, '‹ previous'),
        el('span', { class: 'muted' }, ` ${docOffset + 1}–${docOffset + list.length} of ${total} `),
        el('button', { type: 'button', class: 'secondary', disabled: docOffset + list.length >= total, onclick: () => go(docOffset + PAGE) }, 'next ›'));
    }
    t.append(el('thead', {}, el('tr', {}, ['id', 'title', 'company', 'period', 'language', 'facts', 'checks', 'exchanges'].map((h) => el('th', {}, h)))));
    t.append(el('tbody', {}, list.map((d) => {
      const tr = el('tr', { class: 'link' }, el('td', {}, d.id), el('td', {}, d.title || d.name || ''), el('td', {}, d.entity || ''),
        el('td', {}, d.period || ''), el('td', {}, d.language || ''), el('td', { class: 'num' }, d.facts ?? ''),
        el('td', { class: 'num' }, d.checks ?? ''), el('td', { class: 'num' }, d.exchanges || ''));
      tr.addEventListener('click', async () => {
        try { show(await api('/api/documents/' + encodeURIComponent(d.id))); } catch (e) { showError($('documents-error'), e); }
      });
      return tr;
    })));
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
