// evidence.js — the right-hand panel: what a pair of actors did to each other (events with their
// sentences, month by month), an actor's profile and events, search results, one document.
import { h, s, replace } from './dom.js';
import { get, isAbort } from './api.js';
import { toEventParams } from './filters.js';
import { ratioBar } from './graph.js';
import {
  allianceColor, allianceWords, isCooperation, langName, dateLabel, monthLabel, monthsBetween,
  fmt, plural, signed, KIND_LABEL, CONFLICT_COLOR, COOPERATION_COLOR,
} from './format.js';

const PAGE = 20;
const ROLE_TITLE = { source: 'Source actor', target: 'Target actor', trigger: 'Trigger: the words that state the event' };

// The sentence, highlighted from `parts` (no offsets are computed here).
export function sentenceNode(sentence, lang, ev) {
  const parts = sentence?.parts?.length ? sentence.parts : [{ text: sentence?.text ?? '', role: null }];
  const who = { source: ev?.src, target: ev?.tgt };
  return h(
    'p',
    { class: 'sentence', lang: lang || null },
    parts.map((p) => {
      if (!p.role) return p.text;
      if (p.role === 'match') return h('mark', { class: 'hl-match' }, p.text);
      const side = who[p.role];
      const title = side?.name ? `${ROLE_TITLE[p.role]}: ${side.name}${side.country ? ` (${side.country})` : ''}` : ROLE_TITLE[p.role] ?? p.role;
      return h('span', { class: `hl-${p.role}`, 'data-role': p.role, title }, p.text);
    }),
  );
}

export function legend() {
  return h(
    'div',
    { class: 'hl-legend', 'aria-label': 'Highlight legend' },
    h('span', { class: 'lg lg-source' }, 'source'),
    h('span', { class: 'lg lg-target' }, 'target'),
    h('span', { class: 'lg lg-trigger' }, 'trigger'),
  );
}

function modalityBadge(m) {
  if (!m) return null;
  return h('span', { class: ['badge', 'modality', `m-${m.replace(/[^a-z_-]/gi, '')}`], title: `Modality: ${m}` }, m);
}

export function eventCard(ev, { onDoc }) {
  const coop = isCooperation(ev.type);
  const when = ev.date ? dateLabel(ev.date) : `undated · published ${dateLabel(ev.pub_date)}`;
  const link = ev.url
    ? h('a', { class: 'doc-link', href: ev.url, target: '_blank', rel: 'noopener noreferrer nofollow' }, 'source page ↗')
    : null;
  return h(
    'article',
    { class: ['card', coop ? 'coop' : 'conf'], 'data-testid': 'event-card', 'data-event-id': ev.id },
    h(
      'div',
      { class: 'card-gloss' },
      h('span', { class: 'type-pill', title: `PLOVER ${ev.type}${ev.cameo ? ` · CAMEO ${ev.cameo}` : ''}` }, ev.type),
      h('span', { class: 'gloss' }, ev.gloss || `${ev.src?.name ?? ''} → ${ev.tgt?.name ?? ''}`),
    ),
    sentenceNode(ev.sentence, ev.lang, ev),
    h(
      'div',
      { class: 'card-meta' },
      h('span', { class: 'badge lang', title: langName(ev.lang) }, (ev.lang || '?').toUpperCase()),
      modalityBadge(ev.modality),
      ev.attribution ? h('span', { class: 'attrib', title: 'Attributed to' }, `per ${ev.attribution}`) : null,
      h('span', { class: 'outlet' }, ev.source || 'unknown outlet'),
      h('span', { class: 'when' }, when),
      ev.place?.name ? h('span', { class: 'place' }, `in ${ev.place.name}`) : null,
      h('span', { class: 'spacer' }),
      link,
      h('button', { type: 'button', class: 'link-btn', onClick: () => onDoc(ev.doc_id) }, 'document'),
    ),
  );
}

