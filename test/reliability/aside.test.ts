// An order a gendan was killed while replacing (between moving it aside and linking the
// new content) is only under `.NAME.PID.HEX.aside`. The next gendan that lists or edits it
// puts it back, whatever the command.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { gendan } from '../helpers/cli.js';
import { oneOrderWorkspace } from './one-order.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The order moved aside as a gendan that has since died would have left it. */
function leftAside(): { dir: string; file: string; id: string; text: string } {
  const w = oneOrderWorkspace((t) => /^contacts:/m.test(t));
  dirs.push(w.dir);
  const dead = spawnSync(process.execPath, ['-e', '0']).pid;
  const text = readFileSync(w.file, 'utf8');
  renameSync(w.file, join(dirname(w.file), `.${basename(w.file)}.${dead}.0badc0de.aside`));
  return { ...w, text };
}

const debris = (dir: string) => readdirSync(join(dir, 'orders')).filter((f) => f.startsWith('.'));

it('check over the folder puts the order back and checks it', async () => {
  const { dir, file, text } = leftAside();
  const r = await gendan(['check', '--format', 'json', '--today', '2026-11-28'], { cwd: dir });
  expect(r.code, r.stderr).toBeLessThan(2);
  expect(JSON.parse(r.stdout).summary.files).toBe(1);
  expect(readFileSync(file, 'utf8')).toBe(text);
  expect(debris(dir)).toEqual([]);
});

it('a command naming the file, or the order id, finds it back', async () => {
  for (const ref of ['path', 'id'] as const) {
    const { dir, file, id, text } = leftAside();
    const r = await gendan(['log', ref === 'path' ? file : id, '--node', 'other', '--channel', 'phone', 'back'], { cwd: dir, env: { GENDAN_TODAY: '2026-11-28' } });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('back');
    expect(readFileSync(file, 'utf8').startsWith(text.slice(0, 200))).toBe(true);
    expect(debris(dir)).toEqual([]);
  }
});

it('an aside copy of a live gendan is left alone', async () => {
  const { dir, file } = leftAside();
  const [aside] = debris(dir);
  const mine = aside!.replace(/\.\d+\.0badc0de/, `.${process.pid}.0badc0de`);
  renameSync(join(dir, 'orders', aside!), join(dir, 'orders', mine));
  const r = await gendan(['check', '--today', '2026-11-28'], { cwd: dir });
  expect(r.code).toBeLessThan(2);
  expect(existsSync(file)).toBe(false);
  expect(debris(dir)).toEqual([mine]);
});
