// The analyze page: paste or upload → the text with every fact highlighted, facts grouped by segment, the checks.
import { api, el, clear, showError, setCurrent, onCurrent, codePointIndex, formatValue, formatChange, isZh, statusIcon, state, text as str, csv, download, downloadApi } from './util.js';

const $ = (id) => document.getElementById(id);

export function initAnalyze() {
  $('analyze-form').addEventListener('submit', (e) => { e.preventDefault(); run(); });
  $('clear-btn').addEventListener('click', () => { $('input').value = ''; $('file').value = ''; });
  $('input').addEventListener('focus', () => $('analyze-form').classList.remove('compact'));
  $('file').addEventListener('change', () => { if ($('file').files.length) $('input').value = ''; });
  $('facts-export').addEventListener('click', exportFacts);
  onCurrent(render);
}

let marksNow = new Map();

/** Called by the router for #/doc/ID: shows the stored document, then selects ?fact=F3 or highlights the passage ?at=S-E. */
export async function openDocument(id, params) {
  const box = $('analyze-error');
  showError(box, null);
  try {
    if (!state.current || state.current.id !== id) {
      $('input').value = '';
      $('file').value = '';
      setCurrent(await api('/api/documents/' + encodeURIComponent(id)));
    }
    const fact = params.get('fact');
    if (fact) select(fact, marksNow, { scrollText: true, scrollRow: true });
    const at = /^(\d+)-(\d+)$/.exec(params.get('at') || '');
    if (at) highlightPassage(Number(at[1]), Number(at[2]));
  } catch (e) {
    showError(box, e);
  }
}

/** The DOM range of text offsets [s, e) (UTF-16) in an element's text. */
function rangeAt(root, s, e) {
  const range = document.createRange();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let at = 0, started = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.data.length;
    if (!started && s <= at + len) { range.setStart(n, s - at); started = true; }
    if (started && e <= at + len) { range.setEnd(n, e - at); return range; }
    at += len;
  }
  return range;
}

/** Highlights a search hit's passage (CSS highlight "passage") and scrolls the text to it. */
function highlightPassage(s, e) {
  const panel = $('doc-text');
  const range = rangeAt(panel, s, e);
  panel.dataset.passage = `${s}-${e}`;
  if (window.CSS && CSS.highlights) CSS.highlights.set('passage', new Highlight(range));
  panel.focus({ preventScroll: true });
  panel.scrollIntoView({ block: 'nearest' });
  // the middle of the part of the panel the window shows
  const r = range.getBoundingClientRect(), p = panel.getBoundingClientRect();
  const visible = Math.min(p.bottom, window.innerHeight) - Math.max(p.top, 0);
  panel.scrollTop += (r.top - Math.max(p.top, 0)) - Math.max(0, (visible - r.height) / 3);
}

async function run() {
  const box = $('analyze-error');
  showError(box, null);
  const file = $('file').files[0];
  const text = $('input').value;
  if (!file && !text.trim()) { showError(box, new Error('Paste a text or choose a file first.')); return; }
  const store = !$('store-label').hidden && $('store').checked;
  const q = '/api/analyze?text=true' + (store ? '&store=true' : '');
  const btn = $('analyze-btn');
  btn.disabled = true;
  btn.textContent = 'Analyzing…';
  try {
    let doc, id = null;
    const stored = (r) => { id = r.headers.get('X-Finlens-Document'); };
    if (file) {
      const form = new FormData();
      form.append('file', file, file.name);
      doc = await api(q, { method: 'POST', body: form }, false, stored);
    } else {
      doc = await api(q, { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text }, false, stored);
    }
    if (id) doc.id = id;
    setCurrent(doc);
    // a stored document has an address; a pasted one is only on this page
    history.replaceState(null, '', id ? `#/doc/${encodeURIComponent(id)}` : '#/analyze');
  } catch (e) {
    showError(box, e);
  } finally {
    btn.disabled = false;
    btn.textContent = 'Analyze';
  }
}

/** Shows a contract JSON document (with its text): head, highlighted text, checks, facts. */
export function render(doc) {
  if (!doc) { $('result').hidden = true; return; }
  $('result').hidden = false;
  $('analyze-form').classList.add('compact');
  const zh = isZh(doc);
  const failed = new Set();
  for (const c of doc.checks || []) if (c.status === 'fail') for (const id of c.facts || []) failed.add(id);
  renderHead(doc);
  if (window.CSS && CSS.highlights) CSS.highlights.delete('passage');
  delete $('doc-text').dataset.passage;
  const marks = renderText(doc, failed);
  marksNow = marks;
  renderChecks(doc, marks);
  renderFacts(doc, marks, zh);
}

