// graph.js — the actor network (cytoscape). Node = actor (API node id), edge = pair (API edge
// id "A|B"); edge colour from alliance_index, width from events. Exposes the instance as
// window.__cy; the container's data-state is "ready" (and data-version goes up) after each draw.
import cytoscape from 'cytoscape';
import { h, replace } from './dom.js';
import { allianceColor, allianceWords, isCooperation, KIND_LABEL, fmt, plural, signed } from './format.js';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
const KIND_STYLE = {
  state: { color: '#334155', shape: 'ellipse' },
  igo: { color: '#0f766e', shape: 'round-rectangle' },
  region: { color: '#a16207', shape: 'round-hexagon' },
  group: { color: '#7e22ce', shape: 'round-diamond' },
  other: { color: '#6b7280', shape: 'ellipse' },
};
export const KINDS = KIND_STYLE;

const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)',
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 2,
      'border-color': '#ffffff',
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 12,
      'font-weight': 600,
      color: '#111827',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': 2,
      'text-background-shape': 'roundrectangle',
      'text-wrap': 'wrap',
      'text-max-width': 120,
      'min-zoomed-font-size': 6,
      'overlay-opacity': 0,
      'transition-property': 'opacity',
      'transition-duration': 120,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(color)',
      'curve-style': 'bezier',
      'line-cap': 'round',
      opacity: 0.9,
      'overlay-opacity': 0,
      'transition-property': 'opacity',
      'transition-duration': 120,
    },
  },
  { selector: 'edge.hover', style: { opacity: 1, 'underlay-color': '#0b1220', 'underlay-opacity': 0.08, 'underlay-padding': 4 } },
  { selector: 'node.hover', style: { 'border-color': '#0b1220', 'border-width': 2 } },
  { selector: '.faded', style: { opacity: 0.3 } },
  { selector: '.dim', style: { opacity: 0.15 } },
  { selector: '.focus', style: { opacity: 1 } },
  { selector: 'node.sel', style: { 'border-color': '#f59e0b', 'border-width': 4, opacity: 1 } },
  {
    selector: 'edge.sel',
    style: { opacity: 1, 'line-outline-width': 3, 'line-outline-color': '#f59e0b', 'z-index': 10 },
  },
];

const byTypeRows = (byType) =>
  Object.entries(byType ?? {})
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([t, n]) =>
      h('li', { class: isCooperation(t) ? 'coop' : 'conf' }, h('span', { class: 'dot', 'aria-hidden': 'true' }), h('span', { class: 'tt-type' }, t), h('span', { class: 'tt-n' }, fmt(n))),
    );

export function ratioBar(coop, conf, cls = '') {
  const total = coop + conf || 1;
  return h(
    'div',
    { class: ['ratio', cls], role: 'img', 'aria-label': `${coop} cooperation, ${conf} conflict` },
    h('span', { class: 'ratio-coop', style: { width: `${(coop / total) * 100}%` } }),
    h('span', { class: 'ratio-conf', style: { width: `${(conf / total) * 100}%` } }),
  );
}

function edgeTip(d, label) {
  return [
    h('div', { class: 'tt-title' }, `${label(d.source)} — ${label(d.target)}`),
    h('div', { class: 'tt-sub' }, `${plural(d.events, 'event')} · ${plural(d.mentions ?? d.events, 'mention')} · ${plural(d.independent ?? d.sources ?? 0, 'independent source')}`),
    ratioBar(d.cooperation, d.conflict),
    h('div', { class: 'tt-legend' }, h('span', null, `${fmt(d.cooperation)} cooperation`), h('span', null, `${fmt(d.conflict)} conflict`)),
    h('ul', { class: 'tt-types' }, byTypeRows(d.by_type)),
    h('div', { class: 'tt-sub' }, `Alliance index ${signed(d.alliance_index)} · ${allianceWords(d.alliance_index)}`),
    h('div', { class: 'tt-hint' }, 'Click to read the sentences'),
  ];
}

function nodeTip(d, degree) {
  return [
    h('div', { class: 'tt-title' }, d.label),
    h('div', { class: 'tt-sub' }, `${KIND_LABEL[d.kind] ?? d.kind}${d.country && d.country !== d.id ? ` · ${d.country}` : ''} · ${d.id}`),
    h('div', { class: 'tt-sub' }, `${plural(d.events, 'event')} with ${plural(degree, 'partner')} in view`),
    h('div', { class: 'tt-hint' }, 'Click for the profile and events'),
  ];
}

