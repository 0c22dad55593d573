// format.js — colours, labels and number/date formatting shared by the page's parts.

// PLOVER types the engine counts as cooperation (the rest count as conflict), as in the store.
export const COOPERATION = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);
export const isCooperation = (type) => COOPERATION.has(type);

// Diverging scale, conflict (−1) → neutral (0) → cooperation (+1); ColorBrewer RdBu ends, which
// read apart for the common colour-vision deficiencies, with a mid grey at 0.
const STOPS = [
  [-1, [178, 24, 43]],
  [-0.5, [222, 119, 104]],
  [0, [160, 165, 172]],
  [0.5, [103, 160, 205]],
  [1, [33, 102, 172]],
];
export const CONFLICT_COLOR = '#b2182b';
export const COOPERATION_COLOR = '#2166ac';
export const NEUTRAL_COLOR = '#a0a5ac';

export function allianceColor(x) {
  const v = Math.max(-1, Math.min(1, Number.isFinite(x) ? x : 0));
  for (let i = 1; i < STOPS.length; i++) {
    const [x1, c1] = STOPS[i];
    if (v <= x1) {
      const [x0, c0] = STOPS[i - 1];
      const t = (v - x0) / (x1 - x0);
      const c = c0.map((a, k) => Math.round(a + (c1[k] - a) * t));
      return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
    }
  }
  return COOPERATION_COLOR;
}

export const GRADIENT_CSS = `linear-gradient(90deg, ${STOPS.map(([x, c]) => `rgb(${c.join(',')}) ${((x + 1) / 2) * 100}%`).join(', ')})`;

export function allianceWords(x) {
  if (!Number.isFinite(x)) return '';
  if (x >= 0.6) return 'mostly cooperation';
  if (x >= 0.2) return 'leaning cooperation';
  if (x > -0.2) return 'mixed';
  if (x > -0.6) return 'leaning conflict';
  return 'mostly conflict';
}

const LANGS = { uk: 'Ukrainian', ru: 'Russian', en: 'English', be: 'Belarusian', pl: 'Polish', de: 'German', fr: 'French' };
export const langName = (code) => LANGS[code] ?? (code ? code.toUpperCase() : 'unknown');

export const KIND_LABEL = { state: 'state', igo: 'international organisation', region: 'region', group: 'group', other: 'other' };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// "2024-03" → "Mar 2024"
export function monthLabel(ym) {
  const [y, m] = ym.split('-');
  return m ? `${MONTHS[Number(m) - 1]} ${y}` : y;
}

// "2024-03-19" → "19 Mar 2024", "2024-03" → "Mar 2024", "2024" → "2024"
export function dateLabel(d) {
  if (!d) return '';
  const [y, m, day] = d.split('-');
  if (!m) return y;
  return day ? `${Number(day)} ${MONTHS[Number(m) - 1]} ${y}` : `${MONTHS[Number(m) - 1]} ${y}`;
}

// Every month "YYYY-MM" from the month of `min` to the month of `max`, inclusive.
export function monthsBetween(min, max) {
  if (!min || !max) return [];
  let [y, m] = min.split('-').map(Number);
  const [y1, m1] = max.split('-').map(Number);
  m = m || 1;
  const end = y1 * 12 + ((m1 || 12) - 1);
  const out = [];
  for (let i = y * 12 + (m - 1); i <= end && out.length < 1200; i++) {
    out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

export const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
export const fmt = (n) => (Number.isFinite(n) ? n.toLocaleString('en') : '–');
export const signed = (x, digits = 2) => (Number.isFinite(x) ? `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(digits)}` : '–');
