// ui.test.mjs — the page against tests/web/mock_server.mjs only (fast, no engine binary): an
// actor's profile and paging, an empty store, text from the API never run as HTML.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startMock } from './mock_server.mjs';
import { launch, openPage, waitGraph, nodePoint, web, out } from './helpers.mjs';

let chrome = null;
let mock = null;
let empty = null;

before(async () => {
  mock = await startMock({ webDir: web() });
  empty = await startMock({ webDir: web(), empty: true });
  chrome = await launch();
}, { timeout: 120_000 });

after(async () => {
  await chrome?.close();
  await mock?.close();
  await empty?.close();
}, { timeout: 30_000 });

test('clicking an actor shows its profile and pages through its events', { timeout: 60_000 }, async () => {
  const { page, errors } = await openPage(chrome.browser, `${mock.url}/`);
  try {
    await waitGraph(page);
    const p = await nodePoint(page, 'RUS');
    await page.mouse.click(p.x, p.y);
    const panel = page.locator('[data-testid="evidence"]');
    await panel.locator('[data-testid="evidence-title"]', { hasText: 'Russia' }).waitFor();
    await panel.locator('.pair-list .pair-row', { hasText: 'North Korea' }).waitFor();
    const cards = panel.locator('[data-testid="event-card"]');
    await cards.first().waitFor();
    const first = await cards.count();
    assert.equal(first, 20);
    await panel.locator('[data-testid="more"]').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="event-card"]').length > n, first);
    const total = await cards.count();
    assert.ok(total > first && total <= 24, String(total));
    assert.equal(await panel.locator('[data-testid="more"]').count(), 0);
    await page.mouse.move(5, 760);
    await page.screenshot({ path: path.join(out(), 'web-actor.png') });
    // A partner row opens that pair.
    await panel.locator('.pair-list .pair-row', { hasText: 'North Korea' }).click();
    await panel.locator('[data-testid="evidence-title"]', { hasText: 'North Korea' }).waitFor();
    assert.match(page.url(), /pair=PRK%7CRUS|pair=PRK\|RUS/);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('an empty store says so instead of drawing nothing', { timeout: 60_000 }, async () => {
  const { page, errors } = await openPage(chrome.browser, `${empty.url}/`);
  try {
    const msg = page.locator('[data-testid="graph-message"]');
    await msg.waitFor({ state: 'visible' });
    assert.match(await msg.textContent(), /No events in this store yet/);
    assert.match(await page.textContent('[data-testid="meta-counts"]'), /0\s+documents/);
    await page.screenshot({ path: path.join(out(), 'web-empty.png') });
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('filters that match nothing offer a reset', { timeout: 60_000 }, async () => {
  const { page, errors } = await openPage(chrome.browser, `${mock.url}/#type=ASSAULT&lang=ru`);
  try {
    const msg = page.locator('[data-testid="graph-message"]');
    await msg.waitFor({ state: 'visible' });
    assert.match(await msg.textContent(), /No links match/);
    await msg.locator('button', { hasText: 'Reset' }).click();
    await page.waitForFunction(() => window.__cy && window.__cy.edges().length > 5);
    assert.equal(new URL(page.url()).hash, '');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('text from the API is shown as text, never run as HTML', { timeout: 60_000 }, async () => {
  const { page, errors } = await openPage(chrome.browser, 'about:blank');
  try {
    const evil = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    await page.route('**/api/events?**', async (route) => {
      const res = await route.fetch();
      const body = await res.json();
      for (const ev of body.events) {
        ev.gloss = evil;
        ev.source = evil;
        ev.sentence.parts[0].text = evil + ev.sentence.parts[0].text;
      }
      await route.fulfill({ response: res, json: body });
    });
    await page.goto(`${mock.url}/#pair=IRN%7CRUS`);
    const card = page.locator('[data-testid="event-card"]').first();
    await card.waitFor();
    assert.ok((await card.locator('.gloss').textContent()).includes('<img src=x'));
    assert.equal(await page.locator('[data-testid="evidence"] img').count(), 0);
    assert.equal(await page.locator('[data-testid="evidence"] b', { hasText: 'bold' }).count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
