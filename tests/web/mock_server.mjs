// mock_server.mjs — a small stand-in for `entente serve`: the built web folder at / and the
// JSON API (see web/README.md) answered from fixtures/seeds.json, filtered and aggregated here.
//
//   node tests/web/mock_server.mjs WEB_DIR [--port N] [--empty]
//
// prints `listening on http://127.0.0.1:PORT` like the real server. Tests import startMock().
// It follows the API contract's shapes, not the engine's exact numbers (Goldstein scores and the
// alliance index are computed with simple stand-in formulas).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = path.join(here, 'fixtures', 'seeds.json');

const COOPERATION = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);
// Stand-in Goldstein weights by CAMEO root (two digits).
const GOLDSTEIN = {
  '01': 0, '02': 3, '03': 4, '04': 1, '05': 3.5, '06': 6, '07': 7, '08': 5, '09': -2,
  '10': -5, '11': -2, '12': -4, '13': -6, '14': -6.5, '15': -7.2, '16': -4, '17': -7,
  '18': -9, '19': -10, '20': -10,
};
// Country-level labels the fixture has no state entity for.
const LABELS = { KOR: 'South Korea', FRA: 'France', USA: 'United States' };
const STATIC = { '/': 'index.html', '/index.html': 'index.html', '/app.js': 'app.js', '/app.css': 'app.css' };
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function loadData({ empty = false } = {}) {
  const raw = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
  const docs = new Map(raw.documents.map((d) => [d.id, d]));
  const ents = new Map(raw.entities.map((e) => [e.id, e]));
  const codeLabel = new Map();
  const codeKind = new Map();
  for (const e of raw.entities) {
    if (['state', 'igo', 'region'].includes(e.kind) && e.country) {
      codeLabel.set(e.country, e.name);
      codeKind.set(e.country, e.kind);
    }
  }
  const label = (code) => codeLabel.get(code) ?? LABELS[code] ?? code;
  const kind = (code) => codeKind.get(code) ?? (code.startsWith('IGO:') ? 'igo' : code.startsWith('REG:') ? 'region' : /^[A-Z]{3}$/.test(code) ? 'state' : 'other');
  const events = empty
    ? []
    : raw.events.map((e) => {
        const d = docs.get(e.doc_id);
        const side = (s) => ({ ...s, name: ents.get(s.actor)?.name ?? label(s.country) });
        const when = e.date ?? d.pub_date;
        return {
          id: e.id,
          doc_id: e.doc_id,
          url: d.url,
          source: d.source,
          lang: d.lang,
          pub_date: d.pub_date,
          date: e.date,
          type: e.type,
          cameo: e.cameo,
          mode: e.mode,
          modality: e.modality,
          attribution: e.attribution,
          goldstein: GOLDSTEIN[e.cameo.slice(0, 2)] ?? 0,
          gloss: `${label(e.src.country)} — ${e.type}${e.mode ? ` (${e.mode})` : ''} → ${label(e.tgt.country)}${e.date ? `, ${e.date}` : ''}${e.modality !== 'asserted' ? ` [${e.modality}]` : ''}`,
          src: side(e.src),
          tgt: side(e.tgt),
          trigger: e.trigger,
          place: e.place,
          sentence: e.sentence,
          _when: when,
        };
      });
  events.sort((a, b) => (a._when < b._when ? -1 : a._when > b._when ? 1 : a.id < b.id ? -1 : 1));
  return { docs, ents, names: raw.names, events, label, kind, empty };
}