// Months as diverging bars: cooperation up (blue), conflict down (red).
export function timelineSvg(data) {
  const rows = data?.months ?? [];
  if (rows.length === 0) return h('p', { class: 'muted' }, 'No dated events for this pair.');
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const months = monthsBetween(rows[0].month, rows[rows.length - 1].month);
  const W = 380;
  const anyCoop = rows.some((r) => r.cooperation > 0);
  const anyConf = rows.some((r) => r.conflict > 0);
  // Cooperation grows up from the axis, conflict down; a side no month has gets no room.
  const up = anyCoop ? 44 : 6;
  const down = anyConf ? 44 : 6;
  const mid = 4 + up;
  const H = mid + down + 16;
  const max = Math.max(1, ...rows.map((r) => Math.max(r.cooperation, r.conflict)));
  const step = W / months.length;
  const bw = Math.max(2, Math.min(28, step * 0.7));
  const scale = (n) => (n / max) * (Math.max(up, down) - 4);
  const bars = months.map((m, i) => {
    const r = byMonth.get(m);
    const x = i * step + (step - bw) / 2;
    const tip = r ? `${monthLabel(m)}: ${plural(r.events, 'event')}, ${r.cooperation} cooperation, ${r.conflict} conflict` : `${monthLabel(m)}: none`;
    return s(
      'g',
      { class: 'tl-month' },
      s('title', null, tip),
      s('rect', { x: i * step, y: 0, width: step, height: H - 16, fill: 'transparent' }),
      r && r.cooperation ? s('rect', { x, y: mid - scale(r.cooperation), width: bw, height: scale(r.cooperation), rx: 1.5, fill: COOPERATION_COLOR }) : null,
      r && r.conflict ? s('rect', { x, y: mid, width: bw, height: scale(r.conflict), rx: 1.5, fill: CONFLICT_COLOR }) : null,
    );
  });
  const tick = (i, anchor) => s('text', { x: anchor === 'end' ? W : anchor === 'middle' ? i * step + step / 2 : 0, y: H - 4, 'text-anchor': anchor, class: 'tl-tick' }, monthLabel(months[i]));
  return h(
    'figure',
    { class: 'timeline', 'data-testid': 'timeline' },
    s(
      'svg',
      { viewBox: `0 0 ${W} ${H}`, width: '100%', height: H, role: 'img', 'aria-label': `Events by month, ${monthLabel(months[0])} to ${monthLabel(months[months.length - 1])}` },
      s('line', { x1: 0, x2: W, y1: mid, y2: mid, class: 'tl-axis' }),
      bars,
      months.length === 1 ? tick(0, 'middle') : [tick(0, 'start'), tick(months.length - 1, 'end')],
      // Januaries in between, on long ranges, where they do not crowd the end labels.
      months.length > 8
        ? months.map((m, i) => (m.endsWith('-01') && i * step > 60 && W - i * step > 60 ? s('text', { x: i * step + step / 2, y: H - 4, 'text-anchor': 'middle', class: 'tl-tick' }, m.slice(0, 4)) : null))
        : null,
    ),
    h('figcaption', { class: 'tl-cap' }, h('span', { class: 'key coop' }, 'cooperation'), h('span', { class: 'key conf' }, 'conflict'), ` · max ${max} a month`),
  );
}

function errorBox(err, retry) {
  return h(
    'div',
    { class: 'panel-error', 'data-testid': 'panel-error', role: 'alert' },
    h('strong', null, err.status ? `Error ${err.status}: ` : 'Error: '),
    err.message,
    retry ? h('button', { type: 'button', class: 'link-btn', onClick: retry }, 'Try again') : null,
  );
}

const loading = (what = 'Loading…') => h('p', { class: 'muted loading', 'data-testid': 'loading' }, what);

function stat(label, value, extra) {
  return h('div', { class: 'stat' }, h('div', { class: 'stat-v' }, value, extra), h('div', { class: 'stat-l' }, label));
}

