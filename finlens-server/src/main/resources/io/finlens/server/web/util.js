// Shared helpers: the API client (token, problem bodies), DOM building, number formats, code-point offsets.

/** What the pages share: the document on screen (contract JSON with text) and the server's health. */
export const state = { current: null, health: null, listeners: [] };

export function setCurrent(doc) {
  state.current = doc;
  for (const f of state.listeners) f(doc);
}

export function onCurrent(f) { state.listeners.push(f); }

const TOKEN_KEY = 'finlens.token';

/** A token given as ?token=… in the page URL is kept for the session and removed from the address bar. */
export function adoptTokenFromUrl() {
  const u = new URL(location.href);
  const t = u.searchParams.get('token');
  if (t) {
    sessionStorage.setItem(TOKEN_KEY, t);
    u.searchParams.delete('token');
    history.replaceState(null, '', u.pathname + u.search + u.hash);
  }
}

/** An error from the API: the problem body's title and detail. */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
  }
}

/** api() for a paged listing: the items and the X-Total-Count header. */
export async function apiPage(path) {
  let total = null;
  const items = await api(path, {}, false, (r) => { total = Number(r.headers.get('X-Total-Count')); });
  return { items, total: Number.isFinite(total) ? total : items.length };
}

/** fetch with the token (when the server asked for it once); a JSON problem body becomes an ApiError; a 401 asks for the token once. */
export async function api(path, options = {}, retried = false, onResponse = null) {
  const opts = { ...options, headers: { ...(options.headers || {}) } };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) opts.headers['Authorization'] = 'Bearer ' + token;
  let r;
  try {
    r = await fetch(path, opts);
  } catch (e) {
    throw new ApiError(0, 'The server cannot be reached', String(e.message || e));
  }
  if (r.status === 401 && !retried) {
    const t = prompt('This server needs the token printed when it started:');
    if (t) {
      sessionStorage.setItem(TOKEN_KEY, t.trim());
      return api(path, options, true, onResponse);
    }
  }
  const type = r.headers.get('Content-Type') || '';
  if (r.ok && onResponse) onResponse(r);
  if (!r.ok) {
    if (type.includes('json')) {
      const p = await r.json();
      throw new ApiError(r.status, p.title || ('HTTP ' + r.status), p.detail || '');
    }
    throw new ApiError(r.status, 'HTTP ' + r.status, (await r.text()).slice(0, 200));
  }
  return type.includes('json') ? r.json() : r.text();
}

/** el('div', {class: 'x', onclick: f}, child, 'text', …) */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  append(e, children);
  return e;
}

function append(e, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(e, c);
    else e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }

export function showError(box, err) {
  if (!err) { box.hidden = true; box.textContent = ''; return; }
  box.textContent = err.message || String(err);
  box.hidden = false;
}

/**
 * UTF-16 index of every code-point offset of `text` (length: code points + 1). The contract's offsets count code
 * points; JS strings index UTF-16 units, which differ after any character outside the BMP (𠀀, emoji).
 */
export function codePointIndex(text) {
  const idx = [];
  let u = 0;
  for (const ch of text) { idx.push(u); u += ch.length; }
  idx.push(u);
  return idx;
}

/** A slice of `text` by code-point offsets. */
export function sliceCp(text, idx, start, end) {
  return text.slice(idx[Math.min(start, idx.length - 1)], idx[Math.min(end, idx.length - 1)]);
}

const ZH = /[\u3400-\u9fff]/;

/** A base-unit value the way the text would say it: 1284.6亿 in Chinese, 128.46B in English; ratios as %. */
export function formatValue(v, unit, zh) {
  if (v === null || v === undefined) return '—';
  const n = Number(v);
  if (unit === 'ratio') return (n * 100).toLocaleString('en-US', { maximumFractionDigits: 2 }) + '%';
  const abs = Math.abs(n);
  const fmt = (x) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  let s;
  if (zh && abs >= 1e8) s = fmt(n / 1e8) + '亿';
  else if (zh && abs >= 1e4) s = fmt(n / 1e4) + '万';
  else if (!zh && abs >= 1e9) s = fmt(n / 1e9) + 'B';
  else if (!zh && abs >= 1e6) s = fmt(n / 1e6) + 'M';
  else s = fmt(n);
  return unit === 'count' ? s : s + ' ' + unit;
}

export function isZh(doc) {
  return (doc.source && doc.source.language === 'zh') || ZH.test(doc.title || '');
}

/** A change as the reader wants it: +14% YoY, +1.9pp YoY, ↑ QoQ, 10.2%–19.6% YoY. */
export function formatChange(c) {
  const basis = (c.basis || '').toUpperCase();
  const pct = (x) => (x > 0 ? '+' : '') + (x * 100).toLocaleString('en-US', { maximumFractionDigits: 2 }) + '%';
  if (c.value !== undefined && c.value !== null) return `${pct(Number(c.value))} ${basis}`;
  if (c.points !== undefined && c.points !== null) return `${c.points > 0 ? '+' : ''}${c.points}pp ${basis}`;
  if (c.range) return `${pct(Number(c.range[0]))}–${pct(Number(c.range[1]))} ${basis}`;
  if (c.direction) return `${c.direction === 'up' ? '↑' : c.direction === 'down' ? '↓' : '→'} ${basis}`;
  return basis;
}

export function statusIcon(status) {
  return status === 'pass' ? '✓' : status === 'warn' ? '⚠' : status === 'fail' ? '✗' : '?';
}

/** A value to show: '' for null and undefined (a page never shows a literal null). */
export function text(v) {
  return v === null || v === undefined ? '' : String(v);
}

/** Rows as CSV (RFC 4180 quoting), with a byte order mark so Excel reads the Chinese right. */
export function csv(rows) {
  const cell = (v) => {
    const s = text(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Saves content (a string or a Blob) as a file the browser downloads. */
export function download(name, content, type = 'application/octet-stream') {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

/** Downloads an API answer (with the token, when the server asked for one) as a file. */
export async function downloadApi(path, name) {
  const headers = {};
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers['Authorization'] = 'Bearer ' + token;
  const r = await fetch(path, { headers });
  if (!r.ok) {
    const p = (r.headers.get('Content-Type') || '').includes('json') ? await r.json() : { title: 'HTTP ' + r.status };
    throw new ApiError(r.status, p.title, p.detail || '');
  }
  download(name, await r.blob());
}
