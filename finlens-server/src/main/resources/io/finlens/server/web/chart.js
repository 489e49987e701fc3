// A small line chart drawn as inline SVG: one line per company, periods on the x axis.
const NS = 'http://www.w3.org/2000/svg';
const COLORS = ['#1f4e79', '#d9822b', '#2e8b57', '#b3261e', '#6a3d9a', '#008b8b', '#8b6d00', '#c2185b'];

function svg(tag, attrs = {}, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Rounded tick values covering [lo, hi]. */
function ticks(lo, hi, n = 5) {
  if (lo === hi) { lo = lo === 0 ? 0 : lo * 0.9; hi = hi === 0 ? 1 : hi * 1.1; }
  const step0 = (hi - lo) / n;
  const mag = Math.pow(10, Math.floor(Math.log10(step0)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= step0);
  const out = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  if (out[out.length - 1] < hi) out.push(out[out.length - 1] + step);
  return out;
}

/**
 * series: [{name, points: [{period, value}]}]; periods: the x categories in order; format: value → label.
 * Returns an <svg> element.
 */
export function lineChart(series, periods, format, { width = 1100, height = 380 } = {}) {
  const m = { l: 90, r: 70, t: 28, b: 60 };
  const values = series.flatMap((s) => s.points.map((p) => p.value)).filter((v) => v !== null && Number.isFinite(v));
  const lo = Math.min(0, ...values), hi = Math.max(...values);
  const ys = ticks(lo, hi);
  const y0 = ys[0], y1 = ys[ys.length - 1];
  const X = (i) => m.l + (periods.length === 1 ? (width - m.l - m.r) / 2 : (i * (width - m.l - m.r)) / (periods.length - 1));
  const Y = (v) => m.t + (height - m.t - m.b) * (1 - (v - y0) / (y1 - y0 || 1));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'series chart' });
  for (const v of ys) {
    root.append(svg('line', { class: 'gridline', x1: m.l, x2: width - m.r, y1: Y(v), y2: Y(v), stroke: '#eceff3' }));
    root.append(svg('text', { x: m.l - 8, y: Y(v) + 4, 'text-anchor': 'end' }, format(v)));
  }
  root.append(svg('line', { class: 'axis', x1: m.l, x2: width - m.r, y1: Y(y0), y2: Y(y0), stroke: '#9aa3ad' }));
  periods.forEach((p, i) => root.append(svg('text', { x: X(i), y: height - m.b + 20, 'text-anchor': 'middle' }, p)));
  series.forEach((s, k) => {
    const color = COLORS[k % COLORS.length];
    const pts = s.points.filter((p) => p.value !== null && Number.isFinite(p.value)).map((p) => [X(periods.indexOf(p.period)), Y(p.value), p]);
    if (pts.length > 1) root.append(svg('polyline', { points: pts.map(([x, y]) => `${x},${y}`).join(' '), fill: 'none', stroke: color, 'stroke-width': 2.5 }));
    for (const [x, y, p] of pts) {
      const dot = svg('circle', { cx: x, cy: y, r: 4.5, fill: '#fff', stroke: color, 'stroke-width': 2.5, class: 'point' });
      dot.append(svg('title', {}, `${s.name} ${p.period}: ${format(p.value)}`));
      root.append(dot);
      root.append(svg('text', { x, y: y - 10, 'text-anchor': 'middle', fill: color }, format(p.value)));
    }
    const lx = m.l + k * 180, ly = height - 14;
    const g = svg('g', { class: 'legend' });
    g.append(svg('rect', { x: lx, y: ly - 10, width: 14, height: 4, fill: color }), svg('text', { x: lx + 20, y: ly - 4 }, s.name));
    root.append(g);
  });
  return root;
}
