// The series chart: uPlot (served from its webjar), x = each period's end date on a time axis, one line per company,
// one unit per chart; beside every point its YoY (stated, with ✓/✗ against the computed one) and its conflicts.
import uPlot from '/lib/uPlot.esm.js';

const COLORS = ['#1f4e79', '#d9822b', '#2e8b57', '#b3261e', '#6a3d9a', '#008b8b', '#8b6d00', '#c2185b'];

/** Seconds since the epoch of a period end (YYYY-MM-DD), at noon UTC so that no time zone moves it to another day. */
export function endSeconds(date) {
  return Date.parse(date + 'T12:00:00Z') / 1000;
}

/** The label beside a point: its YoY (stated, checked against the computed one) and how many documents disagree. */
export function pointNote(p) {
  const parts = [];
  const pct = (x) => (x > 0 ? '+' : '') + (x * 100).toLocaleString('en-US', { maximumFractionDigits: 1 }) + '%';
  if (p.stated_yoy !== null && p.stated_yoy !== undefined) parts.push(`${pct(Number(p.stated_yoy))} YoY${p.yoy_check === 'pass' ? ' ✓' : p.yoy_check === 'fail' ? ' ✗' : ''}`);
  else if (p.computed_yoy !== null && p.computed_yoy !== undefined) parts.push(`${pct(Number(p.computed_yoy))} YoY (computed)`);
  if ((p.conflicts || []).length) parts.push(`⚠ ${p.conflicts.length} conflict${p.conflicts.length > 1 ? 's' : ''}`);
  return parts.join(' · ');
}

/** Draws each point's value and note beside it (a uPlot draw hook). */
function labels(series, format) {
  return (u) => {
    const ctx = u.ctx;
    ctx.save();
    ctx.font = `${Math.round(11 * devicePixelRatio)}px system-ui, "WenQuanYi Zen Hei", sans-serif`;
    ctx.textAlign = 'left';
    series.forEach((s, k) => {
      if (!u.series[k + 1].show) return;
      for (const p of s.points) {
        const x = u.valToPos(endSeconds(p.period_end), 'x', true), y = u.valToPos(Number(p.value), 'y', true);
        const fail = p.yoy_check === 'fail' || (p.conflicts || []).length;
        ctx.fillStyle = COLORS[k % COLORS.length];
        ctx.fillText(`${p.period} ${format(Number(p.value))}`, x + 7 * devicePixelRatio, y - 6 * devicePixelRatio);
        const note = pointNote(p);
        if (note) {
          ctx.fillStyle = fail ? '#b3261e' : '#4b5560';
          ctx.fillText(note, x + 7 * devicePixelRatio, y + 9 * devicePixelRatio);
        }
      }
    });
    ctx.restore();
  };
}

/**
 * A chart of series sharing one unit: [{name, points: [{period, period_end, value, stated_yoy, yoy_check, conflicts}]}].
 * Returns the element holding it (data-unit, data-points for tests and readers).
 */
export function seriesChart(series, unit, format, { width = 1100, height = 380 } = {}) {
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => endSeconds(p.period_end))))].sort((a, b) => a - b);
  const data = [xs, ...series.map((s) => xs.map((x) => {
    const p = s.points.find((q) => endSeconds(q.period_end) === x);
    return p ? Number(p.value) : null;
  }))];
  const box = document.createElement('figure');
  box.className = 'series-chart';
  box.dataset.unit = unit;
  box.dataset.points = String(series.reduce((n, s) => n + s.points.length, 0));
  const pad = (xs[xs.length - 1] - xs[0]) * 0.08 || 86400 * 60;
  const opts = {
    width, height,
    title: `${series.map((s) => s.name).join(' · ')} — ${unit}`,
    scales: { x: { time: true, range: [xs[0] - pad, xs[xs.length - 1] + pad * 2] }, y: { range: (u, lo, hi) => [Math.min(0, lo), hi * 1.15] } },
    axes: [
      { label: 'period end', stroke: '#66707c', grid: { stroke: '#eceff3' } },
      { label: unit, stroke: '#66707c', size: 90, grid: { stroke: '#eceff3' }, values: (u, vals) => vals.map((v) => format(v)) },
    ],
    series: [{ label: 'period end', value: (u, v) => (v === null ? '' : new Date(v * 1000).toISOString().slice(0, 10)) },
      ...series.map((s, k) => ({ label: s.name, stroke: COLORS[k % COLORS.length], width: 2.5, spanGaps: true,
        points: { size: 9, width: 2.5, fill: '#fff' }, value: (u, v) => (v === null ? '—' : format(v)) }))],
    hooks: { draw: [labels(series, format)] },
  };
  box.append(document.createElement('div'));
  const plot = new uPlot(opts, data, box.firstChild);
  box.plot = plot;
  return box;
}