function counts(values) {
  const m = new Map();
  for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

const round = (x, n = 2) => Math.round(x * 10 ** n) / 10 ** n;
// As the server: Goldstein sum over the sum of magnitudes (−1 … +1); 0 when all are 0.
const balance = (evs) => {
  const sum = evs.reduce((a, e) => a + e.goldstein, 0);
  const mag = evs.reduce((a, e) => a + Math.abs(e.goldstein), 0);
  return { alliance_index: mag ? round(sum / mag, 3) : 0, goldstein: evs.length ? round(sum / evs.length) : 0 };
};
const matches = (side, x) => side.actor === x || side.country === x;
const publicEvent = ({ _when, ...e }) => e;

function filterEvents(data, p) {
  for (const k of ['from', 'to']) {
    const v = p.get(k);
    if (v && !DATE.test(v)) throw new HttpError(400, `${k}: expected YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`);
  }
  const from = p.get('from');
  const to = p.get('to');
  const type = p.get('type');
  const lang = p.get('lang');
  const source = p.get('source');
  const modality = p.get('modality');
  const actor = p.get('actor');
  const a = p.get('a');
  const b = p.get('b');
  if ((a && !b) || (b && !a)) throw new HttpError(400, 'a and b go together');
  return data.events.filter(
    (e) =>
      (!from || e._when >= from) &&
      (!to || e._when.slice(0, to.length) <= to) &&
      (!type || e.type === type) &&
      (!lang || e.lang === lang) &&
      (!source || e.source === source) &&
      (!modality || e.modality === modality) &&
      (!actor || matches(e.src, actor) || matches(e.tgt, actor)) &&
      (!a || (matches(e.src, a) && matches(e.tgt, b)) || (matches(e.src, b) && matches(e.tgt, a))),
  );
}

function intParam(p, name, dflt, max = 100000) {
  const v = p.get(name);
  if (v == null || v === '') return dflt;
  if (!/^\d+$/.test(v)) throw new HttpError(400, `${name}: expected a non-negative integer, got "${v}"`);
  return Math.min(Number(v), max);
}

function edgesOf(data, evs) {
  const pairs = new Map();
  for (const e of evs) {
    const [x, y] = [e.src.country, e.tgt.country];
    if (!x || !y || x === y) continue;
    const [s, t] = x < y ? [x, y] : [y, x];
    const id = `${s}|${t}`;
    let edge = pairs.get(id);
    if (!edge) {
      edge = { id, source: s, target: t, events: 0, cooperation: 0, conflict: 0, by_type: {}, _evs: [], _docs: new Set(), _srcs: new Set() };
      pairs.set(id, edge);
    }
    edge.events++;
    COOPERATION.has(e.type) ? edge.cooperation++ : edge.conflict++;
    edge.by_type[e.type] = (edge.by_type[e.type] ?? 0) + 1;
    edge._evs.push(e);
    edge._docs.add(e.doc_id);
    edge._srcs.add(e.source);
  }
  return [...pairs.values()].map(({ _evs, _docs, _srcs, ...edge }) => ({
    ...edge,
    ...balance(_evs),
    documents: _docs.size,
    sources: _srcs.size,
  }));
}

function graph(data, p) {
  const minSources = intParam(p, 'min_sources', 0);
  const limit = intParam(p, 'limit', 500);
  let edges = edgesOf(data, filterEvents(data, p)).filter((e) => e.sources >= minSources);
  edges.sort((x, y) => y.events - x.events || (x.id < y.id ? -1 : 1));
  const truncated = edges.length > limit;
  edges = edges.slice(0, limit);
  const nodes = new Map();
  for (const e of edges) {
    for (const c of [e.source, e.target]) {
      const n = nodes.get(c) ?? { id: c, label: data.label(c), country: c, kind: data.kind(c), events: 0 };
      n.events += e.events;
      nodes.set(c, n);
    }
  }
  return { nodes: [...nodes.values()], edges, truncated };
}

function actor(data, id, p) {
  const ent = data.ents.get(id);
  const isCode = !ent;
  if (!ent && !data.events.some((e) => matches(e.src, id) || matches(e.tgt, id))) throw new HttpError(404, `no such actor: ${id}`);
  const involved = filterEvents(data, p).filter((e) => matches(e.src, id) || matches(e.tgt, id));
  const nameIds = isCode
    ? [...data.ents.values()].filter((e) => e.country === id && ['state', 'igo', 'region'].includes(e.kind)).map((e) => e.id)
    : [id];
  const names = new Map();
  for (const nid of nameIds) for (const [t, c] of Object.entries(data.names[nid] ?? {})) names.set(t, (names.get(t) ?? 0) + c);
  const partners = edgesOf(data, involved)
    .filter((e) => e.source === (ent?.country ?? id) || e.target === (ent?.country ?? id))
    .map((e) => {
      const other = e.source === (ent?.country ?? id) ? e.target : e.source;
      return { id: other, label: data.label(other), kind: data.kind(other), events: e.events, cooperation: e.cooperation, conflict: e.conflict, alliance_index: e.alliance_index, goldstein: e.goldstein };
    })
    .sort((x, y) => y.events - x.events);
  return {
    id,
    name: ent?.name ?? data.label(id),
    kind: ent?.kind ?? data.kind(id),
    country: ent?.country ?? id,
    names: [...names].map(([text, count]) => ({ text, count })).sort((x, y) => y.count - x.count),
    roles: id === 'Q7747' ? [{ role: 'president', country: 'RUS', start: '2012-05-07', end: '' }] : [],
    partners,
  };
}

function timeline(data, p) {
  const a = p.get('a');
  const b = p.get('b');
  if (!a || !b) throw new HttpError(400, 'timeline needs a and b');
  const months = new Map();
  for (const e of filterEvents(data, p)) {
    const m = e._when.slice(0, 7);
    const row = months.get(m) ?? { month: m, events: 0, cooperation: 0, conflict: 0, by_type: {}, _evs: [], _srcs: new Set() };
    row.events++;
    row.by_type[e.type] = (row.by_type[e.type] ?? 0) + 1;
    row._evs.push(e);
    COOPERATION.has(e.type) ? row.cooperation++ : row.conflict++;
    row._srcs.add(e.source);
    months.set(m, row);
  }
  return {
    a,
    b,
    months: [...months.values()]
      .sort((x, y) => (x.month < y.month ? -1 : 1))
      .map(({ _srcs, _evs, ...r }) => ({ ...r, ...balance(_evs), sources: _srcs.size })),
  };
}

function search(data, p) {
  const q = (p.get('q') ?? '').trim();
  if (!q) throw new HttpError(400, 'q: empty query');
  const limit = intParam(p, 'limit', 20);
  const results = [];
  for (const d of data.docs.values()) {
    if (data.empty) break;
    const at = d.text.toLowerCase().indexOf(q.toLowerCase());
    if (at < 0) continue;
    const s = Math.max(0, at - 60);
    const e = Math.min(d.text.length, at + q.length + 60);
    const parts = [
      { text: (s > 0 ? '…' : '') + d.text.slice(s, at), role: null },
      { text: d.text.slice(at, at + q.length), role: 'match' },
      { text: d.text.slice(at + q.length, e) + (e < d.text.length ? '…' : ''), role: null },
    ];
    results.push({ doc_id: d.id, url: d.url, source: d.source, lang: d.lang, pub_date: d.pub_date, title: d.title, snippet: { parts } });
  }
  return { results: results.slice(0, limit) };
}

function meta(data) {
  const whens = data.events.map((e) => e._when).sort();
  return {
    documents: data.empty ? 0 : data.docs.size,
    events: data.events.length,
    date_min: whens[0] ?? null,
    date_max: whens[whens.length - 1] ?? null,
    languages: counts(data.events.map((e) => e.lang)),
    sources: counts(data.events.map((e) => e.source)),
    types: counts(data.events.map((e) => e.type)),
    modalities: counts(data.events.map((e) => e.modality)),
  };
}

// The parameters each endpoint takes, as `entente serve` checks them: any other is a 400.
const FILTERS = ['from', 'to', 'type', 'lang', 'source', 'modality'];
const ALLOWED = {
  meta: [],
  graph: [...FILTERS, 'actor', 'min_sources', 'limit'],
  events: [...FILTERS, 'actor', 'a', 'b', 'limit', 'offset'],
  'events/': [],
  'actors/': FILTERS,
  timeline: ['a', 'b', ...FILTERS],
  search: ['q', 'limit'],
  'documents/': [],
};
const MODALITIES = ['asserted', 'reported', 'hedged', 'intended', 'planned', 'negated'];

function check(p, allowed) {
  for (const name of new Set(p.keys())) {
    if (!allowed.includes(name)) {
      throw new HttpError(400, `parameter '${name}': not known here (this endpoint takes: ${allowed.join(', ') || 'none'})`);
    }
    if (p.getAll(name).length > 1) throw new HttpError(400, `parameter '${name}': given more than once`);
  }
  const m = p.get('modality');
  if (m && !MODALITIES.includes(m)) throw new HttpError(400, `parameter 'modality': expected ${MODALITIES.join(', ')}`);
}

function route(data, url) {
  const p = url.searchParams;
  const seg = url.pathname.split('/').slice(1).map(decodeURIComponent);
  if (seg[0] !== 'api') throw new HttpError(404, `no such path: ${url.pathname}`);
  const allowed = ALLOWED[seg.length === 3 ? `${seg[1]}/` : seg[1]];
  if (allowed) check(p, allowed);
  switch (seg[1]) {
    case 'meta':
      return meta(data);
    case 'graph':
      return graph(data, p);
    case 'timeline':
      return timeline(data, p);
    case 'search':
      return search(data, p);
    case 'actors':
      if (seg.length === 3) return actor(data, seg[2], p);
      break;
    case 'documents':
      if (seg.length === 3) {
        const d = data.docs.get(seg[2]);
        if (!d || data.empty) throw new HttpError(404, `no such document: ${seg[2]}`);
        const { text, title, id, url: u, source, lang, pub_date } = d;
        return { id, url: u, source, lang, pub_date, title, text, events: data.events.filter((e) => e.doc_id === id).map(publicEvent) };
      }
      break;
    case 'events':
      if (seg.length === 3) {
        const e = data.events.find((x) => x.id === seg[2]);
        if (!e) throw new HttpError(404, `no such event: ${seg[2]}`);
        const d = data.docs.get(e.doc_id);
        return { ...publicEvent(e), mentions: [{ doc_id: d.id, url: d.url, source: d.source, lang: d.lang, pub_date: d.pub_date, sentence: e.sentence }] };
      }
      if (seg.length === 2) {
        const limit = intParam(p, 'limit', 50, 1000) || 50;
        const offset = intParam(p, 'offset', 0);
        const all = filterEvents(data, p);
        const page = all.slice(offset, offset + limit).map(publicEvent);
        return { events: page, next_offset: offset + limit < all.length ? offset + limit : null };
      }
      break;
  }
  throw new HttpError(404, `no such path: ${url.pathname}`);
}

// Starts the mock on 127.0.0.1 (port 0 = any free one). `delayMs` slows every API answer.
export function startMock({ webDir, port = 0, empty = false, delayMs = 0 } = {}) {
  const data = loadData({ empty });
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'application/json', JSON.stringify({ error: { status: 405, message: 'GET only' } }));
    }
    const file = STATIC[url.pathname];
    if (file) {
      try {
        return send(200, TYPES[path.extname(file)], fs.readFileSync(path.join(webDir, file)));
      } catch {
        return send(404, 'text/plain', `not built: ${file}`);
      }
    }
    let status = 200;
    let body;
    try {
      body = route(data, url);
    } catch (err) {
      status = err.status ?? 500;
      body = { error: { status, message: err.message } };
    }
    setTimeout(() => send(status, 'application/json; charset=utf-8', JSON.stringify(body)), delayMs);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      resolve({
        url,
        requests,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const webDir = args.find((a) => !a.startsWith('--'));
  if (!webDir) {
    console.error('usage: node tests/web/mock_server.mjs WEB_DIR [--port N] [--empty]');
    process.exit(2);
  }
  const pi = args.indexOf('--port');
  const srv = await startMock({ webDir, port: pi >= 0 ? Number(args[pi + 1]) : 0, empty: args.includes('--empty') });
  console.log(`listening on ${srv.url}`);
}
