// graph.test.mjs — the page in headless Chromium against `entente serve` on the bundled seeds
// (ENTENTE_BIN set), or against tests/web/mock_server.mjs (ENTENTE_BIN unset).
//
//   ENTENTE_BIN=build/tools/entente ENTENTE_WEB_DIR=/tmp/web ENTENTE_OUT=/tmp/out node --test tests/web/
//
// Saves $ENTENTE_OUT/web-graph.png and $ENTENTE_OUT/web-evidence.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, launch, openPage, waitGraph, graphVersion, edgePoint, out } from './helpers.mjs';

const RAISI = 'президент Ірану Ібрагім Раїсі провів телефонну розмову';
let server = null;
let chrome = null;

before(async () => {
  server = await startServer();
  chrome = await launch();
  console.log(`page served by ${server.real ? 'entente serve' : 'the mock server'} at ${server.url}; output in ${out()}`);
}, { timeout: 120_000 });

after(async () => {
  await chrome?.close();
  await server?.close();
}, { timeout: 30_000 });

async function page() {
  const p = await openPage(chrome.browser, `${server.url}/`);
  await waitGraph(p.page);
  return p;
}

const edgeIds = (pg) => pg.evaluate(() => window.__cy.edges().map((e) => e.id()));

test('the network links Russia to China, Iran, North Korea and Vietnam', { timeout: 60_000 }, async () => {
  const { page: pg, errors } = await page();
  try {
    const edges = await edgeIds(pg);
    for (const id of ['CHN|RUS', 'IRN|RUS', 'PRK|RUS', 'RUS|VNM']) assert.ok(edges.includes(id), `edge ${id} missing from ${edges.join(', ')}`);
    const rus = await pg.evaluate(() => window.__cy.getElementById('RUS').data());
    assert.equal(rus.label, 'Russia');
    // Cooperation edges are drawn blue, conflict edges red.
    const colours = await pg.evaluate(() => ['IRN|RUS', 'CHN|USA'].map((id) => window.__cy.getElementById(id).style('line-color')));
    const [r0, , b0] = colours[0].match(/\d+/g).map(Number);
    assert.ok(b0 > r0, `IRN|RUS should be blue-ish, is ${colours[0]}`);
    if (edges.includes('CHN|USA')) {
      const [r1, , b1] = colours[1].match(/\d+/g).map(Number);
      assert.ok(r1 > b1, `CHN|USA should be red-ish, is ${colours[1]}`);
    }
    const counts = await pg.textContent('[data-testid="meta-counts"]');
    assert.match(counts, /2\s+documents/);
    await pg.mouse.move(5, 760);
    await pg.screenshot({ path: path.join(out(), 'web-graph.png') });
    assert.deepEqual(errors, []);
  } finally {
    await pg.close();
  }
});

test('clicking the Russia–Iran link shows the Raisi–Putin call, highlighted', { timeout: 60_000 }, async () => {
  const { page: pg, errors } = await page();
  try {
    const p = await edgePoint(pg, 'IRN|RUS');
    await pg.mouse.click(p.x, p.y);
    const panel = pg.locator('[data-testid="evidence"]');
    await panel.locator('[data-testid="evidence-title"]', { hasText: 'Iran' }).waitFor();
    const card = panel.locator('[data-testid="event-card"]', { hasText: RAISI });
    await card.first().waitFor();
    assert.equal(await card.count(), 1);
    const text = await card.locator('.sentence').textContent();
    assert.ok(text.includes(RAISI), text);
    assert.equal((await card.locator('.hl-source').textContent()).trim(), 'президент Ірану Ібрагім Раїсі');
    assert.equal((await card.locator('.hl-trigger').textContent()).trim(), 'провів телефонну розмову');
    assert.match(await card.locator('.hl-target').textContent(), /Путін/);
    // Labelled with language, outlet and date; the gloss is English.
    const meta = await card.locator('.card-meta').textContent();
    assert.match(meta, /UK/);
    assert.match(meta, /19 Mar 2024/);
    assert.match(await card.locator('.gloss').textContent(), /Iran.*Russia/);
    // The three highlights look different.
    const looks = await card.evaluate((c) =>
      ['.hl-source', '.hl-target', '.hl-trigger'].map((s) => {
        const st = getComputedStyle(c.querySelector(s));
        return `${st.backgroundColor}|${st.borderBottomStyle}|${st.fontWeight}`;
      }),
    );
    assert.equal(new Set(looks).size, 3, looks.join(' / '));
    await panel.locator('[data-testid="timeline"]').waitFor();
    await pg.mouse.move(5, 760);
    await pg.screenshot({ path: path.join(out(), 'web-evidence.png') });
    assert.deepEqual(errors, []);
  } finally {
    await pg.close();
  }
});

