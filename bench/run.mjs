#!/usr/bin/env node
// `npm run bench`: gendan against ajv-cli and against Node's own start, in alternating
// pairs, on generated workspaces of 1,000, 10,000 and 100,000 orders.
//   node bench/run.mjs [--sizes 1000,10000,100000] [--runs N] [--dir FOLDER] [--timeout MINUTES]
// Prints a markdown table: medians, the median of per-pair ratios and their spread (lowest
// to highest pair), peak RSS, the target. A row that cannot be measured (a command that
// fails, or runs past --timeout) is printed as failed, with why, and the others go on.
//
// "cold" check: no check cache (it is removed before each run, so the run writes one);
// "warm": the cache made by the run before, with nothing changed or one file changed.
import { copyFileSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { BENCH_TODAY } from './generate.mjs';
import { canMeasureRss, pairs, run } from './measure.mjs';
import { workspace } from './workspaces.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000,100000' }, runs: { type: 'string' }, dir: { type: 'string', default: join(os.tmpdir(), 'gendan-bench') }, timeout: { type: 'string', default: '60' } } });
const timeout = Number(values.timeout) * 60_000;
const sizes = values.sizes.split(',').map(Number);
// Pairs per row: the machines these run on drift by a fifth within minutes, and three
// pairs at 100,000 orders left a row's median at the mercy of one slow pair.
const runsFor = (n) => Number(values.runs ?? (n >= 10_000 ? 5 : 7));

const node = process.execPath;
const gendan = (args, cwd = ROOT, before = undefined) => () => run(node, [join(ROOT, 'bin/gendan.js'), ...args, '--today', BENCH_TODAY], { cwd, env: { NO_COLOR: '1' }, before, timeout });
const noCache = (dir) => () => rmSync(join(dir, '.gendan-cache'), { recursive: true, force: true });
const cold = (dir) => gendan(['check', dir], ROOT, noCache(dir));
const ajv = (dir) => () => run(node, [join(ROOT, 'node_modules/ajv-cli/dist/index.js'), 'validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', join(ROOT, 'schemas/order.schema.json'), '-d', `${dir}/orders/*.yaml`], { cwd: ROOT, timeout });
const nodeStart = () => run(node, ['-e', '0'], { timeout });

/** First run of each: warms the page cache and proves the files are valid for both tools. */
function mustPass(label, r) {
  if (r.error) throw new Error(`${label}: ${r.error}`);
  if (r.status !== 0) throw new Error(`${label} exited ${r.status}: ${lastLine(r.stderr) || lastLine(r.stdout)}`);
}
const lastLine = (text) => text.trim().split('\n').pop()?.slice(0, 200) ?? '';

/** Measures one row; a row that fails says so in the table (and in full on stderr), and the next one runs. */
function attempt(label, measure) {
  try {
    measure();
  } catch (e) {
    process.stderr.write(`bench: ${label}: ${e.stack ?? e}\n`);
    rows.push([label, 'failed', '', '', '', '', String(e.message ?? e).split('\n')[0]]);
  }
}

const rows = [];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mib = (x) => (x === undefined ? 'n/a' : `${Math.round(x)} MiB`);
const verdict = (ratio, max, extra = true) => (ratio <= max && extra ? '✓' : '✗');
const rssWithin = (p) => p.rssA === undefined || p.rssA <= 256;
const spread = (p) => `${p.low.toFixed(2)}–${p.high.toFixed(2)}`;
const row = (label, p, target) => rows.push([label, s(p.a), s(p.b), p.ratio.toFixed(2), spread(p), `${mib(p.rssA)} / ${mib(p.rssB)}`, target]);

