#!/usr/bin/env node
// Make the V8 code cache of the bundle (dist/bundle/gendan.cjs.cache): compile the bundle
// as a run does (dist/cli/launch.js), run the one-order commands once on a copy of
// examples/ so that the functions they call get compiled, then save what V8 compiled. A
// run then starts with that code instead of parsing and compiling it. Runs after
// scripts/bundle.mjs.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE, cacheBytes, load } from '../dist/cli/launch.js';

const launcher = new URL('../dist/cli/launch.js', import.meta.url);
const examples = fileURLToPath(new URL('../examples', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gendan-cache-'));
const ws = join(dir, 'ws');
cpSync(examples, ws, { recursive: true });

const { main, script, build } = load(false);
const io = { cwd: ws, env: {}, stdout: () => {}, stderr: () => {}, stdoutTTY: false, stderrTTY: false };
const today = ['--today', '2026-11-28'];
// The one-order commands only: a command over the whole folder runs for seconds and
// compiles what it needs in milliseconds, while every function in the cache costs every
// start its share of reading the cache (the cache of all commands, 1.6 MB, took ~10 ms
// longer to load than this one).
const runs = [
  ['check', 'orders/SO-2026-0101.yaml'],
  ['check', 'orders/SO-2026-0102.yaml', '--format', 'json'],
  ['show', 'SO-2026-0109'],
  ['checklist', 'SO-2026-0109'],
  ['log', 'SO-2026-0109', '--node', 'ship_date', '--channel', 'phone', 'ships on the 15th'],
  ['tick', 'SO-2026-0109', 'logistics_arranged'],
  ['pay', 'SO-2026-0109', '1000'],
  ['advance', 'SO-2026-0109'],
  ['advance', 'SO-2026-0110', 'on_hold', '--note', 'paused'],
];
try {
  if (!build) throw new Error('the bundle has no build id');
  for (const argv of runs) await main([...argv, ...today], io);
  writeFileSync(CACHE, cacheBytes(build, script.createCachedData()));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// A fresh process must take the cache; if V8 rejects it, runs still work, only slower.
const probe = `import(${JSON.stringify(launcher.href)}).then(({ load }) => process.stdout.write(String(load().script.cachedDataRejected)))`;
const taken = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
if (taken.stdout !== 'false') process.stderr.write(`warning: V8 did not take the code cache (${taken.stdout || taken.stderr.trim()}); gendan will start slower\n`);
