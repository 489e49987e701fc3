// The series page: one metric across periods for one or more companies. Every series has one period kind (the first
// company's, or the one chosen) and one unit; companies in different units get one chart each, never one axis.
import { api, el, clear, showError, formatValue, download, csv, text } from './util.js';
import { seriesChart, pointNote } from './chart.js';

const $ = (id) => document.getElementById(id);
const FIELDS = { entities: 'sr-entities', metric: 'sr-metric', segment: 'sr-segment', basis: 'sr-basis', kind: 'sr-kind' };
let shown = [];

export function initSeries() {
  $('series-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, id] of Object.entries(FIELDS)) { const v = $(id).value.trim(); if (v) p.set(k, v); }
    location.hash = '#/series?' + p.toString(); // the route loads it: a deep link, kept on reload
  });
  $('series-export').addEventListener('click', exportCsv);
}

/** Called by the router with the view's parameters. */
export async function loadSeries(params) {
  for (const [k, id] of Object.entries(FIELDS)) $(id).value = params.get(k) || (k === 'metric' ? 'revenue' : '');
  showError($('series-error'), null);
  clear($('charts'));
  clear($('series-tables'));
  $('series-note').textContent = '';
  $('series-export').hidden = true;
  const entities = (params.get('entities') || '').split(/[,，、;]/).map((s) => s.trim()).filter((s) => s);
  const metric = params.get('metric') || '';
  if (!entities.length || !metric) return;
  try {
    shown = await fetchAll(entities, metric, params);
    draw(metric);
  } catch (e) {
    showError($('series-error'), e);
  }
}

/** The first company's series decides the period kind (unless one was chosen), so every line has the same kind. */
async function fetchAll(entities, metric, params) {
  const query = (entity, kind) => {
    const p = new URLSearchParams({ entity, metric });
    for (const k of ['segment', 'basis']) if (params.get(k)) p.set(k, params.get(k));
    if (kind) p.set('kind', kind);
    return api('/api/series?' + p.toString());
  };
  const first = await query(entities[0], params.get('kind'));
  const rest = await Promise.all(entities.slice(1).map((e) => query(e, first.kind || params.get('kind'))));
  return [first, ...rest].map((s, i) => ({ ...s, name: s.entity || entities[i] }));
}

function draw(metric) {
  const withPoints = shown.filter((s) => s.points.length);
  if (!withPoints.length) { showError($('series-error'), new Error(`No stored ${metric} figures of that kind for ${shown.map((s) => s.name).join(', ')}.`)); }
  const notes = shown.filter((s) => s.note).map((s) => `${s.name}: ${s.note}`);
  $('series-note').textContent = notes.join(' — ');
  const byUnit = new Map();
  for (const s of withPoints) { if (!byUnit.has(s.unit)) byUnit.set(s.unit, []); byUnit.get(s.unit).push(s); }
  for (const [unit, group] of byUnit) {
    const zh = group.some((s) => /[\u3400-\u9fff]/.test(s.name)) || unit === 'CNY';
    const fmt = (v) => formatValue(v, unit, zh).replace(' ' + unit, '');
    $('charts').append(seriesChart(group, unit, fmt, { width: Math.min(1300, $('charts').clientWidth - 24 || 1100) }));
    for (const s of group) $('series-tables').append(table(s, fmt));
  }
  $('series-export').hidden = !withPoints.length;
}

function table(s, fmt) {
  const yoy = (v) => (v === null || v === undefined ? '' : (Number(v) > 0 ? '+' : '') + (Number(v) * 100).toLocaleString('en-US', { maximumFractionDigits: 2 }) + '%');
  return el('table', { class: 'grid series-table', 'data-entity': s.entity_id },
    el('caption', {}, `${s.name} · ${s.metric}${s.segment ? ' · ' + s.segment : ''} · ${text(s.basis) || 'reported'} · ${text(s.kind)} · ${text(s.unit)}`),
    el('thead', {}, el('tr', {}, ['period', 'period end', 'value', 'YoY stated', 'YoY computed', 'check', 'beside the point', 'conflicts', 'source']
      .map((h) => el('th', {}, h)))),
    el('tbody', {}, s.points.map((p) => el('tr', { class: (p.conflicts || []).length ? 'conflict' : '' },
      el('td', {}, p.period), el('td', {}, p.period_end), el('td', { class: 'num' }, fmt(Number(p.value))),
      el('td', { class: 'num' }, yoy(p.stated_yoy)), el('td', { class: 'num' }, yoy(p.computed_yoy)),
      el('td', { class: p.yoy_check || '' }, p.yoy_check === 'pass' ? '✓' : p.yoy_check === 'fail' ? '✗' : ''),
      el('td', {}, pointNote(p)),
      el('td', {}, (p.conflicts || []).map((c) => el('div', {}, `${fmt(Number(c.value))} in ${text(c.document)} ${c.fact_id}`))),
      el('td', {}, el('a', { href: `#/doc/${encodeURIComponent(p.doc_id)}?fact=${encodeURIComponent(p.fact_id)}` }, `${text(p.document)} ${p.fact_id}`))))));
}

function exportCsv() {
  const rows = [['entity_id', 'entity', 'metric', 'segment', 'basis', 'kind', 'unit', 'period', 'period_end', 'value', 'stated_yoy', 'computed_yoy',
    'yoy_check', 'conflicts', 'doc_id', 'document', 'fact_id']];
  for (const s of shown) {
    for (const p of s.points) {
      rows.push([s.entity_id, s.name, s.metric, s.segment, s.basis || 'reported', s.kind, s.unit, p.period, p.period_end, p.value, p.stated_yoy,
        p.computed_yoy, p.yoy_check, (p.conflicts || []).map((c) => `${c.value} in ${c.document} ${c.fact_id}`).join('; '), p.doc_id, p.document, p.fact_id]);
    }
  }
  download(`finlens-series-${shown[0]?.metric || 'series'}.csv`, csv(rows), 'text/csv;charset=utf-8');
}
