#!/usr/bin/env node
// The merge driver on a long history: two branches of one order folder, 1,000 commits of
// generated recordings (payments, contacts, issues opened and resolved, shipments sent and
// delivered, documents) on the same order, merged into each other every so often, then
// once more at the end. Times every merge git makes with the driver, and the driver alone
// (as git runs it: a process) on the last merge's three versions.
//   npm run build && node bench/merge.mjs [--commits 1000] [--every 50] [--runs 7]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { median, run } from './measure.mjs';

/** CPU seconds (user + system) a command took, by GNU time when it is there: on a busy machine, steadier than the wall clock. */
const TIME = spawnSync('/usr/bin/time', ['-f', '%U %S', 'true'], { encoding: 'utf8' }).status === 0;
function cpuMs(cmd, args, opts) {
  if (!TIME) return undefined;
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', cmd, ...args], { ...opts, encoding: 'utf8' });
  const [u, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return (u + sys) * 1000;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/gendan.js');
const { applyOps } = await import(join(ROOT, 'dist/edit/apply.js'));
const { parseData } = await import(join(ROOT, 'dist/load/parse.js'));
const { values } = parseArgs({ options: { commits: { type: 'string', default: '1000' }, every: { type: 'string', default: '50' }, runs: { type: 'string', default: '7' } } });
const COMMITS = Number(values.commits);
const EVERY = Number(values.every);

const ORDER = `# yaml-language-server: $schema=../schemas/order.schema.json
id: SO-2026-0142
status: received           # 已接单
customer:
  name: 宁波恒达机械有限公司
  phone: "+86 574 8888 1234"
ordered: 2026-01-02
lines:
  - { model: XK-200, quantity: 100000, unit: pcs, unit_price: 100 }
delivery:
  promised: 2026-12-22     # 客户同意
  method: truck
contacts:
  - { date: 2026-01-03, node: confirmed, channel: phone }   # 逐条确认
payments:
  # 定金
  - { date: 2026-01-05, amount: 3000, note: 30% 定金 }
`;

const dir = mkdtempSync(join(os.tmpdir(), 'gendan-merge-bench-'));
const home = join(dir, 'home');
mkdirSync(home);
const env = {
  ...process.env,
  HOME: home,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: join(home, 'gitconfig'),
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GENDAN_TODAY: '2026-12-01',
};
writeFileSync(env.GIT_CONFIG_GLOBAL, '[init]\n\tdefaultBranch = a\n');
const repo = join(dir, 'repo');
const git = (...args) => {
  const r = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
  if (r.status !== 0 && args[0] !== 'merge') throw new Error(`git ${args.join(' ')}: ${r.stdout}${r.stderr}`);
  return r;
};
const file = join(repo, 'orders/SO-2026-0142.yaml');

mkdirSync(join(repo, 'orders'), { recursive: true });
git('init', '-q');
writeFileSync(join(repo, 'gendan.yaml'), 'orders: orders\n');
writeFileSync(file, ORDER);
const setup = spawnSync(process.execPath, [BIN, 'git', 'setup'], { cwd: repo, env, encoding: 'utf8' });
if (setup.status !== 0) throw new Error(setup.stderr);
git('add', '-A');
git('commit', '-q', '--no-verify', '-m', 'order');
git('branch', 'b');

// A small deterministic generator of recordings: each step one fact, dated forward.
let seed = 1;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const day = (k) => {
  const d = new Date(Date.UTC(2026, 0, 6) + Math.floor(k / 3) * 86_400_000);
  return d.toISOString().slice(0, 10);
};
// Each side fills in only the issues and shipments it recorded itself (a number of its own
// parity): two people giving one shipment two delivery dates is a true conflict, not the
// merge's to settle, and not what this measures.
const mine = (text, k) => Number(/\d+$/.exec(text ?? '')?.[0] ?? -1) % 2 === k % 2;
function recording(k, data) {
  const date = day(k);
  const open = (data.issues ?? []).map((x, i) => (x.resolved || !mine(x.cause, k) ? -1 : i)).filter((i) => i >= 0);
  const moving = (data.shipments ?? []).map((x, i) => (x.delivered || !mine(x.tracking, k) ? -1 : i)).filter((i) => i >= 0);
  switch (rand(7)) {
    case 0:
      return { kind: 'append', path: ['payments'], item: { date, amount: 100 + k, note: `第 ${k} 笔` } };
    case 1:
      return { kind: 'append', path: ['issues'], item: { opened: date, kind: 'other', cause: `问题 ${k}` } };
    case 2:
      if (open.length > 0) return { kind: 'set', path: ['issues', open[rand(open.length)], 'resolved'], value: date };
      return { kind: 'append', path: ['documents'], item: { kind: 'other', ref: `DOC-${k}`, date } };
    case 3:
      return { kind: 'append', path: ['shipments'], item: { shipped: date, carrier: '德邦物流', tracking: `DP${k}`, eta: date, items: [{ model: 'XK-200', quantity: 10 }] } };
    case 4:
      if (moving.length > 0) return { kind: 'set', path: ['shipments', moving[rand(moving.length)], 'delivered'], value: date };
      return { kind: 'append', path: ['contacts'], item: { date, node: 'other', channel: 'wechat', note: `沟通 ${k}` } };
    default:
      return { kind: 'append', path: ['contacts'], item: { date, node: 'other', channel: 'phone', note: `沟通 ${k}` } };
  }
}

const facts = [];
const merges = [];
const conflicts = [];
function mergeOther(branch, other) {
  const t0 = process.hrtime.bigint();
  const r = git('merge', '-q', '--no-edit', other);
  merges.push(Number(process.hrtime.bigint() - t0) / 1e6);
  if (r.status !== 0) {
    conflicts.push(`${branch} ← ${other}: ${r.stdout.trim()}`);
    // The three versions git gave the driver, kept for a look (KEEP=1).
    const keep = join(dir, `conflict-${conflicts.length}`);
    mkdirSync(keep);
    for (const [stage, name] of [[1, 'base'], [2, 'ours'], [3, 'theirs']]) writeFileSync(join(keep, `${name}.yaml`), git('show', `:${stage}:orders/SO-2026-0142.yaml`).stdout);
    git('checkout', '-q', '--theirs', '.');
    git('commit', '-q', '-a', '--no-edit');
  }
}

const t0 = Date.now();
for (let k = 0; k < COMMITS; k++) {
  const branch = k % 2 === 0 ? 'a' : 'b';
  git('checkout', '-q', branch);
  const text = readFileSync(file, 'utf8');
  const op = recording(k, parseData(text).data);
  if (op.kind === 'append') facts.push(JSON.stringify(op.item));
  writeFileSync(file, applyOps(text, parseData(text).data, [op]).text);
  git('commit', '-q', '--no-verify', '-a', '-m', `step ${k}`);
  // Every so often each side takes in the other's work; not at the very end, which is merged below.
  if ((k + 1) % EVERY === 0 && k + 1 < COMMITS) mergeOther(branch, branch === 'a' ? 'b' : 'a');
}
const buildS = (Date.now() - t0) / 1000;

// The last merge: a's side takes in b's, and the driver alone on its three versions.
git('checkout', '-q', 'a');
const base = git('merge-base', 'a', 'b').stdout.trim();
const versions = join(dir, 'versions');
mkdirSync(versions);
for (const [name, rev] of [['base', base], ['ours', 'a'], ['theirs', 'b']]) writeFileSync(join(versions, `${name}.yaml`), git('show', `${rev}:orders/SO-2026-0142.yaml`).stdout);
const driverMs = [];
const driverCpu = [];
const driverArgs = [BIN, 'merge-driver', 'base.yaml', 'result.yaml', 'theirs.yaml', 'orders/SO-2026-0142.yaml'];
let status;
for (let i = 0; i < Number(values.runs); i++) {
  writeFileSync(join(versions, 'result.yaml'), readFileSync(join(versions, 'ours.yaml')));
  const r = run(process.execPath, driverArgs, { cwd: versions, env });
  driverMs.push(r.ms);
  status = r.status;
  writeFileSync(join(versions, 'result.yaml'), readFileSync(join(versions, 'ours.yaml')));
  driverCpu.push(cpuMs(process.execPath, driverArgs, { cwd: versions, env }));
}
mergeOther('a', 'b');
const lines = (name) => readFileSync(join(versions, `${name}.yaml`), 'utf8').split('\n').length - 1;
const commits = Number(git('rev-list', '--count', 'a').stdout.trim());
const final = readFileSync(file, 'utf8');
// Every entry recorded on either branch is in the merged order exactly once.
const entries = Object.values(parseData(final).data).filter(Array.isArray).flat().map((e) => JSON.stringify(e));
const once = facts.filter((f) => entries.filter((e) => e.startsWith(f.slice(0, -1))).length === 1).length;
const startMs = median(Array.from({ length: 5 }, () => run(process.execPath, ['-e', '0']).ms));
const startCpu = median(Array.from({ length: 5 }, () => cpuMs(process.execPath, ['-e', '0'])));

const ms = (x) => `${Math.round(x)} ms`;
console.log(`| merge driver, ${commits} commits of recordings on one order | |`);
console.log('|---|---|');
console.log(`| merges git made with the driver (every ${EVERY} commits, then the last) | ${merges.length}, ${conflicts.length} with a conflict |`);
console.log(`| one \`git merge\` (driver included): median / slowest | ${ms(median(merges))} / ${ms(Math.max(...merges))} |`);
const cpu = (x) => (TIME ? `, ${ms(x)} CPU` : '');
console.log(`| the driver alone on the last merge (${lines('base')} → ${lines('ours')} / ${lines('theirs')} lines; exit ${status}): median of ${driverMs.length} | ${ms(median(driverMs))}${cpu(median(driverCpu))} |`);
console.log(`| Node's own start (\`node -e 0\`), for scale | ${ms(startMs)}${cpu(startCpu)} |`);
console.log(`| the merged order: lines; parses; entries recorded on either branch found exactly once | ${final.split('\n').length - 1}; ${parseData(final).findings.length === 0 ? 'yes' : 'no'}; ${once} of ${facts.length} |`);
console.log(`\n${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg()[0].toFixed(1)}; history built in ${buildS.toFixed(0)} s; ${dir}`);
for (const c of conflicts) console.log(`conflict: ${c}`);
if (process.env.KEEP !== '1') rmSync(dir, { recursive: true, force: true });
