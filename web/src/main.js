// main.js — wires the page: header counts and search, filters, the graph, the evidence panel.
// The filters and the selection live in the URL's hash, so a view can be bookmarked or shared.
import { h, replace } from './dom.js';
import { get, latest, isAbort } from './api.js';
import { createFilters, toParams, EMPTY, isDefault } from './filters.js';
import { createGraph, KINDS } from './graph.js';
import { createEvidence } from './evidence.js';
import { GRADIENT_CSS, KIND_LABEL, fmt, plural } from './format.js';

const $ = (id) => document.getElementById(id);
const banner = $('banner');
const overlay = $('graph-overlay');
const graphEl = $('graph');

let filterState = { ...EMPTY };
let selection = null; // {kind: 'pair'|'actor'|'search'|'doc', id|q}
let graphData = { nodes: [], edges: [], truncated: false };
let filters = null;

// --- URL hash ------------------------------------------------------------------------------
function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  const f = { ...EMPTY };
  for (const k of Object.keys(EMPTY)) if (p.has(k)) f[k] = k === 'min_sources' ? Math.max(0, parseInt(p.get(k), 10) || 0) : p.get(k);
  let sel = null;
  if (p.get('pair')) sel = { kind: 'pair', id: p.get('pair') };
  else if (p.get('actor')) sel = { kind: 'actor', id: p.get('actor') };
  else if (p.get('doc')) sel = { kind: 'doc', id: p.get('doc') };
  else if (p.get('q')) sel = { kind: 'search', q: p.get('q') };
  return { f, sel };
}

function writeHash() {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(toParams(filterState))) if (v !== '' && v != null) p.set(k, v);
  if (selection?.kind === 'pair') p.set('pair', selection.id);
  if (selection?.kind === 'actor') p.set('actor', selection.id);
  if (selection?.kind === 'doc') p.set('doc', selection.id);
  if (selection?.kind === 'search') p.set('q', selection.q);
  const hash = p.toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}

// --- messages --------------------------------------------------------------------------------
function showError(err, what) {
  replace(
    banner,
    h('span', { class: 'banner-icon', 'aria-hidden': 'true' }, '!'),
    h('span', { class: 'banner-text', 'data-testid': 'error-message' }, h('strong', null, `${what}: `), err.message),
    err.status ? h('span', { class: 'banner-code' }, `HTTP ${err.status}`) : null,
    h('button', { type: 'button', class: 'close', 'aria-label': 'Dismiss', onClick: () => (banner.hidden = true) }, '×'),
  );
  banner.hidden = false;
}
const clearError = () => {
  banner.hidden = true;
};

function graphMessage(kind, title, ...body) {
  if (!kind) {
    overlay.hidden = true;
    return;
  }
  overlay.dataset.kind = kind;
  replace(overlay, h('div', { class: 'overlay-box' }, h('h2', null, title), ...body));
  overlay.hidden = false;
}

// --- graph bar -------------------------------------------------------------------------------
function renderBar(g) {
  const used = new Set(g.nodes.map((n) => n.kind));
  replace(
    $('graph-bar'),
    h(
      'div',
      { class: 'gb-count', 'data-testid': 'graph-count' },
      h('strong', null, fmt(g.nodes.length)), ' actors · ', h('strong', null, fmt(g.edges.length)), ' links',
      g.truncated ? h('span', { class: 'badge warn', title: 'The server sent only the strongest links; narrow the filters to see the rest.' }, 'strongest only') : null,
      isDefault(filterState) ? null : h('span', { class: 'badge' }, 'filtered'),
    ),
    h(
      'div',
      { class: 'gb-legend', 'aria-label': 'Legend' },
      h('span', { class: 'lg-end' }, 'conflict'),
      h('span', { class: 'lg-grad', style: { background: GRADIENT_CSS }, role: 'img', 'aria-label': 'link colour from red (conflict) through grey to blue (cooperation)' }),
      h('span', { class: 'lg-end' }, 'cooperation'),
      h('span', { class: 'lg-sep' }),
      h('span', { class: 'lg-width', 'aria-hidden': 'true' }, h('i'), h('i'), h('i')),
      h('span', { class: 'lg-end' }, 'width = events'),
    ),
    h('button', { type: 'button', class: 'btn small', onClick: () => graph.fit(), title: 'Fit the whole network in view' }, 'Fit'),
  );
  replace(
    $('kinds'),
    Object.entries(KINDS)
      .filter(([k]) => used.has(k))
      .map(([k, v]) => h('span', { class: ['lg-kind', `k-${k}`] }, h('i', { style: { background: v.color } }), KIND_LABEL[k])),
  );
  $('kinds').hidden = used.size === 0;
}