function renderHead(doc) {
  const h = clear($('doc-head'));
  const t = doc.transcript;
  const about = [str(doc.source?.path), doc.source?.chars ? `${doc.source.chars} chars` : '', `${doc.facts.length} facts`, `${doc.checks.length} checks`];
  h.append(...[
    el('h1', {}, str(doc.title) || str(doc.source?.path)),
    el('span', { class: 'tag' }, str(doc.entity) || 'unknown company'),
    str(doc.period) ? el('span', { class: 'tag' }, doc.period) : null,
    el('span', { class: 'muted' }, about.filter((x) => x).join(' · ')),
    t ? el('a', { href: doc.id ? `#/transcript/${encodeURIComponent(doc.id)}` : '#/transcript' }, `call transcript: ${t.exchanges.length} exchanges →`) : null,
  ].filter((x) => x)); // DOM append writes a null as the text "null"
}

/**
 * The text with a <mark> for every stretch covered by evidence; a stretch covered by several facts names them all.
 * Returns fact id → its marks in text order.
 */
function renderText(doc, failed) {
  const box = clear($('doc-text'));
  const text = doc.text || '';
  box.setAttribute('lang', doc.source?.language === 'en' ? 'en' : 'zh-Hans');
  const idx = codePointIndex(text);
  const spans = [];
  const guidance = new Set();
  for (const f of doc.facts) {
    if (f.guidance) guidance.add(f.id);
    for (const e of f.evidence || []) {
      const s = idx[Math.min(e.start, idx.length - 1)];
      const t = idx[Math.min(e.end, idx.length - 1)];
      if (t > s) spans.push({ s, e: t, id: f.id });
    }
  }
  const cuts = new Set([0, text.length]);
  for (const sp of spans) { cuts.add(sp.s); cuts.add(sp.e); }
  const points = [...cuts].sort((a, b) => a - b);
  const marks = new Map();
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const ids = spans.filter((sp) => sp.s <= a && sp.e >= b).map((sp) => sp.id);
    const piece = text.slice(a, b);
    if (!ids.length) { frag.append(piece); continue; }
    const uniq = [...new Set(ids)];
    const cls = ['fact'];
    if (uniq.some((id) => guidance.has(id))) cls.push('guidance');
    if (uniq.some((id) => failed.has(id))) cls.push('failed');
    const m = el('mark', { class: cls.join(' '), 'data-facts': uniq.join(' '), title: uniq.join(', ') }, piece);
    m.addEventListener('click', () => select(uniq[0], marks, { scrollText: false, scrollRow: true }));
    for (const id of uniq) { if (!marks.has(id)) marks.set(id, []); marks.get(id).push(m); }
    frag.append(m);
  }
  box.append(frag);
  box.scrollTop = 0;
  document.querySelector('.side').scrollTop = 0;
  return marks;
}

function renderChecks(doc, marks) {
  const ul = clear($('checks'));
  const order = { fail: 0, warn: 1, pass: 2 };
  // failures first, then warnings, then passes; the document's order within each
  const checks = doc.checks.map((c, i) => [c, i]).sort((a, b) => ((order[a[0].status] ?? 3) - (order[b[0].status] ?? 3)) || a[1] - b[1]).map(([c]) => c);
  const failing = checks.filter((c) => c.status === 'fail').length;
  $('checks-count').textContent = failing ? `${failing} failed of ${checks.length}` : String(checks.length);
  if (!checks.length) ul.append(el('li', { class: 'muted' }, 'No checks apply to these figures.'));
  for (const c of checks) {
    ul.append(el('li', { class: 'check ' + c.status, 'data-rule': c.rule },
      el('span', { class: 'icon', title: c.status }, statusIcon(c.status)),
      el('div', {},
        el('span', { class: 'rule' }, c.rule),
        el('span', { class: 'msg' }, str(c.message)),
        el('div', {}, (c.facts || []).map((id) => el('button', { type: 'button', class: 'chip', onclick: () => select(id, marks, { scrollText: true, scrollRow: true }) }, id))))));
  }
}

