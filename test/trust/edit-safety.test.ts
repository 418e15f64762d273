// Issue items 1 and 3: gendan refuses to edit a file that looks half-written, and an edit
// that would push a file past the size gendan can read.
import { readFileSync, writeFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BYTES } from '../../src/load/read.js';
import { fullOrder, run, ws } from '../workflow/fixture.js';

const log = (dir: string, note = 'called') => run(dir, ['log', 'SO-1', '--node', 'other', '--channel', 'phone', note]);

describe('a half-written file is not edited', () => {
  it('a file missing a required key is refused, untouched, exit 1', async () => {
    // What an editor's save looks like when read half-way: the lines are not there yet.
    const half = fullOrder('confirmed').split('lines:')[0]!;
    const dir = ws({ 'SO-1': half });
    const path = join(dir, 'orders', 'SO-1.yaml');
    const r = await log(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('orders/SO-1.yaml:1:1: cannot edit a file that lacks a required key');
    expect(r.stderr).toContain('another program may be saving it');
    expect(readFileSync(path, 'utf8')).toBe(half);
    const zh = await run(dir, ['log', 'SO-1', '--node', 'other', '--channel', 'phone', 'x', '--lang', 'zh']);
    expect(zh.stderr).toContain('文件缺少必填键');
  });

  it('a file saved a moment ago but now still is edited after a short wait', async () => {
    const dir = ws({ 'SO-1': fullOrder('confirmed') });
    const path = join(dir, 'orders', 'SO-1.yaml');
    const now = new Date();
    utimesSync(path, now, now);
    const r = await log(dir);
    expect(r.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('note: called');
  });
});

describe('an edit never makes a file too large to read', () => {
  it('refuses, exit 1, says why, file untouched', async () => {
    const order = fullOrder('confirmed');
    const pad = `# ${'x'.repeat(MAX_BYTES - Buffer.byteLength(order) - 200)}\n`;
    const text = `${order}${pad}`;
    const dir = ws({ 'SO-1': text });
    const path = join(dir, 'orders', 'SO-1.yaml');
    expect((await run(dir, ['check'])).code).toBe(0);
    const r = await log(dir, 'y'.repeat(400));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the edit would make the file \d+ bytes, over the limit of 1048576 bytes/);
    expect(readFileSync(path, 'utf8')).toBe(text);
    writeFileSync(path, text);
  });
});
