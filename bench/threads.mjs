#!/usr/bin/env node
// The break-even for worker threads: a cold `gendan check` with GENDAN_THREADS=1 against
// the default, in alternating pairs, at each size; PARALLEL_MIN (src/app/parallel.ts) is
// set from it.
//   node bench/threads.mjs [--sizes 1000,2000,5000,10000,100000] [--runs N] [--dir FOLDER]
import { rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { BENCH_TODAY } from './generate.mjs';
import { pairs, run } from './measure.mjs';
import { workspace } from './workspaces.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,2000,5000,10000,100000' }, runs: { type: 'string' }, dir: { type: 'string', default: join(os.tmpdir(), 'gendan-bench') } } });
const check = (dir, env) => () =>
  run(process.execPath, [join(ROOT, 'bin/gendan.js'), 'check', dir, '--today', BENCH_TODAY], { env: { NO_COLOR: '1', ...env }, before: () => rmSync(join(dir, '.gendan-cache'), { recursive: true, force: true }) });

const loadBefore = os.loadavg()[0];
const rows = [];
for (const n of values.sizes.split(',').map(Number)) {
  const dir = workspace(values.dir, n);
  const runs = Number(values.runs ?? (n >= 100_000 ? 3 : 5));
  try {
    const p = pairs(runs, check(dir, { GENDAN_THREADS: '1' }), check(dir, {}));
    rows.push(`| ${n.toLocaleString('en-US')} | ${(p.a / 1000).toFixed(2)} s | ${(p.b / 1000).toFixed(2)} s | ${p.ratio.toFixed(2)} (${p.low.toFixed(2)}–${p.high.toFixed(2)}) | ${Math.round(p.rssA ?? 0)} / ${Math.round(p.rssB ?? 0)} MiB |`);
  } catch (e) {
    rows.push(`| ${n.toLocaleString('en-US')} | failed: ${String(e.message ?? e).split('\n')[0]} | | | |`);
  }
}
process.stdout.write(
  [
    `Node ${process.version}, ${os.cpus().length} cores; load average (1 min) before / after: ${loadBefore.toFixed(2)} / ${os.loadavg()[0].toFixed(2)}`,
    '',
    '| orders | one thread | default | one thread / default (spread) | peak RSS one / default |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n') + '\n',
);
