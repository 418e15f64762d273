#!/usr/bin/env node
// One-order recording commands against Node's own start (`node -e 0`), in alternating
// pairs, on a copy of examples/: the target is ≤ 2.0× for every command.
//   node bench/record.mjs [--runs N]
// Each run starts from the same file (restored before it), so every run makes the same edit.
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { pairs, run } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const dir = mkdtempSync(join(os.tmpdir(), 'gendan-bench-record-'));
cpSync(join(ROOT, 'examples'), dir, { recursive: true });
const TODAY = '2026-12-01';

const COMMANDS = [
  ['SO-2026-0109', ['log', 'SO-2026-0109', '--node', 'other', '--channel', 'phone', 'x']],
  ['SO-2026-0109', ['done', 'SO-2026-0109', 'machining_done']],
  ['SO-2026-0108', ['pay', 'SO-2026-0108', '9037']],
  ['SO-2026-0108', ['ship', 'SO-2026-0108', '--tracking', 'DB1', '--items', 'XK-200=8box']],
  ['SO-2026-0106', ['deliver', 'SO-2026-0106', '--receipt', 'QS-1']],
  ['SO-2026-0109', ['change', 'SO-2026-0109', '--promised', '2026-12-29', '--reason', '客户要求']],
];

const nodeStart = () => run(process.execPath, ['-e', '0']);
const rows = [];
for (const [id, args] of COMMANDS) {
  const file = join(dir, 'orders', `${id}.yaml`);
  const pristine = `${file}.orig`;
  copyFileSync(file, pristine);
  const cmd = () => run(process.execPath, [join(ROOT, 'bin/gendan.js'), ...args, '--today', TODAY], { cwd: dir, env: { NO_COLOR: '1' }, before: () => copyFileSync(pristine, file) });
  const first = cmd();
  if (first.status !== 0) throw new Error(`${args.join(' ')} exited ${first.status}: ${first.stderr}`);
  const p = pairs(Number(values.runs), cmd, nodeStart);
  rows.push(`| ${args[0]} | ${Math.round(p.a)} ms | ${Math.round(p.b)} ms | ${p.ratio.toFixed(2)} | ≤ 2.0 ${p.ratio <= 2 ? '✓' : '✗'} |`);
  copyFileSync(pristine, file);
}
rmSync(dir, { recursive: true, force: true });
const cpu = os.cpus();
process.stdout.write(
  [
    `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, Node ${process.version}, load ${os.loadavg()[0].toFixed(2)}`,
    '',
    '| command | gendan | node -e 0 | ratio (median of pairs) | target |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n') + '\n',
);
