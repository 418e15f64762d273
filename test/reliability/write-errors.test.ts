// Writes that the system refuses, for real: a read-only file, a folder the user may not
// write, a full disk (a small tmpfs), a read-only file system. Each time: one clear line,
// exit 2, the order byte for byte as it was, nothing left beside it.
import { spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, copyExamples, EXAMPLES, gendan, tempDir } from '../helpers/cli.js';
import { ensureBuilt } from './build.js';
import { NOBODY, nobodyCannotRun } from './nobody.js';

const ROOT_USER = process.getuid?.() === 0;
const ENV = { GENDAN_TODAY: '2026-11-28', GENDAN_NOW: '2026-11-28T09:30:00+08:00', GENDAN_LANG: 'en' };

function firstOrder(dir: string): { file: string; id: string } {
  const name = readdirSync(join(dir, 'orders')).filter((f) => f.endsWith('.yaml')).sort()[0]!;
  return { file: join(dir, 'orders', name), id: name.replace(/\.yaml$/, '') };
}

const logArgs = (id: string) => ['log', id, '--node', 'other', '--channel', 'phone', 'written?'];

function expectRefused(r: { code: number | null; stderr: string }, file: string, before: Buffer, message: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).toMatch(/not changed/);
  expect(readFileSync(file).equals(before)).toBe(true);
  const folder = join(file, '..');
  expect(readdirSync(folder).filter((f) => f.startsWith('.'))).toEqual([]);
}

const cleanup: (() => void)[] = [];
afterEach(() => {
  while (cleanup.length) cleanup.pop()!();
});

describe('permissions', () => {
  it('a read-only order file is not replaced, not even by root', async () => {
    const dir = copyExamples();
    const { file, id } = firstOrder(dir);
    const before = readFileSync(file);
    chmodSync(file, 0o444);
    const r = await gendan(logArgs(id), { cwd: dir, env: ENV });
    expectRefused(r, file, before, /permission denied/);
    expect(readdirSync(join(dir, 'orders')).length).toBeGreaterThan(1);
    rmSync(dir, { recursive: true, force: true });
  });

  // root writes into any folder, so the refusal is checked as an unprivileged user.
  it('a folder the user may not write: refused before anything is created', { timeout: 20_000 }, async (ctx) => {
    const dir = copyExamples();
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const { file, id } = firstOrder(dir);
    const before = readFileSync(file);
    if (!ROOT_USER) {
      chmodSync(join(dir, 'orders'), 0o555);
      cleanup.unshift(() => chmodSync(join(dir, 'orders'), 0o755));
      expectRefused(await gendan(logArgs(id), { cwd: dir, env: ENV }), file, before, /permission denied/);
      return;
    }
    ensureBuilt();
    const why = nobodyCannotRun();
    if (why) return ctx.skip(why);
    chmodSync(dir, 0o755);
    for (const f of ['', 'orders', ...readdirSync(join(dir, 'orders')).map((n) => `orders/${n}`)]) chownSync(join(dir, f), NOBODY, NOBODY);
    chmodSync(join(dir, 'orders'), 0o555);
    const r = spawnSync(process.execPath, [BIN, ...logArgs(id)], { cwd: dir, env: { PATH: process.env.PATH, ...ENV }, encoding: 'utf8', uid: NOBODY, gid: NOBODY });
    if (r.error) ctx.skip(`cannot run a child process as uid ${NOBODY}: ${r.error.message}`);
    expectRefused({ code: r.status, stderr: r.stderr }, file, before, /permission denied/);
  });
});

/** A tmpfs of `size` mounted in a temp folder, or why it cannot be. */
function tmpfs(size: string): { dir: string } | { skip: string } {
  if (!ROOT_USER) return { skip: 'mounting a small tmpfs needs root' };
  const dir = tempDir('gendan-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `cannot mount a tmpfs here: ${String((e as { stderr?: Buffer }).stderr ?? e).trim()}` };
  }
  cleanup.push(() => {
    execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir };
}

/** Fill the file system holding `dir`, then free exactly `pages` pages of 4 KiB. */
function fill(dir: string, pages: number): void {
  const spare = Array.from({ length: pages }, (_, i) => join(dir, `.spare-${i}`));
  for (const s of spare) writeFileSync(s, Buffer.alloc(4096, 1));
  const chunk = Buffer.alloc(4096, 2);
  for (let i = 0; ; i++) {
    try {
      writeFileSync(join(dir, `.fill-${i}`), chunk);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
      rmSync(join(dir, `.fill-${i}`), { force: true });
      break;
    }
  }
  for (const s of spare) rmSync(s);
}

describe('a full disk and a read-only file system (real mounts)', () => {
  beforeAll(() => {
    expect(readdirSync(EXAMPLES)).toContain('orders');
  });

  // With no page free the lock cannot be written; with one, the lock fits but the new
  // content does not.
  for (const pages of [0, 1]) {
    it(`ENOSPC with ${pages} free page(s): clear message, exit 2, order untouched, no debris`, async (ctx) => {
      const fs = tmpfs('512k');
      if ('skip' in fs) return ctx.skip(fs.skip);
      const ws = join(fs.dir, 'ws');
      mkdirSync(ws);
      cpSync(join(EXAMPLES, 'gendan.yaml'), join(ws, 'gendan.yaml'));
      cpSync(join(EXAMPLES, 'catalog.yaml'), join(ws, 'catalog.yaml'));
      cpSync(join(EXAMPLES, 'orders'), join(ws, 'orders'), { recursive: true });
      const { file, id } = firstOrder(ws);
      const before = readFileSync(file);
      fill(fs.dir, pages);
      expectRefused(await gendan(logArgs(id), { cwd: ws, env: ENV }), file, before, /no space left/);
      // Reading still works on a full disk.
      expect((await gendan(['check', '--format', 'json'], { cwd: ws, env: ENV })).code).toBeLessThan(2);
    });
  }

  it('EROFS: clear message, exit 2, order untouched; check still works', async (ctx) => {
    const fs = tmpfs('1m');
    if ('skip' in fs) return ctx.skip(fs.skip);
    cpSync(EXAMPLES, fs.dir, { recursive: true });
    const { file, id } = firstOrder(fs.dir);
    const before = readFileSync(file);
    execFileSync('mount', ['-o', 'remount,ro', fs.dir]);
    expectRefused(await gendan(logArgs(id), { cwd: fs.dir, env: ENV }), file, before, /read-only file system/);
    expect((await gendan(['check', '--format', 'json'], { cwd: fs.dir, env: ENV })).code).toBeLessThan(2);
  });
});
