#!/usr/bin/env node
// Bundle the compiled CLI (dist/cli/main.js) and the worker (dist/app/worker.js) into
// dist/bundle/gendan.cjs and worker.cjs; scripts/code-cache.mjs then makes the V8 code
// cache of gendan.cjs. bin/gendan.js runs the bundle through launch.cjs, the CommonJS
// build of dist/cli/launch.js: a CommonJS start skips Node's ES module loader (~10 ms,
// with the fs/promises, readline and stream modules it loads).
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
import { sep } from 'node:path';
import { build } from 'esbuild';
import { BUILD_MARK } from '../dist/cli/launch.js';

// Some built-in modules cost a one-order command milliseconds to load and most runs never
// use them: commander requires node:child_process when loaded (~4.5 ms, with the net and
// stream modules it pulls in) but uses it only to run stand-alone executable subcommands,
// which gendan has none of; node:fs/promises (~5 ms: it loads readline and the streams)
// serves only the edits' atomic writes; node:crypto (~6 ms) only hashes for the check
// cache and names temporary files; node:tty (~4 ms, with net and the streams) is asked
// only whether stdout is a terminal, which a pipe or a file answers without it. In the
// bundle each gets a stand-in that loads the module on first use (the bundle reads their
// members only when calling them).
const DIST = `${sep}dist${sep}`;
const LAZY = [
  { name: 'child_process', from: [`${sep}node_modules${sep}commander${sep}`] },
  { name: 'fs/promises', from: [DIST] },
  { name: 'crypto', from: [DIST] },
  { name: 'tty', from: [DIST, `${sep}node_modules${sep}chalk${sep}`] },
];
/** A stand-in for a built-in module: CommonJS for a require(), named functions for an import. */
async function standIn(name) {
  const load = `let real; const load = () => (real ??= require('node:${name}'));`;
  if (name === 'child_process') return `${load} module.exports = new Proxy({}, { get: (_, key) => load()[key] });`;
  const real = await import(`node:${name}`);
  const names = Object.keys(real).filter((k) => k !== 'default' && typeof real[k] === 'function' && !(name === 'tty' && k === 'isatty'));
  const wrappers = names.map((k) => `export function ${k}(...args) { return new.target ? new (load().${k})(...args) : load().${k}(...args); }`);
  // Only a character device can be a terminal: a pipe or a file is answered by one fstat.
  if (name === 'tty') wrappers.push(`export function isatty(fd) { try { if (!require('node:fs').fstatSync(fd).isCharacterDevice()) return false; } catch { return false; } return load().isatty(fd); }`);
  const all = [...names, ...(name === 'tty' ? ['isatty'] : [])];
  return `${load}\n${wrappers.join('\n')}\nexport default { ${all.join(', ')} };`;
}
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^node:(child_process|fs\/promises|crypto|tty)$/ }, (args) => {
      if (args.namespace === 'lazy') return undefined;
      const lazy = LAZY.find((l) => `node:${l.name}` === args.path && l.from.some((f) => args.importer.includes(f)));
      return lazy ? { path: lazy.name, namespace: 'lazy' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, async (args) => ({ contents: await standIn(args.path), loader: 'js' }));
  },
};

const root = new URL('..', import.meta.url).pathname;
const outdir = `${root}dist/bundle/`;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { gendan: 'dist/cli/main.js', worker: 'dist/app/worker.js', launch: 'dist/cli/launch.js' },
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
  plugins: [lazyBuiltins],
  logLevel: 'warning',
  // Names stay (messages and stack traces read as in the source); whitespace and dead
  // branches go: 2.0 → 1.4 MB to read per run, and 1.2 → 0.8 MB for each worker to parse.
  // GENDAN_BUNDLE_PLAIN=1 keeps the lines, for a profile that names them.
  minifyWhitespace: !process.env.GENDAN_BUNDLE_PLAIN,
  minifySyntax: !process.env.GENDAN_BUNDLE_PLAIN,
});

// The build id ties the code cache to this very bundle (dist/cli/launch.ts).
const bundle = `${outdir}gendan.cjs`;
const id = createHash('sha256').update(readFileSync(bundle)).digest('hex').slice(0, 32);
appendFileSync(bundle, `${BUILD_MARK}${id}\n`);
