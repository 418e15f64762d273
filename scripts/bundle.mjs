#!/usr/bin/env node
// Bundle the compiled CLI (dist/cli/main.js) and the worker (dist/load/worker.js) into
// dist/bundle/gendan.cjs and worker.cjs, then make the V8 code cache of gendan.cjs
// (scripts/code-cache.mjs). bin/gendan.js runs the bundle through dist/cli/launch.js.
// Loading some 120 modules one by one, and compiling them, cost a one-order command more
// time than its work. Runs after `tsc` and build-validators in `npm run build`.
//
// The bundle is CommonJS because only a script (not an ES module) can be compiled with a
// code cache on Node 20. What commands import dynamically stays unevaluated until used.
// Paths a module resolves from import.meta.url (schemas/, package.json, ./worker.cjs) are
// two levels under the package root in dist/<dir>/ and in dist/bundle/ alike. Packages
// required through createRequire (chinese-days' data, worker_threads, v8) stay outside.
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const outdir = `${root}dist/bundle/`;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { gendan: 'dist/cli/main.js', worker: 'dist/load/worker.js' },
  absWorkingDir: root,
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  charset: 'ascii',
  define: { 'import.meta.url': '__gendanModuleUrl' },
  banner: { js: "var __gendanModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});

// The build id ties the code cache to this very bundle (dist/cli/launch.ts).
const bundle = `${outdir}gendan.cjs`;
const id = createHash('sha256').update(readFileSync(bundle)).digest('hex').slice(0, 32);
appendFileSync(bundle, `//# gendan-build ${id}\n`);
