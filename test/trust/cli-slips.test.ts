// Issue items 4, 15, 19, 20 and 21: plain user mistakes get plain messages, and the clock,
// the workspace and `new` behave as a clerk expects.
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gendan, tempDir, workspace } from '../helpers/cli.js';
import { fullOrder, read, run, ws } from '../workflow/fixture.js';

const noCrash = (r: { stderr: string }) => expect(r.stderr).not.toMatch(/internal error|内部错误|\n\s+at /);

describe('outside a workspace', () => {
  it('check says no gendan.yaml was found and suggests init or cd (exit 2)', async () => {
    const dir = tempDir();
    for (const lang of ['en', 'zh']) {
      const r = await gendan(['check', '--lang', lang], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(lang === 'en' ? 'no gendan.yaml found in . or any folder above it' : '没有找到 gendan.yaml');
      expect(r.stderr).toContain('gendan init');
    }
  });

  it('new does not quietly create ./orders', async () => {
    const dir = tempDir();
    const r = await gendan(['new'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'orders'))).toBe(false);
  });

  it('a workspace without its orders folder is empty, with a note (exit 0); a missing named path stays exit 2', async () => {
    const dir = workspace({ 'gendan.yaml': 'lang: en\n' });
    const r = await gendan(['check'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('the orders folder orders does not exist yet');
    const json = await gendan(['check', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout).summary.files).toBe(0);
    expect((await gendan(['today'], { cwd: dir })).code).toBe(0);
    expect((await gendan(['check', 'nope'], { cwd: dir })).code).toBe(2);
  });
});

describe('the clock', () => {
  it('GENDAN_NOW alone fixes today: log dates the contact with its day', async () => {
    const dir = ws({ 'SO-1': fullOrder('confirmed') });
    const r = await gendan(['log', 'SO-1', '--node', 'other', '--channel', 'phone', 'hi'], { cwd: dir, env: { GENDAN_NOW: '2030-01-02T10:00:00+08:00' } });
    expect(r.code).toBe(0);
    expect(read(dir)).toContain('{ date: 2030-01-02, node: other, channel: phone, note: hi }');
  });

  it('GENDAN_TODAY and GENDAN_NOW naming different days is a usage error', async () => {
    const dir = ws({ 'SO-1': fullOrder('confirmed') });
    const r = await gendan(['today'], { cwd: dir, env: { GENDAN_NOW: '2030-01-02T10:00:00+08:00', GENDAN_TODAY: '2030-01-03' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('GENDAN_TODAY=2030-01-03 and GENDAN_NOW=2030-01-02T10:00:00+08:00 name different days');
  });
});

describe('advance to the state it is in', () => {
  it('on_hold twice: exit 0, already on hold', async () => {
    const dir = ws({ 'SO-1': fullOrder('confirmed') });
    expect((await run(dir, ['advance', 'SO-1', 'on_hold'])).code).toBe(0);
    const before = read(dir);
    const again = await run(dir, ['advance', 'SO-1', 'on_hold']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already on_hold');
    expect(again.stdout).toContain('nothing to change');
    expect(read(dir)).toBe(before);
  });
});

describe('plain mistakes, plain messages', () => {
  it.each(['1e309', 'Infinity', '-1', '1e12'])('new --quantity %s: a usage error', async (q) => {
    const dir = ws({});
    const r = await run(dir, ['new', '--quantity', q]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--quantity must be a number greater than 0');
    noCrash(r);
  });

  it('init on a file, and init of a 300-character name: usage or I/O message, exit 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'afile'), 'x');
    for (const arg of ['/dev/null', 'afile', 'x'.repeat(300)]) {
      const r = await gendan(['init', arg], { cwd: dir });
      expect(r.code, arg).toBe(2);
      noCrash(r);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
  });

  it('a lock file holding `null` is a stale lock: the edit goes through', async () => {
    const dir = ws({ 'SO-1': fullOrder('confirmed') });
    const lock = join(dir, 'orders', '.SO-1.yaml.lock');
    writeFileSync(lock, 'null');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const r = await run(dir, ['log', 'SO-1', '--node', 'other', '--channel', 'phone', 'after lock']);
    noCrash(r);
    expect(r.code).toBe(0);
    expect(read(dir)).toContain('after lock');
  });
});

describe('new checks the order it made', () => {
  it('an unknown model: file created, its problem printed, exit 1', async () => {
    const dir = ws({});
    const r = await run(dir, ['new', '--model', 'NOPE', '--id', 'SO-9']);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'orders', 'SO-9.yaml'))).toBe(true);
    expect(r.stdout).toContain('[unknown-model]');
  });

  it('a fractional quantity of a whole-number model is said at once', async () => {
    const r = await run(ws({}), ['new', '--model', 'XK-210', '--quantity', '1.5']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[fractional-quantity]');
  });

  it('--unit, --sales and --requested fill the new order; the template sketches the later keys', async () => {
    const dir = ws({});
    const r = await run(dir, ['new', '--id', 'SO-7', '--model', 'XK-200', '--quantity', '5', '--unit', 'box', '--sales', '李娜', '--requested', '2027-01-15']);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'orders', 'SO-7.yaml'), 'utf8');
    expect(text).toContain('sales: 李娜\n');
    expect(text).toContain('    unit: box\n');
    expect(text).toContain('delivery:\n  requested: 2027-01-15\n');
    for (const key of ['# production:', '# shipments:', '# payments:', '# follow_up:', '# documents:']) expect(text).toContain(key);
    expect((await run(dir, ['new', '--requested', '0001-01-01'])).code).toBe(2);
  });
});