const loadBefore = os.loadavg()[0];
for (const n of sizes) {
  const size = n.toLocaleString('en-US');
  let dir;
  attempt(`workspace of ${size} orders`, () => {
    dir = workspace(values.dir, n);
  });
  if (!dir) continue;
  attempt(`cold check ${size} orders vs ajv-cli`, () => {
    mustPass(`gendan check ${n}`, cold(dir)());
    mustPass(`ajv-cli ${n}`, ajv(dir)());
    const p = pairs(runsFor(n), cold(dir), ajv(dir));
    const max = n >= 100_000 ? 0.65 : n >= 10_000 ? 0.75 : Infinity;
    const rssOk = n < 100_000 || rssWithin(p);
    row(`cold check ${size} orders vs ajv-cli`, p, max === Infinity ? '—' : `≤ ${max}${n >= 100_000 ? ', ≤ 256 MiB' : ''} ${verdict(p.ratio, max, rssOk)}`);
  });

  if (n === 10_000) {
    // Warm: the cache the run before made; nothing changed, then one file changed each run.
    attempt(`warm check ${size} unchanged vs ajv-cli`, () => {
      mustPass('warm check', gendan(['check', dir])());
      const warm = pairs(runsFor(n), gendan(['check', dir]), ajv(dir));
      row(`warm check ${size} unchanged vs ajv-cli`, warm, `≤ 0.15 ${verdict(warm.ratio, 0.15)}`);
    });
    attempt(`warm check ${size}, one file changed, vs ajv-cli`, () => {
      const file = join(dir, 'orders', readdirSync(join(dir, 'orders')).sort()[n >> 1]);
      const original = readFileSync(file, 'utf8');
      let flip = 0;
      const change = () => writeFileSync(file, flip++ % 2 ? original : `${original}# changed\n`);
      try {
        const changed = pairs(runsFor(n), gendan(['check', dir], ROOT, change), ajv(dir));
        row(`warm check ${size}, one file changed, vs ajv-cli`, changed, `≤ 0.2 ${verdict(changed.ratio, 0.2)}`);
      } finally {
        writeFileSync(file, original);
      }
    });
  }

  // Reports over every order against a cold check of the same files. `today` reads the
  // check cache the cold check before it wrote (as after the clerk's last check); the row
  // with --no-cache shows it without.
  if (n >= 10_000) {
    for (const report of [['today'], ['today', '--no-cache'], ['report', 'overdue']]) {
      const label = `${report.join(' ')} ${size} vs cold check`;
      const targeted = !report.includes('--no-cache');
      attempt(label, () => {
        mustPass(report.join(' '), gendan([...report, dir])());
        const r = pairs(runsFor(n), gendan([...report, dir]), cold(dir));
        const max = n >= 100_000 ? 1.1 : 1.2;
        row(label, r, targeted ? `≤ ${max}${n >= 100_000 ? ', ≤ 256 MiB' : ''} ${verdict(r.ratio, max, n < 100_000 || rssWithin(r))}` : '— (without the cache)');
      });
    }
  }
}

// Dates as the SPEC writes them (unquoted): gendan reads them as strings either way.
if (sizes.includes(10_000)) {
  attempt('cold check 10,000, dates unquoted vs quoted', () => {
    const quoted = workspace(values.dir, 10_000);
    const plain = workspace(values.dir, 10_000, { quoteDates: false });
    mustPass('gendan check unquoted', cold(plain)());
    const p = pairs(runsFor(10_000), cold(plain), cold(quoted));
    row('cold check 10,000, dates unquoted vs quoted', p, '≈ 1 (same work)');
  });
}

// One order, in the smallest workspace: each command against `node -e 0`.
attempt('one-order commands', () => {
  const small = workspace(values.dir, Math.min(...sizes));
  const files = readdirSync(join(small, 'orders')).filter((f) => f.endsWith('.yaml')).sort();
  const file = join(small, 'orders', files[0]);
  const open = files.map((f) => join(small, 'orders', f)).find((f) => /\nstatus: preparing\n/.test(readFileSync(f, 'utf8')));
  if (!open) throw new Error('no order in state preparing in the workspace');
  const openId = open.split('/').pop().replace(/\.yaml$/, '');
  const pristine = `${open}.orig`;
  copyFileSync(open, pristine);
  // Restored before each run, so every run makes the same edit, and dated an hour back as
  // a clerk's order is: a file saved within the last second is watched until it settles
  // (60 ms, docs/safety.md), as one an editor may still be writing.
  const restore = () => {
    copyFileSync(pristine, open);
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(open, hourAgo, hourAgo);
  };
  const editing = (args) => () => run(node, [join(ROOT, 'bin/gendan.js'), ...args, '--today', BENCH_TODAY], { cwd: small, before: restore, timeout });
  const oneOrder = [
    ['check <file>', gendan(['check', file])],
    ['show <id>', gendan(['show', openId], small)],
    ['checklist <id>', gendan(['checklist', openId], small)],
    ['advance <id> on_hold', editing(['advance', openId, 'on_hold'])],
    ['log <id> (recording)', editing(['log', openId, '--node', 'ship_date', '--channel', 'phone', 'ships on the 20th'])],
  ];
  try {
    for (const [label, cmd] of oneOrder) {
      attempt(`${label} vs node -e 0`, () => {
        mustPass(label, cmd());
        const p = pairs(15, cmd, nodeStart);
        rows.push([`${label} vs node -e 0`, `${Math.round(p.a)} ms`, `${Math.round(p.b)} ms`, p.ratio.toFixed(2), spread(p), `${mib(p.rssA)} / ${mib(p.rssB)}`, `≤ 1.6 ${verdict(p.ratio, 1.6)}`]);
      });
    }
  } finally {
    copyFileSync(pristine, open);
    rmSync(pristine);
  }
});

const cpu = os.cpus();
const out = [
  `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`,
  `Load average (1 min) before / after: ${loadBefore.toFixed(2)} / ${os.loadavg()[0].toFixed(2)}${canMeasureRss ? '' : ' (no /usr/bin/time: peak RSS not measured)'}`,
  '',
  `| run | gendan | other | ratio (median of pairs) | ratio spread (lowest–highest pair) | peak RSS gendan / other | target |`,
  '|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
];
process.stdout.write(`${out.join('\n')}\n`);
