// The analyze page: paste or upload → the text with every fact highlighted, facts grouped by segment, the checks.
import { api, el, clear, showError, setCurrent, onCurrent, codePointIndex, formatValue, formatChange, isZh, statusIcon, state } from './util.js';

const $ = (id) => document.getElementById(id);

export function initAnalyze() {
  $('analyze-form').addEventListener('submit', (e) => { e.preventDefault(); run(); });
  $('clear-btn').addEventListener('click', () => { $('input').value = ''; $('file').value = ''; });
  $('input').addEventListener('focus', () => $('analyze-form').classList.remove('compact'));
  $('file').addEventListener('change', () => { if ($('file').files.length) $('input').value = ''; });
  onCurrent(render);
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
    let doc;
    if (file) {
      const form = new FormData();
      form.append('file', file, file.name);
      doc = await api(q, { method: 'POST', body: form });
    } else {
      doc = await api(q, { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text });
    }
    setCurrent(doc);
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
  const marks = renderText(doc, failed);
  renderChecks(doc, marks);
  renderFacts(doc, marks, zh);
}

function renderHead(doc) {
  const h = clear($('doc-head'));
  const t = doc.transcript;
  h.append(
    el('h1', {}, doc.title || doc.source?.path || ''),
    el('span', { class: 'tag' }, doc.entity || 'unknown'),
    el('span', { class: 'tag' }, doc.period || ''),
    el('span', { class: 'muted' }, `${doc.source?.path || ''} · ${doc.source?.chars ?? ''} chars · ${doc.facts.length} facts · ${doc.checks.length} checks`),
    t ? el('a', { href: '#/transcript' }, `call transcript: ${t.exchanges.length} exchanges →`) : null);
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
  $('checks-count').textContent = String(doc.checks.length);
  if (!doc.checks.length) ul.append(el('li', { class: 'muted' }, 'No checks apply to these figures.'));
  for (const c of doc.checks) {
    ul.append(el('li', { class: 'check ' + c.status, 'data-rule': c.rule },
      el('span', { class: 'icon', title: c.status }, statusIcon(c.status)),
      el('div', {},
        el('span', { class: 'rule' }, c.rule),
        el('span', { class: 'msg' }, c.message || ''),
        el('div', {}, (c.facts || []).map((id) => el('span', { class: 'chip', onclick: () => select(id, marks, { scrollText: true, scrollRow: true }) }, id))))));
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
      const tr = el('tr', { class: 'fact-row' + (has ? '' : ' noev'), 'data-fact': f.id, title: (f.evidence || []).map((e) => e.text).join(' | ') },
        el('td', {}, f.id),
        el('td', {}, f.metric, f.basis ? el('span', { class: 'badge ng' }, f.basis) : null, f.guidance ? el('span', { class: 'badge gd' }, 'guidance') : null),
        el('td', {}, f.period),
        el('td', { class: 'num' }, f.range ? `${formatValue(f.range[0], f.unit, zh)}–${formatValue(f.range[1], f.unit, zh)}` : formatValue(f.value, f.unit, zh),
          f.qualifier ? el('span', { class: 'badge' }, f.qualifier) : null),
        el('td', {}, (f.changes || []).map((c) => el('div', { class: (c.value ?? c.points ?? 0) < 0 || c.direction === 'down' ? 'down' : 'up' }, formatChange(c)))));
      tr.addEventListener('click', () => select(f.id, marks, { scrollText: true, scrollRow: false }));
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

/** For the documents page: show a stored document here. */
export function show(doc) {
  location.hash = '#/analyze';
  $('page-analyze').hidden = false; // visible before rendering, so the panels scroll back to the top
  $('input').value = '';
  $('file').value = '';
  setCurrent(doc);
}

export { state };
