// The series page: one metric across periods for one or more companies, as a chart and a table.
import { api, el, clear, showError, formatValue } from './util.js';
import { lineChart } from './chart.js';

const $ = (id) => document.getElementById(id);

export function initSeries() {
  $('series-form').addEventListener('submit', (e) => { e.preventDefault(); run(); });
}

/** Orders period ids: 2024Q4 < 2025Q1 < 2025H1 < FY2025 by year, then quarter-like parts. */
function periodKey(p) {
  const m = /(\d{4})/.exec(p);
  const y = m ? m[1] : '0000';
  const q = /Q(\d)/.exec(p);
  const h = /H(\d)/.exec(p);
  const sub = q ? q[1] * 3 : h ? h[1] * 6 : /^\d{4}-\d{2}/.test(p) ? Number(p.slice(5, 7)) : 12;
  return `${y}-${String(sub).padStart(2, '0')}-${p}`;
}

async function run() {
  showError($('series-error'), null);
  const entities = $('sr-entities').value.split(/[,，、;]/).map((s) => s.trim()).filter((s) => s);
  const metric = $('sr-metric').value.trim();
  const segment = $('sr-segment').value.trim();
  clear($('chart'));
  clear($('series-table'));
  if (!entities.length || !metric) { showError($('series-error'), new Error('Name at least one company and a metric.')); return; }
  try {
    const all = await Promise.all(entities.map(async (entity) => {
      const p = new URLSearchParams({ entity, metric });
      if (segment) p.set('segment', segment);
      const r = await api('/api/series?' + p.toString());
      return { name: r.entity || entity, unit: r.unit, points: (r.points || []).map((x) => ({ ...x, value: x.value === null ? null : Number(x.value) })) };
    }));
    const periods = [...new Set(all.flatMap((s) => s.points.map((p) => p.period)))].sort((a, b) => periodKey(a).localeCompare(periodKey(b)));
    if (!periods.length) { showError($('series-error'), new Error(`No stored ${metric} figures for ${entities.join(', ')}.`)); return; }
    const unit = all.find((s) => s.unit)?.unit || all.flatMap((s) => s.points).find((p) => p.unit)?.unit || '';
    const zh = entities.some((e) => /[\u3400-\u9fff]/.test(e)) || unit === 'CNY';
    const fmt = (v) => formatValue(v, unit, zh).replace(' ' + unit, '');
    $('chart').append(lineChart(all, periods, fmt));
    $('series-table').append(
      el('caption', {}, `${metric}${segment ? ' · ' + segment : ''} (${unit})`),
      el('thead', {}, el('tr', {}, el('th', {}, 'company'), periods.map((p) => el('th', {}, p)))),
      el('tbody', {}, all.map((s) => el('tr', {}, el('td', {}, s.name), periods.map((p) => {
        const pt = s.points.find((x) => x.period === p);
        return el('td', { class: 'num', title: pt && pt.document ? `document ${pt.document}` : '' }, pt ? fmt(pt.value) : '');
      })))));
  } catch (e) {
    showError($('series-error'), e);
  }
}