export function createGraph(container, tooltip, { onEdge, onNode }) {
  const cy = cytoscape({
    container,
    elements: [],
    style: STYLE,
    minZoom: 0.2,
    maxZoom: 4,
    boxSelectionEnabled: false,
    // Selection is the page's (class "sel"), not cytoscape's: a click on the background
    // must not silently drop what the evidence panel shows.
    autounselectify: true,
  });
  window.__cy = cy;
  let version = 0;
  let labels = new Map();
  const label = (id) => labels.get(id) ?? id;

  // Tooltip
  const showTip = (evt, content) => {
    replace(tooltip, content);
    tooltip.hidden = false;
    moveTip(evt);
  };
  const moveTip = (evt) => {
    if (tooltip.hidden) return;
    const p = evt.renderedPosition ?? evt.position;
    const w = container.clientWidth;
    const hgt = container.clientHeight;
    const tw = tooltip.offsetWidth;
    const th = tooltip.offsetHeight;
    let x = p.x + 14;
    let y = p.y + 14;
    if (x + tw > w - 8) x = Math.max(8, p.x - tw - 14);
    if (y + th > hgt - 8) y = Math.max(8, p.y - th - 14);
    tooltip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  };
  const hideTip = () => {
    tooltip.hidden = true;
  };

  cy.on('mouseover', 'edge', (evt) => {
    const e = evt.target;
    const keep = e.union(e.connectedNodes());
    cy.elements().not(keep).addClass('dim');
    keep.addClass('focus');
    e.addClass('hover');
    showTip(evt, edgeTip(e.data(), label));
    container.style.cursor = 'pointer';
  });
  cy.on('mouseover', 'node', (evt) => {
    const n = evt.target;
    cy.elements().not(n.closedNeighborhood()).addClass('dim');
    n.closedNeighborhood().addClass('focus');
    n.addClass('hover');
    showTip(evt, nodeTip(n.data(), n.neighborhood('node').length));
    container.style.cursor = 'pointer';
  });
  const unhover = () => {
    cy.elements().removeClass('dim hover focus');
    hideTip();
    container.style.cursor = '';
  };
  cy.on('mouseout', 'node, edge', unhover);
  container.addEventListener('mouseleave', unhover);
  cy.on('mousemove', 'node, edge', moveTip);
  cy.on('viewport', hideTip);
  cy.on('tap', 'edge', (evt) => {
    hideTip();
    onEdge(evt.target.data());
  });
  cy.on('tap', 'node', (evt) => {
    hideTip();
    onNode(evt.target.data());
  });
  new ResizeObserver(() => cy.resize()).observe(container);

  function markReady() {
    version += 1;
    container.dataset.version = String(version);
    container.dataset.state = 'ready';
  }

  function fit() {
    if (cy.elements().length === 0) return;
    cy.fit(cy.elements(), 48);
    if (cy.zoom() > 1.5) {
      cy.zoom(1.5);
      cy.center();
    }
  }

  // Replaces the drawing with `graph` (the /api/graph answer); nodes already drawn keep their
  // place so the picture does not jump when a filter changes.
  function setData(graph, selected) {
    container.dataset.state = 'loading';
    const nodes = graph.nodes ?? [];
    const ids = new Set(nodes.map((n) => n.id));
    // An edge whose end is not among the nodes would make cytoscape throw: leave it out.
    const edges = (graph.edges ?? []).filter((e) => ids.has(e.source) && ids.has(e.target));
    labels = new Map(nodes.map((n) => [n.id, n.label || n.id]));
    const old = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const maxN = Math.max(1, ...nodes.map((n) => n.events));
    const maxE = Math.max(1, ...edges.map((e) => e.events));
    cy.batch(() => {
      cy.elements().remove();
      cy.add(
        nodes.map((n) => {
          const k = KIND_STYLE[n.kind] ?? KIND_STYLE.other;
          return {
            group: 'nodes',
            data: { ...n, label: n.label || n.id, size: Math.round(22 + 44 * Math.sqrt(n.events / maxN)), color: k.color, shape: k.shape },
            position: old.get(n.id),
          };
        }),
      );
      cy.add(
        edges.map((e) => ({
          group: 'edges',
          data: { ...e, width: +(1.5 + 9 * Math.sqrt(e.events / maxE)).toFixed(2), color: allianceColor(e.alliance_index) },
        })),
      );
    });
    const fresh = cy.nodes().filter((n) => !old.has(n.id()));
    const known = old.size > 0 && fresh.length < cy.nodes().length;
    if (known) {
      // Start a new node next to the neighbours already placed.
      fresh.forEach((n, i) => {
        const placed = n.neighborhood('node').filter((m) => old.has(m.id()));
        const c = placed.length ? placed.boundingBox() : cy.nodes().filter((m) => old.has(m.id())).boundingBox();
        const a = (i + 1) * 2.399963;
        n.position({ x: (c.x1 + c.x2) / 2 + 60 * Math.cos(a), y: (c.y1 + c.y2) / 2 + 60 * Math.sin(a) });
      });
    } else if (cy.nodes().length) {
      cy.layout({ name: 'concentric', concentric: (n) => n.data('events'), levelWidth: () => 2, minNodeSpacing: 50, animate: false, fit: false }).run();
    }
    select(selected);
    return new Promise((resolve) => {
      if (cy.nodes().length === 0) {
        markReady();
        resolve();
        return;
      }
      const layout = cy.layout({
        name: 'cose',
        animate: false,
        randomize: false,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: (e) => 70 + 70 / Math.sqrt(e.data('events')),
        nodeRepulsion: () => 12000,
        nodeOverlap: 12,
        edgeElasticity: () => 60,
        gravity: 0.5,
        numIter: 1500,
        componentSpacing: 70,
        padding: 40,
      });
      layout.one('layoutstop', () => {
        fit();
        markReady();
        resolve();
      });
      layout.run();
    });
  }

  // Selects the edge or node `id` (or nothing) and fades what is not connected to it.
  function select(id) {
    cy.batch(() => {
      cy.elements().removeClass('sel faded');
      const el = id ? cy.getElementById(id) : cy.collection();
      if (el.empty()) return;
      el.addClass('sel');
      const keep = el.isEdge() ? el.union(el.connectedNodes()) : el.closedNeighborhood();
      cy.elements().not(keep).addClass('faded');
    });
  }

  return { cy, setData, select, fit, label };
}
