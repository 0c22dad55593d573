// filters.js — the left bar: time range, event type, language, outlet, modality, min. sources.
// Holds the filter state; calls onChange(state) whenever the user changes something.
import { h, replace, debounce } from './dom.js';
import { isCooperation, langName, monthLabel, monthsBetween, fmt } from './format.js';

export const EMPTY = Object.freeze({ from: '', to: '', type: '', lang: '', source: '', modality: '', min_sources: 0 });

// The API parameters for a filter state (empty ones left out by api.js).
export function toParams(f) {
  return {
    from: f.from,
    to: f.to,
    type: f.type,
    lang: f.lang,
    source: f.source,
    modality: f.modality,
    min_sources: f.min_sources > 0 ? f.min_sources : '',
  };
}

// The parameters /api/events, /api/timeline and /api/actors take: min_sources is about links,
// so it is left out there (the server answers 400 to a parameter an endpoint does not take).
export function toEventParams(f) {
  const { min_sources: _, ...rest } = toParams(f);
  return rest;
}

export function isDefault(f) {
  return Object.keys(EMPTY).every((k) => f[k] === EMPTY[k]);
}

function section(title, id, ...body) {
  return h('section', { class: 'f-sec', 'aria-labelledby': id }, h('h2', { class: 'f-title', id }, title), ...body);
}

function select(id, label, all, items, value, show) {
  const sel = h(
    'select',
    { id, 'data-testid': id, class: 'f-select', 'aria-label': label },
    h('option', { value: '' }, all),
    items.map((it) => h('option', { value: it.value }, `${show(it.value)} (${fmt(it.count)})`)),
  );
  // A value from the URL that the store does not list still shows, so the filter stays visible.
  if (value && !items.some((it) => it.value === value)) sel.appendChild(h('option', { value }, `${show(value)} (0)`));
  sel.value = value;
  return sel;
}

