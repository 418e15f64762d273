// Real gendan processes against one order file: killed mid-edit with SIGKILL, or racing
// each other. The file is always the old content or the new, byte for byte, and holds
// exactly the edits whose process reported success. Needs the build (`npm test` makes it).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyOps } from '../../src/edit/apply.js';
import { BIN, ROOT, gendan, tempDir } from '../helpers/cli.js';
import { fullOrder } from '../workflow/fixture.js';

const built = existsSync(join(ROOT, 'dist/cli/main.js'));
const ENV = { PATH: process.env.PATH, GENDAN_TODAY: '2026-11-28', GENDAN_NOW: '2026-11-28T09:30:00+08:00' };

function orderDir(text: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'gendan.yaml'), 'orders: orders\n');
  mkdirSync(join(dir, 'orders'));
  writeFileSync(join(dir, 'orders/SO-1.yaml'), text);
  return dir;
}

/** Start gendan; resolve with its exit code (null when killed). */
function start(dir: string, args: string[], killAfterMs?: number): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: ENV, stdio: 'ignore' });
    if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => done(code));
  });
}

describe.runIf(built)('gendan processes on one order', () => {
  it('SIGKILL at random points leaves the old file or the new one, never a torn one', async () => {
    const dir = orderDir(fullOrder('preparing'));
    const path = join(dir, 'orders/SO-1.yaml');
    for (let i = 0; i < 30; i++) {
      const before = readFileSync(path, 'utf8');
      const note = `第 ${i} 次`;
      const after = applyOps(before, parse(before), [{ kind: 'append', path: ['contacts'], item: { date: '2026-11-28', node: 'other', channel: 'phone', note } }]).text;
      const code = await start(dir, ['log', 'SO-1', '--node', 'other', '--channel', 'phone', note], 40 + Math.floor(Math.random() * 260));
      const now = readFileSync(path, 'utf8');
      expect([before, after]).toContain(now);
      if (code === 0) expect(now).toBe(after);
    }
    // the next edit takes over a killed process's lock and removes its temp file
    expect((await gendan(['log', 'SO-1', '--node', 'other', '--channel', 'phone', 'last', '--today', '2026-11-28'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(dir, 'orders'))).toEqual(['SO-1.yaml']);
    expect((await gendan(['check', '--today', '2026-11-28'], { cwd: dir })).code).toBe(0);
  }, 120_000);

  it('racing advance, tick and log: every success is in the file, nothing else', async () => {
    for (let round = 0; round < 5; round++) {
      const start0 = fullOrder('received').replace('checklist:\n  special_requests_reviewed: 2026-11-03\n', '');
      const dir = orderDir(start0);
      const runs = await Promise.all([
        start(dir, ['advance', 'SO-1', '--force', '--reason', 'a']),
        start(dir, ['advance', 'SO-1', '--force', '--reason', 'b']),
        start(dir, ['tick', 'SO-1', 'special_requests_reviewed']),
        start(dir, ['log', 'SO-1', '--node', 'other', '--channel', 'phone', `round ${round}`]),
      ]);
      expect(runs).toEqual([0, 0, 0, 0]);
      const order = parse(readFileSync(join(dir, 'orders/SO-1.yaml'), 'utf8')) as { status: string; history: { from: string; to: string }[]; checklist: Record<string, string>; contacts: { note?: string }[] };
      expect(order.history.map((h) => `${h.from}>${h.to}`)).toEqual(['received>confirmed', 'confirmed>preparing']);
      expect(order.status).toBe('preparing');
      expect(order.checklist.special_requests_reviewed).toBe('2026-11-28');
      expect(order.contacts.filter((c) => c.note === `round ${round}`)).toHaveLength(1);
      expect((await gendan(['check', '--today', '2026-11-28'], { cwd: dir })).code).toBe(0);
    }
  }, 120_000);
});