test('a filter change queries the graph again and redraws it', { timeout: 60_000 }, async () => {
  const { page: pg, errors } = await page();
  try {
    const asked = [];
    pg.on('request', (r) => r.url().includes('/api/graph') && asked.push(r.url()));
    // Event type: ACCUSE only.
    let v = await graphVersion(pg);
    await pg.click('[data-testid="type-chip"][data-value="ACCUSE"]');
    await waitGraph(pg, v);
    assert.ok(asked.some((u) => new URL(u).searchParams.get('type') === 'ACCUSE'), asked.join('\n'));
    let edges = await edgeIds(pg);
    assert.ok(!edges.includes('IRN|RUS'), `IRN|RUS (no accusations) still drawn: ${edges}`);
    assert.ok(edges.includes('CHN|USA'), `CHN|USA missing: ${edges}`);
    const types = await pg.evaluate(() => [...new Set(window.__cy.edges().flatMap((e) => Object.keys(e.data('by_type'))))]);
    assert.deepEqual(types, ['ACCUSE']);
    // Back to all types, then the time slider's first month to the last one (June 2024).
    v = await graphVersion(pg);
    await pg.click('[data-testid="reset-filters"]');
    await waitGraph(pg, v);
    assert.ok((await edgeIds(pg)).includes('IRN|RUS'));
    v = await graphVersion(pg);
    await pg.focus('[data-testid="time-from"]');
    await pg.keyboard.press('End');
    await waitGraph(pg, v);
    assert.match(await pg.textContent('[data-testid="time-label"]'), /Jun 2024 – Jun 2024/);
    assert.ok(asked.some((u) => new URL(u).searchParams.get('from') === '2024-06'), asked.join('\n'));
    edges = await edgeIds(pg);
    assert.ok(edges.includes('RUS|VNM'), `RUS|VNM (June 2024) missing: ${edges}`);
    assert.ok(!edges.includes('CHN|USA'), `CHN|USA (March 2024) still drawn: ${edges}`);
    assert.match(pg.url(), /from=2024-06/);
    // Minimum independent sources: only links that two or more outlets report.
    v = await graphVersion(pg);
    await pg.click('[data-testid="reset-filters"]');
    await waitGraph(pg, v);
    v = await graphVersion(pg);
    await pg.fill('[data-testid="min-sources"]', '2');
    await pg.press('[data-testid="min-sources"]', 'Enter');
    await waitGraph(pg, v);
    assert.ok(asked.some((u) => new URL(u).searchParams.get('min_sources') === '2'), asked.join('\n'));
    edges = await edgeIds(pg);
    assert.ok(edges.includes('IRN|RUS'), `IRN|RUS (two outlets) missing: ${edges}`);
    assert.ok(!edges.includes('CHN|RUS'), `CHN|RUS (one outlet) still drawn: ${edges}`);
    // The evidence of a link still loads under that filter.
    const p = await edgePoint(pg, 'IRN|RUS');
    await pg.mouse.click(p.x, p.y);
    await pg.locator('[data-testid="evidence"] [data-testid="event-card"]').first().waitFor();
    assert.equal(await pg.locator('[data-testid="panel-error"]').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await pg.close();
  }
});

test('a search lists the documents that match', { timeout: 60_000 }, async () => {
  const { page: pg, errors } = await page();
  try {
    await pg.fill('[data-testid="search"]', 'Раїсі');
    await pg.press('[data-testid="search"]', 'Enter');
    const hit = pg.locator('[data-testid="search-result"]').first();
    await hit.waitFor();
    assert.match(await hit.locator('.hl-match').first().textContent(), /Раїсі/i);
    // Opening the result shows the document with its events.
    await hit.locator('.result-title').click();
    await pg.locator('[data-testid="evidence"] [data-testid="event-card"]').first().waitFor();
    // A search that finds nothing says so.
    await pg.fill('[data-testid="search"]', 'qqqzzzxxy');
    await pg.press('[data-testid="search"]', 'Enter');
    await pg.locator('[data-testid="search-empty"]').waitFor();
    assert.match(await pg.textContent('[data-testid="search-empty"]'), /qqqzzzxxy/);
    assert.deepEqual(errors, []);
  } finally {
    await pg.close();
  }
});

test('an API error reaches the user with its message', { timeout: 60_000 }, async () => {
  const pg = await chrome.browser.newPage();
  try {
    await pg.setViewportSize({ width: 1366, height: 768 });
    const message = 'to: expected YYYY, YYYY-MM or YYYY-MM-DD (injected by the test)';
    await pg.route('**/api/graph**', (route) =>
      route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ error: { status: 400, message } }) }),
    );
    await pg.goto(`${server.url}/`, { timeout: 20_000 });
    const banner = pg.locator('[data-testid="error-banner"]');
    await banner.waitFor({ state: 'visible', timeout: 15_000 });
    assert.match(await banner.textContent(), /injected by the test/);
    assert.match(await pg.textContent('[data-testid="graph-message"]'), /injected by the test/);
    // The server's own errors too: an unknown actor.
    await pg.unroute('**/api/graph**');
    await pg.goto(`${server.url}/#actor=NO_SUCH_ACTOR_XYZ`, { timeout: 20_000 });
    await pg.reload({ timeout: 20_000 });
    await pg.locator('[data-testid="panel-error"]').first().waitFor({ timeout: 15_000 });
  } finally {
    await pg.close();
  }
});
