// The transcript view: the call's exchanges, filtered by analyst, firm, executive and topic.
import { api, el, clear, onCurrent, codePointIndex, sliceCp, setCurrent, state, showError, text as str } from './util.js';

const $ = (id) => document.getElementById(id);
const LONG = 700; // characters of a turn shown before "more"
let doc = null;

/** Called by the router: #/transcript/ID opens a stored document's call (a deep link); bare #/transcript the one on screen. */
export async function loadTranscript(id) {
  if (!id || (state.current && state.current.id === id)) return;
  try {
    setCurrent(await api('/api/documents/' + encodeURIComponent(id)));
  } catch (e) {
    $('transcript-empty').hidden = false;
    $('transcript-view').hidden = true;
    showError($('transcript-empty'), e);
  }
}

export function initTranscript() {
  for (const id of ['f-analyst', 'f-firm', 'f-exec', 'f-topic']) $(id).addEventListener('change', draw);
  onCurrent((d) => { doc = d; setup(); });
}

function options(select, label, values) {
  clear(select).append(el('option', { value: '' }, `all ${label}`), ...values.map((v) => el('option', { value: v }, v)));
}

function setup() {
  const t = doc && doc.transcript;
  $('transcript-empty').hidden = !!t;
  $('transcript-view').hidden = !t;
  if (doc && !t) $('transcript-empty').textContent = 'This document holds no call transcript: ' + (doc.title || doc.source?.path || '');
  if (!t) return;
  const uniq = (xs) => [...new Set(xs.filter((x) => x))].sort((a, b) => a.localeCompare(b));
  const ex = t.exchanges || [];
  options($('f-analyst'), 'analysts', uniq(ex.map((e) => e.analyst)));
  options($('f-firm'), 'firms', uniq(ex.map((e) => e.firm)));
  options($('f-exec'), 'executives', uniq(ex.flatMap((e) => e.turns.filter((x) => x.role === 'executive').map((x) => x.speaker))));
  options($('f-topic'), 'topics', uniq(ex.flatMap((e) => e.topics || [])));
  const head = clear($('transcript-head'));
  const people = t.participants || [];
  head.append(el('h1', {}, str(doc.title)),
    el('span', { class: 'tag' }, str(doc.entity) || 'unknown'), el('span', { class: 'tag' }, str(doc.period) || 'no period'),
    el('span', { class: 'muted' }, `${people.filter((p) => p.role === 'executive').length} executives · ${people.filter((p) => p.role === 'analyst').length} analysts · layout ${t.layout || ''}`));
  draw();
}

function draw() {
  const t = doc && doc.transcript;
  if (!t) return;
  const a = $('f-analyst').value, f = $('f-firm').value, x = $('f-exec').value, topic = $('f-topic').value;
  const text = doc.text || '';
  const idx = codePointIndex(text);
  const ol = clear($('exchanges'));
  let shown = 0;
  t.exchanges.forEach((e, i) => {
    if (a && e.analyst !== a) return;
    if (f && e.firm !== f) return;
    if (x && !e.turns.some((turn) => turn.role === 'executive' && turn.speaker === x)) return;
    if (topic && !(e.topics || []).includes(topic)) return;
    shown++;
    ol.append(el('li', { class: 'exchange', 'data-index': i },
      el('h3', {}, `${i + 1}. ${e.analyst}`, e.firm ? el('span', { class: 'firm' }, ` · ${e.firm}`) : null),
      el('div', {}, (e.topics || []).map((tp) => el('span', { class: 'chip', onclick: () => { $('f-topic').value = tp; draw(); } }, tp))),
      e.turns.map((turn) => turnView(turn, text, idx))));
  });
  $('exchange-count').textContent = `${shown} of ${t.exchanges.length} exchanges`;
}

function turnView(turn, text, idx) {
  const words = text ? sliceCp(text, idx, turn.start, turn.end).trim() : '(text not available)';
  const body = el('div', { class: 'words' }, words.length > LONG ? words.slice(0, LONG) + '…' : words);
  if (words.length > LONG) {
    const more = el('button', { class: 'more', type: 'button' }, 'more');
    more.addEventListener('click', () => { body.textContent = words; });
    body.append(' ', more);
  }
  return el('div', { class: 'turn ' + turn.role },
    el('div', { class: 'who' }, turn.speaker, el('small', {}, turn.role)), body);
}
