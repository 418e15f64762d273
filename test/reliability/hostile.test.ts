// The clerk's orders folder holds every kind of hostile file at once, beside valid orders:
// one `gendan check` names each hostile file with its problem, still reports the valid
// orders clean, never changes a file, never pollutes a prototype, and exits 1.
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { BIN, gendan, workspace } from '../helpers/cli.js';
import { ensureBuilt } from './build.js';
import { NOBODY, nobodyCannotRun } from './nobody.js';
import { hostileFixture, type Fixture, type Hostile } from './hostile-fixture.js';

interface Json {
  summary: { files: number; orders: number; errors: number; warnings: number };
  problems: { file: string; line: number; column: number; severity: string; rule: string; message: string }[];
}

const ROOT_USER = process.getuid?.() === 0;

/** The en messages of `rule` whose key is `key` or `key-…`, as patterns (args as wildcards). */
function messagePatterns(h: Hostile): RegExp[] {
  const rule = rules.find((r) => r.id === h.rule)!;
  return Object.entries(rule.messages)
    .filter(([k]) => h.key === '*' || k === h.key || k.startsWith(`${h.key}-`))
    .map(([, text]) => new RegExp(`^${text.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '[\\s\\S]*')}$`));
}

function expectReport(out: Json, fx: Fixture, hostile: Hostile[]): void {
  for (const h of hostile) {
    const mine = out.problems.filter((p) => p.file === `orders/${h.name}`);
    const patterns = messagePatterns(h);
    expect(patterns.length, `messages for ${h.rule}/${h.key}`).toBeGreaterThan(0);
    expect(
      mine.some((p) => p.rule === h.rule && p.severity === 'error' && patterns.some((re) => re.test(p.message))),
      `${h.name} should get ${h.rule}/${h.key}; got ${JSON.stringify(mine)}`,
    ).toBe(true);
  }
  for (const v of fx.valid) expect(out.problems.filter((p) => p.file === `orders/${v}`), v).toEqual([]);
  expect(out.summary.orders).toBeGreaterThanOrEqual(fx.valid.length);
  for (const [name, bytes] of fx.before) expect(readFileSync(join(fx.dir, 'orders', name)).equals(bytes), `${name} unchanged`).toBe(true);
}

