#!/usr/bin/env node
// Bundle the compiled CLI (dist/cli/main.js) and the worker (dist/load/worker.js) into
// dist/bundle/, what bin/gendan.js runs. Loading some 120 modules one by one cost a
// one-order command more time than its work; one file (plus chunks for what only some
// commands use, split at dynamic imports) loads in a fraction of it. Runs after `tsc`
// and build-validators in `npm run build`.
//
// Paths a module resolves from import.meta.url (schemas/, package.json, dist/validators/,
// ./worker.js) are two levels under the package root in dist/<dir>/ and in dist/bundle/
// alike, so both layouts find them. Packages required at run time through createRequire
// (chinese-days' data, worker_threads, v8) stay outside the bundle.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = new URL('../dist/bundle/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: 'dist/cli/main.js', worker: 'dist/load/worker.js' },
  absWorkingDir: new URL('..', import.meta.url).pathname,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Packages written as CommonJS call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __gendanRequire } from 'node:module'; const require = __gendanRequire(import.meta.url);" },
  logLevel: 'warning',
});