export function createFilters(root, meta, initial, onChange) {
  const months = monthsBetween(meta.date_min, meta.date_max);
  let state = { ...EMPTY, ...initial };
  const fire = debounce(() => onChange({ ...state }), 120);
  const set = (patch, now = false) => {
    state = { ...state, ...patch };
    render();
    if (now) onChange({ ...state });
    else fire();
  };

  function timeSection() {
    if (months.length === 0) return section('Time', 'f-time-t', h('p', { class: 'f-note' }, 'No dated events.'));
    const last = months.length - 1;
    const idx = (m, dflt) => {
      const i = months.indexOf(m.slice(0, 7));
      return m && i >= 0 ? i : dflt;
    };
    let lo = idx(state.from, 0);
    let hi = idx(state.to, last);
    const label = h('p', { class: 'f-range-label', 'data-testid': 'time-label' });
    const fill = h('div', { class: 'f-range-fill' });
    const paint = () => {
      label.textContent = lo === 0 && hi === last ? `${monthLabel(months[0])} – ${monthLabel(months[last])} (all)` : `${monthLabel(months[lo])} – ${monthLabel(months[hi])}`;
      fill.style.left = `${last ? (lo / last) * 100 : 0}%`;
      fill.style.right = `${last ? 100 - (hi / last) * 100 : 0}%`;
    };
    const commit = () => set({ from: lo === 0 ? '' : months[lo], to: hi === last ? '' : months[hi] });
    const mk = (which) =>
      h('input', {
        type: 'range',
        min: 0,
        max: last,
        step: 1,
        value: which === 'from' ? lo : hi,
        class: `f-range f-range-${which}`,
        'data-testid': `time-${which}`,
        'aria-label': which === 'from' ? 'First month' : 'Last month',
        onInput: (e) => {
          const v = Number(e.target.value);
          if (which === 'from') lo = Math.min(v, hi);
          else hi = Math.max(v, lo);
          e.target.value = which === 'from' ? lo : hi;
          e.target.setAttribute('aria-valuetext', monthLabel(months[which === 'from' ? lo : hi]));
          paint();
        },
        onChange: commit,
      });
    if (last === 0) {
      return section('Time', 'f-time-t', h('p', { class: 'f-range-label' }, monthLabel(months[0])));
    }
    const body = section(
      'Time',
      'f-time-t',
      label,
      h('div', { class: 'f-range-wrap' }, h('div', { class: 'f-range-track' }), fill, mk('from'), mk('to')),
      h('div', { class: 'f-range-ends', 'aria-hidden': 'true' }, h('span', null, monthLabel(months[0])), h('span', null, monthLabel(months[last]))),
    );
    paint();
    return body;
  }

  function typeSection() {
    const total = meta.types.reduce((a, t) => a + t.count, 0);
    const chip = (value, text, count, cls) =>
      h(
        'button',
        {
          type: 'button',
          class: ['chip', cls, state.type === value && 'on'],
          'aria-pressed': state.type === value ? 'true' : 'false',
          'data-testid': 'type-chip',
          'data-value': value,
          onClick: () => set({ type: state.type === value ? '' : value }, true),
        },
        cls ? h('span', { class: 'dot', 'aria-hidden': 'true' }) : null,
        h('span', { class: 'chip-text' }, text),
        h('span', { class: 'chip-count' }, fmt(count)),
      );
    return section(
      'Event type',
      'f-type-t',
      h(
        'div',
        { class: 'chips', role: 'group', 'aria-labelledby': 'f-type-t' },
        chip('', 'All', total, ''),
        meta.types.map((t) => chip(t.value, t.value, t.count, isCooperation(t.value) ? 'coop' : 'conf')),
      ),
    );
  }

  function render() {
    const minSources = h('input', {
      id: 'f-min-sources',
      'data-testid': 'min-sources',
      class: 'f-number',
      type: 'number',
      min: 0,
      max: 99,
      step: 1,
      inputmode: 'numeric',
      value: String(state.min_sources),
      onChange: (e) => set({ min_sources: Math.max(0, Math.floor(Number(e.target.value) || 0)) }),
    });
    const lang = select('f-lang', 'Language', 'All languages', meta.languages, state.lang, langName);
    lang.addEventListener('change', (e) => set({ lang: e.target.value }, true));
    const outlet = select('f-source', 'Outlet', 'All outlets', meta.sources, state.source, (v) => v);
    outlet.addEventListener('change', (e) => set({ source: e.target.value }, true));
    const modality = select('f-modality', 'Modality', 'Any modality', meta.modalities, state.modality, (v) => v);
    modality.addEventListener('change', (e) => set({ modality: e.target.value }, true));
    // Keep focus where it was across the re-render (keyboard users).
    const a = document.activeElement;
    const focused =
      a && root.contains(a) && a.getAttribute('data-testid')
        ? `[data-testid="${a.getAttribute('data-testid')}"]${a.hasAttribute('data-value') ? `[data-value="${CSS.escape(a.getAttribute('data-value'))}"]` : ''}`
        : null;
    replace(
      root,
      h(
        'div',
        { class: 'f-head' },
        h('span', { class: 'f-head-title' }, 'Filters'),
        h('button', { type: 'button', class: 'link-btn', 'data-testid': 'reset-filters', disabled: isDefault(state), onClick: () => set({ ...EMPTY }, true) }, 'Reset'),
      ),
      timeSection(),
      typeSection(),
      section('Language', 'f-lang-t', lang),
      section('Outlet', 'f-source-t', outlet),
      section('Modality', 'f-modality-t', modality),
      section(
        'Independent sources',
        'f-min-t',
        h('div', { class: 'f-inline' }, minSources, h('label', { for: 'f-min-sources' }, 'or more independent sources report the link')),
      ),
    );
    if (focused) root.querySelector(focused)?.focus();
  }

  render();
  return {
    get: () => ({ ...state }),
    set: (patch) => set(patch, true),
  };
}
