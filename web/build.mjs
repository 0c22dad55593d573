// build.mjs — bundles the page into OUTDIR: index.html, app.js (one minified IIFE), app.css.
//
//   node web/build.mjs OUTDIR [--dev]      (--dev: no minification, inline source map)
//
// Run `npm ci` in web/ first. Those three files are all `entente serve --web OUTDIR` serves.
import { build } from 'esbuild';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outdir = args.find((a) => !a.startsWith('--'));
if (!outdir) {
  console.error('usage: node web/build.mjs OUTDIR [--dev]');
  process.exit(2);
}
const dev = args.includes('--dev');
const src = path.join(here, 'src');
await fs.mkdir(outdir, { recursive: true });

const common = {
  bundle: true,
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  legalComments: 'eof',
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: [path.join(src, 'main.js')],
  outfile: path.join(outdir, 'app.js'),
  format: 'iife',
  platform: 'browser',
  define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
});
await build({
  ...common,
  entryPoints: [path.join(src, 'app.css')],
  outfile: path.join(outdir, 'app.css'),
});
await fs.copyFile(path.join(src, 'index.html'), path.join(outdir, 'index.html'));

const sizes = await Promise.all(
  ['index.html', 'app.js', 'app.css'].map(async (f) => `${f} ${((await fs.stat(path.join(outdir, f))).size / 1024).toFixed(1)} KiB`),
);
console.log(`built ${outdir}: ${sizes.join(', ')}`);