function renderFacts(doc, marks, zh) {
  const box = clear($('facts'));
  $('facts-count').textContent = String(doc.facts.length);
  const groups = new Map();
  for (const f of doc.facts) {
    const key = f.segment === null || f.segment === undefined ? '' : f.segment;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(f);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : 0)); // company first, then text order
  for (const key of keys) {
    const rows = groups.get(key).map((f) => {
      const has = (f.evidence || []).length > 0;
      const tr = el('tr', { class: 'fact-row' + (has ? '' : ' noev'), 'data-fact': f.id, tabindex: 0, title: (f.evidence || []).map((e) => e.text).join(' | ') },
        el('td', {}, f.id),
        el('td', {}, f.metric, f.basis ? el('span', { class: 'badge ng' }, f.basis) : null, f.guidance ? el('span', { class: 'badge gd' }, 'guidance') : null),
        el('td', {}, f.period),
        el('td', { class: 'num' }, f.range ? `${formatValue(f.range[0], f.unit, zh)}–${formatValue(f.range[1], f.unit, zh)}` : formatValue(f.value, f.unit, zh),
          f.qualifier ? el('span', { class: 'badge' }, f.qualifier) : null),
        el('td', {}, (f.changes || []).map((c) => el('div', { class: (c.value ?? c.points ?? 0) < 0 || c.direction === 'down' ? 'down' : 'up' }, formatChange(c)))));
      tr.addEventListener('click', () => select(f.id, marks, { scrollText: true, scrollRow: false }));
      tr.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(f.id, marks, { scrollText: true, scrollRow: false }); }
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          const rows = [...document.querySelectorAll('#facts tr.fact-row')];
          const next = rows[rows.indexOf(tr) + (e.key === 'ArrowDown' ? 1 : -1)];
          if (next) next.focus();
        }
      });
      return tr;
    });
    box.append(el('table', {},
      el('caption', {}, key === '' ? (zh ? '公司整体' : 'Whole company') : key),
      el('thead', {}, el('tr', {}, el('th', {}, 'id'), el('th', {}, 'metric'), el('th', {}, 'period'), el('th', {}, 'value'), el('th', {}, 'change'))),
      el('tbody', {}, rows)));
  }
}

/** Selects a fact: its row and marks stand out; the first mark scrolls into view and flashes. */
function select(id, marks, { scrollText, scrollRow }) {
  for (const m of document.querySelectorAll('mark.fact.selected, mark.fact.flash')) m.classList.remove('selected', 'flash');
  for (const r of document.querySelectorAll('tr.fact-row.selected')) r.classList.remove('selected');
  const row = document.querySelector(`tr.fact-row[data-fact="${CSS.escape(id)}"]`);
  if (row) {
    row.classList.add('selected');
    if (scrollRow) scrollWithin(document.querySelector('.side'), row);
  }
  const ms = marks.get(id) || [];
  for (const m of ms) {
    m.classList.add('selected');
    void m.offsetWidth; // restart the animation when the same fact is clicked again
    m.classList.add('flash');
  }
  if (ms.length && scrollText) {
    scrollWithin($('doc-text'), ms[0]);
    ms[0].scrollIntoView({ block: 'nearest' }); // and the window, when the panel's part holding it is off screen
  }
  setTimeout(() => { for (const m of ms) m.classList.remove('flash'); }, 1700);
}

/** Scrolls `panel` (not the window) so that `target` sits in its middle. */
function scrollWithin(panel, target) {
  const p = panel.getBoundingClientRect(), t = target.getBoundingClientRect();
  panel.scrollTop += (t.top - p.top) - (panel.clientHeight - t.height) / 2;
}

/** The facts on screen as a file: the store's export for a stored document, else the contract's facts. */
async function exportFacts() {
  const doc = state.current;
  if (!doc) return;
  const name = (str(doc.source?.path).split('/').pop() || 'document').replace(/\.[^.]*$/, '');
  try {
    if (doc.id) { await downloadApi(`/api/export?format=csv-excel&doc=${encodeURIComponent(doc.id)}`, `${name}-facts.csv`); return; }
    const rows = [['fact_id', 'metric', 'segment', 'basis', 'guidance', 'period', 'value', 'range_low', 'range_high', 'unit', 'qualifier', 'changes', 'evidence']];
    for (const f of doc.facts) {
      rows.push([f.id, f.metric, f.segment, f.basis || 'reported', f.guidance, f.period, f.value, f.range?.[0], f.range?.[1], f.unit, f.qualifier,
        (f.changes || []).map(formatChange).join('; '), (f.evidence || []).map((e) => e.text).join(' | ')]);
    }
    download(`${name}-facts.csv`, csv(rows), 'text/csv;charset=utf-8');
  } catch (e) {
    showError($('analyze-error'), e);
  }
}

export { state };
