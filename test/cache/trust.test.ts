// A cache that is damaged, made for another workspace or with another configuration,
// catalog or build is never trusted: one line on stderr, the output of an uncached check,
// and a new cache. An entry is trusted on its stat alone only when the file had not
// changed close to its read; otherwise only when the content hashes the same.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { cacheFile, check, rewrite, smallWorkspace } from './helpers.js';

const TODAY = ['--today', '2026-11-28'];
async function expectIgnored(dir: string, line: RegExp) {
  const plain = await check(dir, TODAY, false);
  const cached = await check(dir, TODAY);
  expect(cached.stdout).toBe(plain.stdout);
  expect(cached.code).toBe(plain.code);
  expect(cached.stderr).toMatch(line);
  expect(cached.stderr.split('\n').filter(Boolean)).toHaveLength(1 + plain.stderr.split('\n').filter(Boolean).length);
  // Made anew: the next run trusts it and says nothing.
  const again = await check(dir, TODAY);
  expect(again.stderr).toBe(plain.stderr);
  expect(again.stdout).toBe(plain.stdout);
}

const DAMAGED = /^gendan: the check cache \.gendan-cache\/check\.jsonl is damaged: ignored, and made anew\n/;

describe('a cache that cannot be trusted', () => {
  const damage: [string, (text: Buffer) => Buffer | string][] = [
    ['cut short', (b) => b.subarray(0, b.length >> 1)],
    ['cut at a line end', (b) => b.subarray(0, b.indexOf(0x0a, b.length >> 1) + 1)],
    ['with a line added', (b) => Buffer.concat([b, Buffer.from('["x"]\n')])],
    ['emptied', () => ''],
    ['binary', () => Buffer.from([0, 1, 2, 255, 254, 10])],
    ['with one problem changed', (b) => b.toString('utf8').replace('"line":', '"line":1')],
    ['with a line of the old format', (b) => b.toString('utf8').replace(/\n"[^\n]*\n/, '\n["x","1:1:1:1",0,0,0,0,""]\n')],
    ['with one byte flipped', (b) => Buffer.from(b.map((x, i) => (i === b.length >> 1 ? x ^ 1 : x)))],
  ];
  for (const [name, spoil] of damage) {
    it(`is ignored when ${name}`, async () => {
      const dir = smallWorkspace();
      writeFileSync(join(dir, 'orders', 'SO-2026-0102.yaml'), 'id: SO-2026-0102\nstatus: nonsense\n');
      await check(dir, TODAY);
      writeFileSync(cacheFile(dir), spoil(readFileSync(cacheFile(dir))));
      await expectIgnored(dir, DAMAGED);
    });
  }

  it("is ignored when it is another workspace's", async () => {
    const a = smallWorkspace();
    const b = smallWorkspace();
    await check(a, TODAY);
    cpSync(join(a, '.gendan-cache'), join(b, '.gendan-cache'), { recursive: true });
    await expectIgnored(b, /^gendan: \.gendan-cache\/check\.jsonl is not a check cache of this workspace: ignored, and made anew\n/);
  });

  it('is ignored, said in Chinese too, when made with another configuration, catalog or build', async () => {
    const dir = smallWorkspace();
    await check(dir, TODAY);
    writeFileSync(join(dir, 'gendan.yaml'), `${readFileSync(join(dir, 'gendan.yaml'), 'utf8')}rules: { below-moq: off }\n`);
    await expectIgnored(dir, /was made with another configuration: ignored/);
    writeFileSync(join(dir, 'catalog.yaml'), readFileSync(join(dir, 'catalog.yaml'), 'utf8').replace(/moq: \d+/, 'moq: 999'));
    await expectIgnored(dir, /was made with another catalog: ignored/);
    rewrite(dir, (_, header) => (header.build = 'an-older-build'));
    await expectIgnored(dir, /was made with another version of gendan: ignored/);
    rewrite(dir, (_, header) => (header.build = 'an-older-build'));
    const zh = await check(dir, [...TODAY, '--lang', 'zh']);
    expect(zh.stderr).toBe('gendan：检查缓存 .gendan-cache/check.jsonl 是用另一版本的 gendan 生成的：已忽略并重新生成\n');
  });
});

describe('an entry', () => {
  /** Make every entry claim another result, keeping its stat: an entry the check trusts shows. */
  async function lie(racy: boolean) {
    const dir = smallWorkspace(3);
    const plain = await check(dir, TODAY, false);
    await check(dir, TODAY);
    rewrite(dir, (entries) => {
      for (const e of entries) {
        e[2] = String(racy ? Date.now() : 0); // read now (the files changed a moment ago), or long after
        e[3] = racy ? createHash('sha256').update('other content').digest('base64url') : '-';
        e[6] = `P${JSON.stringify({ order: '', problems: [{ file: 'x', line: 1, column: 1, severity: 'error', rule: 'schema', msg: { id: 'cli/usage', args: { detail: 'from the cache' } } }] })}`;
      }
    });
    return { dir, plain, cached: await check(dir, TODAY) };
  }

  it('whose file changed close to its read is reused only when the content hashes the same', async () => {
    const { plain, cached } = await lie(true);
    expect(cached.stdout).toBe(plain.stdout);
    expect(cached.stderr).toBe(plain.stderr);
  });

  it('whose file had not changed for a while is reused on its stat alone (the cache is used)', async () => {
    const { dir, cached } = await lie(false);
    expect(cached.stdout).toContain('from the cache');
    expect(cached.code).toBe(1);
    // Any change of a file, even one that keeps its size and mtime, shows in its ctime.
    const file = join(dir, 'orders', 'SO-2026-0101.yaml');
    const st = statSync(file);
    writeFileSync(file, readFileSync(file));
    spawnSync('touch', ['-m', '-d', `@${Math.floor(st.mtimeMs / 1000)}`, file]);
    const after = await check(dir, TODAY);
    expect(after.stdout.match(/from the cache/g)).toHaveLength(2);
  });
});

describe('where the cache lives', () => {
  it('keeps itself out of git status', async () => {
    const dir = smallWorkspace();
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'orders');
    await check(dir, TODAY);
    expect(existsSync(cacheFile(dir))).toBe(true);
    expect(readFileSync(join(dir, '.gendan-cache', '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    expect(git('status', '--porcelain').stdout).toBe('');
  });

  it('goes where --cache-location says', async () => {
    const dir = smallWorkspace();
    const elsewhere = join(tempDir(), 'c');
    const plain = await check(dir, TODAY, false);
    for (let i = 0; i < 2; i++) {
      const r = await check(dir, [...TODAY, '--cache-location', elsewhere]);
      expect(r).toEqual(plain);
    }
    expect(existsSync(join(elsewhere, 'check.jsonl'))).toBe(true);
    expect(existsSync(join(dir, '.gendan-cache'))).toBe(false);
  });

  it('goes under $XDG_CACHE_HOME when the workspace cannot hold it', async () => {
    const dir = smallWorkspace();
    writeFileSync(join(dir, '.gendan-cache'), 'a file where the folder would go\n');
    const xdg = tempDir();
    const { gendan } = await import('../helpers/cli.js');
    const run = () => gendan(['check', ...TODAY], { cwd: dir, env: { XDG_CACHE_HOME: xdg } });
    const first = await run();
    expect(first.stderr).toBe('');
    const second = await run();
    expect(second).toEqual(first);
    const made = spawnSync('find', [xdg, '-name', 'check.jsonl'], { encoding: 'utf8' }).stdout.trim();
    expect(made).toMatch(new RegExp(`^${xdg}/gendan/[0-9a-f]{16}/check\\.jsonl$`));
    expect(readFileSync(made, 'utf8')).toContain(JSON.stringify(dir));
  });

  it('is left alone by a check of a few files named on the command line', async () => {
    // Reading the cache of a large workspace costs more than checking a few files.
    const dir = smallWorkspace();
    await check(dir, TODAY);
    writeFileSync(cacheFile(dir), 'damaged');
    const one = await check(dir, ['orders/SO-2026-0101.yaml', ...TODAY]);
    expect(one.stderr).toBe('');
    expect(one).toEqual(await check(dir, ['orders/SO-2026-0101.yaml', ...TODAY], false));
    expect(readFileSync(cacheFile(dir), 'utf8')).toBe('damaged');
    // The folder as a whole still reads it, finds it damaged and makes it anew.
    expect((await check(dir, TODAY)).stderr).toMatch(DAMAGED);
    rmSync(dir, { recursive: true, force: true });
  });

  it('is neither read nor written with --no-cache', async () => {
    const dir = smallWorkspace();
    await check(dir, TODAY, false);
    expect(existsSync(join(dir, '.gendan-cache'))).toBe(false);
    await check(dir, TODAY);
    writeFileSync(cacheFile(dir), 'damaged');
    const r = await check(dir, TODAY, false);
    expect(r.stderr).toBe('');
    expect(readFileSync(cacheFile(dir), 'utf8')).toBe('damaged');
    rmSync(dir, { recursive: true, force: true });
  });
});