// --- graph ---------------------------------------------------------------------------------
const graph = createGraph(graphEl, $('tooltip'), {
  onEdge: (d) => select({ kind: 'pair', id: d.id }),
  onNode: (d) => select({ kind: 'actor', id: d.id }),
});

const evidence = createEvidence($('evidence'), {
  filters: () => filterState,
  label: (id) => graph.label(id),
  graphData: () => graphData,
  onPick: (v) => select(v),
  onClose: () => select(null),
});

function select(v) {
  selection = v;
  graph.select(v?.kind === 'pair' || v?.kind === 'actor' ? v.id : null);
  evidence.show(v ?? { kind: 'idle' });
  writeHash();
}

const fetchGraph = latest();
let slow = 0;
async function loadGraph() {
  graphEl.dataset.state = 'loading';
  clearTimeout(slow);
  slow = setTimeout(() => graphMessage('loading', 'Loading the network…'), 300);
  try {
    const g = await fetchGraph('graph', toParams(filterState));
    clearTimeout(slow);
    clearError();
    graphData = { nodes: g.nodes ?? [], edges: g.edges ?? [], truncated: !!g.truncated };
    renderBar(graphData);
    if (graphData.edges.length === 0 && graphData.nodes.length === 0) {
      graphMessage(
        'no-match',
        'No links match these filters',
        h('p', null, 'Widen the time range or clear a filter.'),
        h('button', { type: 'button', class: 'btn', onClick: () => filters?.set({ ...EMPTY }) }, 'Reset filters'),
      );
    } else {
      graphMessage(null);
    }
    const sel = selection && (selection.kind === 'pair' || selection.kind === 'actor') ? selection.id : null;
    await graph.setData(graphData, sel);
  } catch (err) {
    clearTimeout(slow);
    if (isAbort(err)) return;
    graphData = { nodes: [], edges: [], truncated: false };
    await graph.setData(graphData);
    renderBar(graphData);
    showError(err, 'The network could not be loaded');
    graphMessage('error', 'The network could not be loaded', h('p', { class: 'overlay-err' }, err.message), h('button', { type: 'button', class: 'btn', onClick: () => loadGraph().then(() => evidence.refresh()) }, 'Try again'));
  }
}

function onFilters(f) {
  filterState = f;
  writeHash();
  loadGraph().then(() => evidence.refresh());
}

// --- header ----------------------------------------------------------------------------------
$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = $('search').value.trim();
  if (q) select({ kind: 'search', q });
});

// "/" jumps to the search box; Escape closes the evidence (outside form fields).
document.addEventListener('keydown', (e) => {
  const t = e.target;
  const typing = t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement;
  if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    $('search').focus();
    $('search').select();
  } else if (e.key === 'Escape' && !typing && selection) {
    select(null);
  }
});

async function start() {
  const { f, sel } = readHash();
  filterState = f;
  selection = sel;
  if (sel?.kind === 'search') $('search').value = sel.q;
  let meta;
  try {
    meta = await get('meta');
  } catch (err) {
    showError(err, 'The store could not be read');
    graphEl.dataset.state = 'error';
    graphMessage('error', 'The store could not be read', h('p', { class: 'overlay-err' }, err.message), h('button', { type: 'button', class: 'btn', onClick: () => location.reload() }, 'Reload'));
    evidence.show({ kind: 'idle' });
    return;
  }
  replace(
    $('counts'),
    h('span', null, h('strong', null, fmt(meta.documents)), ` ${meta.documents === 1 ? 'document' : 'documents'}`),
    h('span', null, h('strong', null, fmt(meta.events)), ` ${meta.events === 1 ? 'event' : 'events'}`),
    meta.date_min ? h('span', { class: 'muted' }, `${meta.date_min.slice(0, 7)} – ${(meta.date_max ?? '').slice(0, 7)}`) : null,
  );
  filters = createFilters($('filters'), { languages: [], sources: [], types: [], modalities: [], ...meta }, filterState, onFilters);
  if (!meta.events) {
    graphData = { nodes: [], edges: [], truncated: false };
    renderBar(graphData);
    await graph.setData(graphData);
    graphMessage(
      'empty-store',
      'No events in this store yet',
      h('p', null, plural(meta.documents ?? 0, 'document'), ' read, no events found.'),
      h('p', null, 'Add news with ', h('code', null, 'entente ingest --db STORE.db PAGES…'), ' and reload this page.'),
    );
    evidence.show(sel?.kind === 'search' || sel?.kind === 'doc' ? sel : { kind: 'idle' });
    return;
  }
  await loadGraph();
  select(sel);
}

start();
