// The morning page reads the check cache for "check passes" (an order in `received`): an
// order whose file the last check read as it is now takes that check's errors. The page
// is the same with the cache, without it, with stale entries and with a damaged cache;
// the cache is read, never written.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExamples, gendan, tempDir, type Run } from '../helpers/cli.js';
import { cacheFile, rewrite } from './helpers.js';

const TODAY = ['--today', '2026-11-28'];
const RECEIVED = join('orders', 'SO-2026-0113.yaml');

/** The examples, with an order in `received` whose promise cannot be kept (delivery-infeasible, a rule that reads today). */
function workspaceWithErrors(): string {
  const dir = copyExamples();
  const file = join(dir, RECEIVED);
  writeFileSync(file, readFileSync(file, 'utf8').replace('  requested: 2027-01-08\n', '  requested: 2027-01-08\n  promised: 2026-11-30\n'));
  return dir;
}

const today = (dir: string, extra: string[] = []) => gendan(['today', ...TODAY, ...extra], { cwd: dir });

function expectSame(a: Run, b: Run): void {
  expect(a.stdout).toBe(b.stdout);
  expect(a.stderr).toBe(b.stderr);
  expect(a.code).toBe(b.code);
}

/** Make the entry of the order in `received` claim another error, keeping its stat (read long after the file changed). */
function lieAbout(dir: string, file = cacheFile(dir)): void {
  rewrite(dir, (entries) => {
    const e = entries.find((x) => JSON.parse(x[0]!) === join(dir, RECEIVED))!;
    e[2] = '0';
    e[3] = '-';
    e[6] = `P${JSON.stringify({ order: '', problems: [{ file: 'x', line: 7, column: 1, severity: 'error', rule: 'schema', msg: { id: 'cli/usage', args: { detail: 'from the cache' } } }] })}`;
  }, file);
}

describe('gendan today with the check cache', () => {
  it('gives the page of an uncached run, in en and zh, as JSON, and after the files changed', async () => {
    const dir = workspaceWithErrors();
    expect((await gendan(['check', ...TODAY], { cwd: dir })).code).toBe(1);
    for (const extra of [[], ['--lang', 'zh'], ['--format', 'json']]) {
      const cached = await today(dir, extra);
      expectSame(cached, await today(dir, [...extra, '--no-cache']));
    }
    expect((await today(dir)).stdout).toMatch(/`gendan check` finds 1 error\(s\); first, line \d+: promised 2026-11-30 is before the earliest feasible/);
    // Another day: the entry of a rule that read today no longer holds.
    expectSame(await today(dir, ['--today', '2026-12-08']), await today(dir, ['--today', '2026-12-08', '--no-cache']));
    // The order put right after the check: its entry no longer holds.
    const file = join(dir, RECEIVED);
    writeFileSync(file, readFileSync(file, 'utf8').replace('  promised: 2026-11-30\n', '  promised: 2027-01-08\n'));
    const fixed = await today(dir);
    expectSame(fixed, await today(dir, ['--no-cache']));
    expect(fixed.stdout).not.toMatch(/finds 1 error/);
  });

  it('takes the errors from an entry that holds (the cache is read), and not from one whose file changed', async () => {
    const dir = workspaceWithErrors();
    await gendan(['check', ...TODAY], { cwd: dir });
    lieAbout(dir);
    expect((await today(dir)).stdout).toMatch(/finds 1 error\(s\); first, line 7: .*from the cache/);
    expect((await today(dir, ['--no-cache'])).stdout).not.toMatch(/from the cache/);
    // Written again with the same bytes and its old mtime: the ctime shows the change.
    const file = join(dir, RECEIVED);
    const st = statSync(file);
    writeFileSync(file, readFileSync(file));
    spawnSync('touch', ['-m', '-d', `@${Math.floor(st.mtimeMs / 1000)}`, file]);
    expect((await today(dir)).stdout).not.toMatch(/from the cache/);
  });

  it('reads the cache from --cache-location, as the check wrote it', async () => {
    const dir = workspaceWithErrors();
    const elsewhere = tempDir('gendan-cache-at-');
    await gendan(['check', ...TODAY, '--cache-location', elsewhere], { cwd: dir });
    lieAbout(dir, join(elsewhere, 'check.jsonl'));
    expect((await today(dir, ['--cache-location', elsewhere])).stdout).toMatch(/from the cache/);
    expect((await today(dir)).stdout).not.toMatch(/from the cache/);
  });

  it('works without a damaged, foreign or missing cache, says nothing of it and writes none', async () => {
    const dir = workspaceWithErrors();
    const plain = await today(dir, ['--no-cache']);
    expectSame(await today(dir), plain);
    expect(existsSync(join(dir, '.gendan-cache'))).toBe(false);
    await gendan(['check', ...TODAY], { cwd: dir });
    lieAbout(dir);
    const text = readFileSync(cacheFile(dir), 'utf8');
    writeFileSync(cacheFile(dir), text.replace('from the cache', 'from the cachE')); // the trailer's hash no longer matches
    expectSame(await today(dir), plain);
    writeFileSync(join(dir, 'gendan.yaml'), `${readFileSync(join(dir, 'gendan.yaml'), 'utf8')}rules: { below-moq: off }\n`);
    writeFileSync(cacheFile(dir), text); // whole, but made with the configuration before
    expectSame(await today(dir), await today(dir, ['--no-cache']));
    expect(readFileSync(cacheFile(dir), 'utf8')).toBe(text);
    rmSync(join(dir, '.gendan-cache'), { recursive: true });
  });
});
