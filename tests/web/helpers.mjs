// helpers.mjs — shared by the browser tests: the web build, the server (real or mock), Chromium.
//
// Environment:
//   ENTENTE_BIN         the `entente` binary; without it the tests run against mock_server.mjs
//   ENTENTE_WEB_DIR     the built web folder; without it the page is built into a temp folder
//                       (needs `npm ci` in web/)
//   ENTENTE_SOURCE_DIR  the repo root (default: two folders up from here)
//   ENTENTE_OUT         where the db and screenshots go (default: a temp folder)
//   ENTENTE_CHROMIUM    the browser (default /usr/bin/chromium)
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startMock } from './mock_server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SOURCE_DIR = path.resolve(process.env.ENTENTE_SOURCE_DIR || path.join(here, '..', '..'));
export const CHROMIUM = process.env.ENTENTE_CHROMIUM || '/usr/bin/chromium';

let outDir = null;
export function out() {
  if (!outDir) {
    outDir = process.env.ENTENTE_OUT || fs.mkdtempSync(path.join(os.tmpdir(), 'entente-web-out-'));
    fs.mkdirSync(outDir, { recursive: true });
  }
  return outDir;
}

let webDir = null;
export function web() {
  if (webDir) return webDir;
  if (process.env.ENTENTE_WEB_DIR) {
    webDir = path.resolve(process.env.ENTENTE_WEB_DIR);
  } else {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-web-'));
    execFileSync(process.execPath, [path.join(SOURCE_DIR, 'web', 'build.mjs'), webDir], { stdio: 'inherit', timeout: 60_000 });
  }
  for (const f of ['index.html', 'app.js', 'app.css']) {
    if (!fs.existsSync(path.join(webDir, f))) throw new Error(`${webDir}/${f} missing: run node web/build.mjs ${webDir}`);
  }
  return webDir;
}

// playwright-core is a devDependency of web/, so it is resolved from there.
export function playwright() {
  const require = createRequire(path.join(SOURCE_DIR, 'web', 'package.json'));
  return require('playwright-core');
}

export async function launch() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: apt-get install -y chromium (or set ENTENTE_CHROMIUM)`);
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-chromium-'));
  // A fresh profile each run: playwright takes the --user-data-dir as launchPersistentContext's
  // first argument (it refuses it among `args`).
  const context = await playwright().chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: true,
    timeout: 30_000,
    viewport: { width: 1366, height: 768 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    browser: context,
    close: async () => {
      await context.close().catch(() => {});
      fs.rmSync(userDir, { recursive: true, force: true });
    },
  };
}

function run(bin, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    const p = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    p.stdout.on('data', (d) => (log += d));
    p.stderr.on('data', (d) => (log += d));
    const t = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
    p.on('error', reject);
    p.on('close', (code) => {
      clearTimeout(t);
      if (code === 0) resolve(log);
      else reject(new Error(`${bin} ${args.join(' ')} exited ${code}:\n${log}`));
    });
  });
}

// Starts `entente serve` on a store built from the bundled seeds; resolves to {url, close}.
export async function startReal() {
  const bin = process.env.ENTENTE_BIN;
  const db = path.join(out(), 'seeds.db');
  fs.rmSync(db, { force: true });
  await run(bin, ['ingest', '--db', db, '--meta', path.join(SOURCE_DIR, 'examples', 'meta.jsonl'), path.join(SOURCE_DIR, 'examples', 'pages')], 60_000);
  const p = spawn(bin, ['serve', '--db', db, '--port', '0', '--web', web()], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  p.stderr.on('data', (d) => (log += d));
  const url = await new Promise((resolve, reject) => {
    let buf = '';
    const t = setTimeout(() => {
      p.kill('SIGKILL');
      reject(new Error(`entente serve printed no "listening on" line in 20 s:\n${buf}${log}`));
    }, 20_000);
    p.stdout.on('data', (d) => {
      buf += d;
      const m = buf.match(/listening on (http:\/\/\S+)/);
      if (m) {
        clearTimeout(t);
        resolve(m[1].replace(/\/$/, ''));
      }
    });
    p.on('exit', (code) => {
      clearTimeout(t);
      reject(new Error(`entente serve exited ${code} before listening:\n${buf}${log}`));
    });
  });
  p.stdout.resume();
  return {
    url,
    real: true,
    close: () =>
      new Promise((resolve) => {
        if (p.exitCode !== null) return resolve();
        const t = setTimeout(() => p.kill('SIGKILL'), 5000);
        p.once('exit', () => {
          clearTimeout(t);
          resolve();
        });
        p.kill('SIGTERM');
      }),
  };
}

// The real server when ENTENTE_BIN is set, else the mock.
export async function startServer() {
  if (process.env.ENTENTE_BIN) return startReal();
  const m = await startMock({ webDir: web() });
  return { ...m, real: false };
}

// Opens the page in a new tab of the browser context (1366×768, a laptop screen).
export async function openPage(browser, url, { width = 1366, height = 768 } = {}) {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height });
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
  return { page, errors };
}

export const waitGraph = (page, after = 0) =>
  page.waitForFunction(
    (v) => {
      const g = document.querySelector('[data-testid="graph"]');
      return g && g.dataset.state === 'ready' && Number(g.dataset.version) > v && window.__cy;
    },
    after,
    { timeout: 15_000 },
  );

export const graphVersion = (page) => page.evaluate(() => Number(document.querySelector('[data-testid="graph"]').dataset.version || 0));

// The page coordinates of an edge's rendered midpoint.
export async function edgePoint(page, id) {
  const p = await page.evaluate((eid) => {
    const e = window.__cy.getElementById(eid);
    if (e.empty()) return null;
    const m = e.renderedMidpoint();
    const r = window.__cy.container().getBoundingClientRect();
    return { x: r.left + m.x, y: r.top + m.y };
  }, id);
  if (!p) throw new Error(`no edge ${id} in the graph`);
  return p;
}

export async function nodePoint(page, id) {
  const p = await page.evaluate((nid) => {
    const n = window.__cy.getElementById(nid);
    if (n.empty()) return null;
    const m = n.renderedPosition();
    const r = window.__cy.container().getBoundingClientRect();
    return { x: r.left + m.x, y: r.top + m.y };
  }, id);
  if (!p) throw new Error(`no node ${id} in the graph`);
  return p;
}