export function createEvidence(root, { filters, label, graphData, onPick, onClose }) {
  let token = 0;
  let view = { kind: 'idle' };

  const head = (kicker, title, sub) =>
    h(
      'header',
      { class: 'ev-head' },
      h('div', { class: 'ev-kicker' }, kicker),
      h('h2', { class: 'ev-title', 'data-testid': 'evidence-title' }, title),
      sub ? h('div', { class: 'ev-sub' }, sub) : null,
      h('button', { type: 'button', class: 'close', 'aria-label': 'Close', title: 'Close', onClick: () => onClose() }, '×'),
    );

  // An events list with "more"; `params` are the /api/events parameters beside the filters.
  function eventList(params, t) {
    const list = h('div', { class: 'cards', 'data-testid': 'event-list' });
    const count = h('span', { class: 'muted' });
    const foot = h('div', { class: 'cards-foot' });
    const box = h('section', { class: 'ev-sec' }, h('div', { class: 'ev-sec-head' }, h('h3', null, 'Events'), count, legend()), list, foot);
    let shown = 0;
    const load = async (offset) => {
      replace(foot, loading(offset ? 'Loading more…' : 'Loading events…'));
      try {
        const res = await get('events', { ...toEventParams(filters()), ...params, limit: PAGE, offset: offset || '' });
        if (t !== token) return;
        for (const ev of res.events ?? []) list.appendChild(eventCard(ev, { onDoc: (id) => onPick({ kind: 'doc', id }) }));
        shown += (res.events ?? []).length;
        count.textContent = res.next_offset != null ? `first ${fmt(shown)}` : plural(shown, 'event');
        if (shown === 0) replace(foot, h('p', { class: 'empty', 'data-testid': 'events-empty' }, 'No events match the current filters.'));
        else if (res.next_offset != null)
          replace(foot, h('button', { type: 'button', class: 'btn more', 'data-testid': 'more', onClick: () => load(res.next_offset) }, `More events`));
        else replace(foot);
      } catch (err) {
        if (isAbort(err) || t !== token) return;
        replace(foot, errorBox(err, () => load(offset)));
      }
    };
    load(0);
    return box;
  }

  function idle() {
    const g = graphData();
    const top = [...(g?.edges ?? [])].sort((a, b) => b.events - a.events).slice(0, 8);
    replace(
      root,
      h(
        'div',
        { class: 'ev-idle' },
        h('h2', { class: 'ev-title' }, 'Evidence'),
        h('p', null, 'Click a ', h('strong', null, 'link'), ' to read the sentences behind it, or an ', h('strong', null, 'actor'), ' for its profile and events. Every event points at the sentence it was read from.'),
        h('div', { class: 'ev-sec' }, h('h3', null, 'In each sentence'), legend()),
        top.length
          ? h(
              'div',
              { class: 'ev-sec' },
              h('h3', null, 'Strongest links in view'),
              h(
                'ul',
                { class: 'pair-list' },
                top.map((e) =>
                  h(
                    'li',
                    null,
                    h(
                      'button',
                      { type: 'button', class: 'pair-row', onClick: () => onPick({ kind: 'pair', id: e.id }) },
                      h('span', { class: 'swatch', style: { background: allianceColor(e.alliance_index) } }),
                      h('span', { class: 'pair-name' }, `${label(e.source)} — ${label(e.target)}`),
                      ratioBar(e.cooperation, e.conflict, 'small'),
                      h('span', { class: 'pair-n' }, fmt(e.events)),
                    ),
                  ),
                ),
              ),
            )
          : null,
      ),
    );
  }

  function pair(id) {
    const t = ++token;
    const [a, b] = id.split('|');
    const e = (graphData()?.edges ?? []).find((x) => x.id === id);
    const title = `${label(a)} ↔ ${label(b)}`;
    const body = [];
    if (e) {
      body.push(
        h(
          'div',
          { class: 'stats' },
          stat('events', fmt(e.events)),
          stat('mentions', fmt(e.mentions ?? e.events)),
          stat('cooperation', fmt(e.cooperation)),
          stat('conflict', fmt(e.conflict)),
          stat('outlets', fmt(e.sources)),
          stat('independent', fmt(e.independent ?? e.sources)),
        ),
        ratioBar(e.cooperation, e.conflict),
        h(
          'p',
          { class: 'ev-sub alliance' },
          h('span', { class: 'swatch', style: { background: allianceColor(e.alliance_index) } }),
          h('strong', null, `Alliance index ${signed(e.alliance_index)}`),
          h('span', null, ` · ${allianceWords(e.alliance_index)}${Number.isFinite(e.goldstein) ? ` · mean Goldstein ${signed(e.goldstein, 1)}` : ''}`),
        ),
        h(
          'ul',
          { class: 'type-list' },
          Object.entries(e.by_type ?? {})
            .sort((x, y) => y[1] - x[1])
            .map(([k, n]) => h('li', { class: isCooperation(k) ? 'coop' : 'conf' }, h('span', { class: 'dot', 'aria-hidden': 'true' }), k, h('b', null, fmt(n)))),
        ),
      );
    } else {
      body.push(h('p', { class: 'muted' }, 'This pair has no events under the current filters.'));
    }
    const tl = h('section', { class: 'ev-sec' }, h('h3', null, 'By month'), loading());
    const profile = (x) => h('button', { type: 'button', class: 'link-btn', onClick: () => onPick({ kind: 'actor', id: x }) }, label(x));
    replace(root, head('Link', title, h('span', null, 'Profiles: ', profile(a), ' · ', profile(b))), ...body, tl, eventList({ a, b }, t));
    get('timeline', { ...toEventParams(filters()), a, b })
      .then((res) => t === token && replace(tl, h('h3', null, 'By month'), timelineSvg(res)))
      .catch((err) => !isAbort(err) && t === token && replace(tl, h('h3', null, 'By month'), errorBox(err)));
  }

  function actor(id) {
    const t = ++token;
    const prof = h('div', { class: 'profile' }, loading('Loading profile…'));
    replace(root, head('Actor', label(id), id), prof, eventList({ actor: id }, t));
    get(`actors/${encodeURIComponent(id)}`, toEventParams(filters()))
      .then((p) => {
        if (t !== token) return;
        root.querySelector('.ev-title').textContent = p.name || label(id);
        root.querySelector('.ev-sub').textContent = [KIND_LABEL[p.kind] ?? p.kind, p.country && p.country !== id ? p.country : '', id].filter(Boolean).join(' · ');
        const names = (p.names ?? []).slice(0, 14);
        const knownAs = (p.known_as ?? []).filter((k) => k.name && k.name !== p.name).slice(0, 8);
        const roles = p.roles ?? [];
        const partners = (p.partners ?? []).slice(0, 10);
        replace(
          prof,
          names.length
            ? h('section', { class: 'ev-sec' }, h('h3', null, 'Written as'), h('ul', { class: 'name-list' }, names.map((n) => h('li', null, n.text, h('b', null, fmt(n.count))))))
            : null,
          knownAs.length
            ? h('section', { class: 'ev-sec' }, h('h3', null, 'Known as'), h('ul', { class: 'name-list' }, knownAs.map((k) => h('li', { lang: k.lang || null }, k.name, k.lang ? h('b', null, k.lang) : null))))
            : null,
          roles.length
            ? h(
                'section',
                { class: 'ev-sec' },
                h('h3', null, 'Roles'),
                h('ul', { class: 'role-list' }, roles.map((r) => h('li', null, `${r.role}${r.country ? `, ${label(r.country)}` : ''}`, h('span', { class: 'muted' }, ` ${dateLabel(r.start) || '…'} – ${dateLabel(r.end) || 'now'}`)))),
              )
            : null,
          partners.length
            ? h(
                'section',
                { class: 'ev-sec' },
                h('h3', null, 'Partners'),
                h(
                  'ul',
                  { class: 'pair-list' },
                  partners.map((q) => {
                    const c = p.country || id;
                    const pid = c < q.id ? `${c}|${q.id}` : `${q.id}|${c}`;
                    const ai = Number.isFinite(q.alliance_index) ? q.alliance_index : (q.cooperation - q.conflict) / Math.max(1, q.cooperation + q.conflict);
                    return h(
                      'li',
                      null,
                      h(
                        'button',
                        { type: 'button', class: 'pair-row', onClick: () => onPick({ kind: 'pair', id: pid }) },
                        h('span', { class: 'swatch', style: { background: allianceColor(ai) } }),
                        h('span', { class: 'pair-name' }, q.label || q.id),
                        ratioBar(q.cooperation, q.conflict, 'small'),
                        h('span', { class: 'pair-n' }, fmt(q.events)),
                      ),
                    );
                  }),
                ),
              )
            : null,
        );
      })
      .catch((err) => !isAbort(err) && t === token && replace(prof, errorBox(err)));
  }

  function search(q) {
    const t = ++token;
    const list = h('div', { class: 'results' }, loading('Searching…'));
    replace(root, head('Search', `“${q}”`), list);
    get('search', { q, limit: 20 })
      .then((res) => {
        if (t !== token) return;
        const results = res.results ?? [];
        if (results.length === 0) {
          replace(list, h('p', { class: 'empty', 'data-testid': 'search-empty' }, `No document mentions “${q}”.`, h('br'), h('span', { class: 'muted' }, 'Try another spelling or the word in another language (Ukrainian, Russian, English).')));
          return;
        }
        replace(
          list,
          h('p', { class: 'muted' }, plural(results.length, 'document')),
          results.map((r) =>
            h(
              'article',
              { class: 'result', 'data-testid': 'search-result' },
              h('button', { type: 'button', class: 'result-title', onClick: () => onPick({ kind: 'doc', id: r.doc_id }) }, r.title || r.doc_id),
              h('div', { class: 'card-meta' }, h('span', { class: 'badge lang' }, (r.lang || '?').toUpperCase()), h('span', { class: 'outlet' }, r.source), h('span', { class: 'when' }, dateLabel(r.pub_date))),
              sentenceNode(r.snippet, r.lang),
            ),
          ),
        );
      })
      .catch((err) => !isAbort(err) && t === token && replace(list, errorBox(err, () => search(q))));
  }

  function doc(id) {
    const t = ++token;
    const box = h('div', { class: 'doc' }, loading('Loading document…'));
    replace(root, head('Document', id), box);
    get(`documents/${encodeURIComponent(id)}`)
      .then((d) => {
        if (t !== token) return;
        root.querySelector('.ev-title').textContent = d.title || d.id;
        const events = d.events ?? [];
        replace(
          box,
          h(
            'div',
            { class: 'card-meta' },
            h('span', { class: 'badge lang' }, (d.lang || '?').toUpperCase()),
            h('span', { class: 'outlet' }, d.source),
            h('span', { class: 'when' }, dateLabel(d.pub_date)),
            h('span', { class: 'spacer' }),
            d.url ? h('a', { class: 'doc-link', href: d.url, target: '_blank', rel: 'noopener noreferrer nofollow' }, 'source page ↗') : null,
          ),
          h('section', { class: 'ev-sec' }, h('div', { class: 'ev-sec-head' }, h('h3', null, 'Events'), h('span', { class: 'muted' }, plural(events.length, 'event')), legend()),
            events.length ? h('div', { class: 'cards' }, events.map((ev) => eventCard(ev, { onDoc: (x) => onPick({ kind: 'doc', id: x }) }))) : h('p', { class: 'empty' }, 'No events were read from this document.')),
          h('details', { class: 'ev-sec doc-text' }, h('summary', null, 'Full text'), h('div', { class: 'doc-body', lang: d.lang || null }, d.text)),
        );
      })
      .catch((err) => !isAbort(err) && t === token && replace(box, errorBox(err)));
  }

  function show(v) {
    view = v;
    root.scrollTop = 0;
    if (v.kind === 'pair') pair(v.id);
    else if (v.kind === 'actor') actor(v.id);
    else if (v.kind === 'search') search(v.q);
    else if (v.kind === 'doc') doc(v.id);
    else {
      token++;
      idle();
    }
  }

  return {
    show,
    view: () => view,
    // After a filter change: views that depend on the filters are drawn again.
    refresh: () => {
      if (view.kind === 'pair' || view.kind === 'actor' || view.kind === 'idle') show(view);
    },
  };
}