describe('a folder of hostile files, checked in one run', () => {
  let fx: Fixture;
  beforeAll(() => {
    fx = hostileFixture({ unreadable: !ROOT_USER });
  });
  afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

  it('names every hostile file, keeps valid orders clean, changes nothing, exits 1', { timeout: 10_000 }, async () => {
    const r = await gendan(['check', '--today', '2026-11-28', '--lang', 'en', '--format', 'json'], { cwd: fx.dir });
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Json;
    expectReport(out, fx, fx.hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('text output names each hostile file too, in both languages', { timeout: 10_000 }, async () => {
    for (const lang of ['en', 'zh']) {
      const r = await gendan(['check', '--today', '2026-11-28', '--lang', lang, '--no-color'], { cwd: fx.dir });
      expect(r.code).toBe(1);
      for (const h of fx.hostile) expect(r.stdout).toContain(`orders/${h.name}:`);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

// chmod 000 does not stop root from reading, so as root the same run is made by an
// unprivileged user (the child process drops to `nobody`), where the file is unreadable.
describe.skipIf(!ROOT_USER)('an unreadable file, when the tests run as root', () => {
  let fx: Fixture;
  beforeAll(() => {
    ensureBuilt();
    fx = hostileFixture({ unreadable: true });
    chmodSync(fx.dir, 0o755);
  });
  afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

  it('is named with file/unreadable in the same run as the other hostile files', { timeout: 15_000 }, (ctx) => {
    const why = nobodyCannotRun();
    if (why) return ctx.skip(why);
    const r = spawnSync(process.execPath, [BIN, 'check', '--today', '2026-11-28', '--lang', 'en', '--format', 'json'], {
      cwd: fx.dir,
      env: { PATH: process.env.PATH },
      encoding: 'utf8',
      uid: NOBODY,
      gid: NOBODY,
    });
    if (r.error || (r.status === null && r.signal === null)) ctx.skip(`cannot run a child process as uid ${NOBODY}: ${r.error?.message}`);
    if (/EACCES|permission denied/i.test(r.stderr) && r.stdout === '') ctx.skip(`uid ${NOBODY} cannot read the project or its temp folder: ${r.stderr.trim()}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.status).toBe(1);
    expectReport(JSON.parse(r.stdout) as Json, fx, fx.hostile);
  });
});

// Big folders are checked by worker threads, which have smaller stacks: the same
// hostile files must give the same report, byte for byte, whatever the thread count.
describe('the hostile folder, checked by worker threads', () => {
  let fx: Fixture;
  beforeAll(() => {
    ensureBuilt();
    fx = hostileFixture({ unreadable: false });
    const sample = readFileSync(join(fx.dir, 'orders', fx.valid[0]!), 'utf8');
    const id = fx.valid[0]!.replace(/\.yaml$/, '');
    for (let i = 0; i < 150; i++) writeFileSync(join(fx.dir, 'orders', `SO-COPY-${i}.yaml`), sample.split(id).join(`SO-COPY-${i}`));
  });
  afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

  it('gives one thread’s report with two and four threads', { timeout: 30_000 }, () => {
    const run = (threads: number) =>
      spawnSync(process.execPath, [BIN, 'check', '--today', '2026-11-28', '--lang', 'en', '--format', 'json'], {
        cwd: fx.dir,
        env: { PATH: process.env.PATH, GENDAN_THREADS: String(threads) },
        encoding: 'utf8',
      });
    const one = run(1);
    expect(one.status, one.stderr).toBe(1);
    expectReport(JSON.parse(one.stdout) as Json, { ...fx, valid: [...fx.valid, ...Array.from({ length: 150 }, (_, i) => `SO-COPY-${i}.yaml`)] }, fx.hostile);
    for (const threads of [2, 4]) {
      const r = run(threads);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe(one.stdout);
    }
  });
});

describe('limits, one at a time', () => {
  const check = async (files: Record<string, string | Buffer>, args: string[] = []) => {
    const dir = workspace(files);
    const r = await gendan(['check', '--today', '2026-11-28', '--lang', 'en', '--format', 'json', ...args], { cwd: dir });
    rmSync(dir, { recursive: true, force: true });
    return { ...r, out: JSON.parse(r.stdout) as Json };
  };

  it('a file just over 1 MiB is not parsed; one just under is', async () => {
    const line = `# ${'x'.repeat(97)}\n`;
    const body = 'id: SO-1\nstatus: received\n';
    const under = body + line.repeat(Math.floor((1024 * 1024 - body.length) / 100));
    const over = under + line.repeat(2);
    const r = await check({ 'orders/SO-1.yaml': under, 'orders/SO-2.yaml': over.replace('SO-1', 'SO-2') });
    expect(r.out.problems.filter((p) => p.file === 'orders/SO-1.yaml' && p.rule === 'file')).toEqual([]);
    expect(r.out.problems.find((p) => p.file === 'orders/SO-2.yaml')).toMatchObject({ rule: 'file', line: 1, column: 1 });
  });

  it('not-UTF-8 points at the first bad byte', async () => {
    const r = await check({ 'orders/SO-1.yaml': Buffer.concat([Buffer.from('id: SO-1\nnote: '), Buffer.from([0xb1, 0xb1]), Buffer.from('\n')]) });
    expect(r.out.problems).toMatchObject([{ rule: 'file', line: 2, column: 7 }]);
  });

  it('a few aliases are fine (a bomb is in the folder above)', async () => {
    const ok = 'id: SO-1\nstatus: received\ncustomer: &c { name: 恒达 }\nnote: *c\n';
    const r = await check({ 'orders/SO-1.yaml': ok });
    expect(r.out.problems.some((p) => p.rule === 'file')).toBe(false);
  });

  it('nesting up to the limit is parsed; beyond it is a file problem, not a crash', async () => {
    const nest = (n: number) => `id: SO-1\nnote: ${'['.repeat(n)}${']'.repeat(n)}\n`;
    const shallow = await check({ 'orders/SO-1.yaml': nest(40) });
    expect(shallow.out.problems.some((p) => p.rule === 'file')).toBe(false);
    const deep = await check({ 'orders/SO-1.yaml': nest(70) });
    expect(deep.out.problems).toMatchObject([{ rule: 'file' }]);
  });

  it('duplicate keys are found among thousands of keys, in linear time', { timeout: 20_000 }, async () => {
    const keys = Array.from({ length: 9_000 }, (_, i) => `k${i}: ${i}`);
    keys.push('k17: again');
    const r = await check({ 'orders/SO-1.yaml': `id: SO-1\n${keys.join('\n')}\n` });
    expect(r.out.problems).toMatchObject([{ rule: 'yaml-syntax', line: 9_002, column: 1 }]);
  });

  it('thousands of unknown keys: the first hundred listed, every one counted, nothing overflows', { timeout: 20_000 }, async () => {
    const keys = Array.from({ length: 9_000 }, (_, i) => `k${i}: ${i}`);
    const r = await check({ 'orders/SO-1.yaml': `id: SO-1\nstatus: received\n${keys.join('\n')}\n` });
    expect(r.code).toBe(1);
    expect(r.out.problems.length).toBe(100);
    expect(r.out.summary.errors + r.out.summary.warnings).toBeGreaterThan(9_000);
  });

  it('YAML 1.1 tags and directives give plain data, never binary, set, map or date objects', async () => {
    const files = {
      'orders/SO-1.yaml': '!!binary aGVsbG8=\n',
      'orders/SO-2.yaml': 'id: SO-2\nstatus: received\ncustomer: !!set { name }\n',
      'orders/SO-3.yaml': '%YAML 1.1\n---\nid: SO-3\nstatus: received\nordered: !!timestamp 2026-11-02\nlines: !!omap [ { model: 1 } ]\n',
    };
    const r = await check(files);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.out.problems.find((p) => p.file === 'orders/SO-1.yaml')).toMatchObject({ rule: 'file' });
    expect(r.out.problems.filter((p) => p.file !== 'orders/SO-1.yaml').every((p) => p.rule === 'schema')).toBe(true);
  });

  it('a pipe or a device given as a path is refused, never read', { timeout: 10_000 }, async () => {
    const r = await check({ 'orders/SO-1.yaml': 'id: SO-1\n' }, ['/dev/zero']);
    expect(r.out.problems).toMatchObject([{ rule: 'file', message: expect.stringMatching(/not a regular file/) }]);
  });
});
