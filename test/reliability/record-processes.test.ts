// The recording commands share the one edit path: concurrent `gendan pay` processes on one
// order all land (each waits for the other's lock, none loses an update), and a `pay`
// killed (SIGKILL) at any point of its write leaves the old file or the new, never a torn one.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadOrderFile } from '../../src/load/order-file.js';
import { defaultConfig } from '../../src/model/config.js';
import { Calendar } from '../../src/calendar/calendar.js';
import { planPay } from '../../src/workflow/record/pay.js';
import { BIN } from '../helpers/cli.js';
import { ensureBuilt } from './build.js';
import { oneOrderWorkspace } from './one-order.js';
import { stepEdit } from './stepper.js';

beforeAll(() => ensureBuilt(), 300_000);

function gendanChild(dir: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const env = { PATH: process.env.PATH, GENDAN_TODAY: '2026-12-01', GENDAN_LOCK_WAIT: '20' };
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('exit', (code) => done({ code, stderr }));
  });
}

describe('recording commands through the one edit path', () => {
  it('four concurrent pay processes all land', { timeout: 60_000 }, async () => {
    const { dir, file, id } = oneOrderWorkspace((t) => t.includes('id: SO-2026-0109'));
    const amounts = ['100', '200', '300', '400'];
    const runs = await Promise.all(amounts.map((a) => gendanChild(dir, ['pay', id, a, '--note', `p${a}`])));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const payments = (parse(readFileSync(file, 'utf8')) as { payments: { amount: number; note?: string }[] }).payments;
    expect(payments.filter((p) => p.note?.startsWith('p')).map((p) => p.amount).sort((a, b) => a - b)).toEqual([100, 200, 300, 400]);
  });

  it('a pay killed in the middle of its write leaves the old file or the new', { timeout: 180_000 }, async () => {
    const { file } = oneOrderWorkspace((t) => t.includes('id: SO-2026-0109'));
    const order = loadOrderFile(file, 'SO-2026-0109.yaml').order!;
    const config = defaultConfig('/');
    const ctx = { config, catalog: { products: new Map() }, calendar: new Calendar(config.calendar), today: '2026-12-01', date: '2026-12-01' };
    // The very operations `gendan pay SO-2026-0109 1000` hands to the edit path.
    const { ops } = planPay(order, { amount: 1000 }, ctx);
    const old = readFileSync(file);
    const full = await stepEdit(file, ops);
    expect(full.outcome).toBe('done');
    const next = readFileSync(file);
    expect(next.toString()).toContain('  - { date: 2026-12-01, amount: 1000 }\n');
    // Before the temp file is written, in the middle of it, before it is synced, before the
    // order is moved aside, before and after the new content is linked to its name (the
    // full sweep of every step is test/reliability/crash.test.ts).
    // Kill points are named, not counted: how often the edit path waits for a just-made
    // file's timestamp to settle differs from run to run, which shifts the step numbers.
    const kills: { at: string; after?: true }[] = [{ at: 'writeSync' }, { at: 'writeSync', after: true }, { at: 'fsyncSync' }, { at: 'renameSync' }, { at: 'linkSync' }, { at: 'linkSync', after: true }];
    const seen = new Set<string>();
    for (const kill of kills) {
      const one = oneOrderWorkspace((t) => t.includes('id: SO-2026-0109'));
      let armed = false;
      let fired = false;
      let where = '';
      const run = await stepEdit(one.file, ops, (_i, name) => {
        if (fired) return 'go';
        if (kill.after ? armed : name.startsWith(kill.at)) {
          fired = true;
          where = name;
          return 'kill';
        }
        if (name.startsWith(kill.at)) armed = true;
        return 'go';
      });
      // Only "after the link" may find no step left to kill at: the edit is then done.
      if (!(kill.after && kill.at === 'linkSync' && !fired)) expect(run.outcome, `kill ${kill.after ? 'after' : 'at'} ${kill.at}`).toBe('killed');
      // Killed between the move aside and the link, the order is whole under its aside name.
      const aside = readdirSync(dirname(one.file)).filter((f) => f.endsWith('.aside'));
      const here = existsSync(one.file);
      const now = here ? readFileSync(one.file) : aside.length === 1 ? readFileSync(join(dirname(one.file), aside[0]!)) : Buffer.alloc(0);
      const which = now.equals(old) ? 'old' : now.equals(next) ? 'new' : 'torn';
      expect(which, `kill ${kill.after ? 'after' : 'at'} ${kill.at} (${where})`).not.toBe('torn');
      seen.add(here ? which : `${which}, aside`);
    }
    expect([...seen].sort()).toEqual(['new', 'old', 'old, aside']);
  });
});
