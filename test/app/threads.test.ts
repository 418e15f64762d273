// Results are the same whatever path produced them: one thread or several (workers run
// the built code), in-process or as a process, fast reader or yaml Document.
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { gendan, gendanProcess, tempDir } from '../helpers/cli.js';
import { rewrite } from '../cache/helpers.js';

const today = ['--today', '2026-06-15'];
// Every check does the work (test/cache/ covers the check cache).
const noCache = ['--no-cache'];

describe('one thread or several', () => {
  const dir = `${tempDir()}/ws`;
  generate(dir, { count: 400, seed: 5, defects: 0.3 });

  it('check gives the same problems, in the same order, with the same positions', async () => {
    const one = gendanProcess(['check', dir, '--format', 'json', ...today, ...noCache], { env: { GENDAN_THREADS: '1' } });
    const three = gendanProcess(['check', dir, '--format', 'json', ...today, ...noCache], { env: { GENDAN_THREADS: '3' } });
    const inProcess = await gendan(['check', dir, '--format', 'json', ...today, ...noCache]);
    expect(one.code).toBe(1);
    expect(JSON.parse(one.stdout).problems.length).toBeGreaterThan(50);
    expect(three).toEqual(one);
    expect(inProcess).toEqual(one);
    const text = (env: Record<string, string>) => gendanProcess(['check', dir, ...today, ...noCache], { env });
    expect(text({ GENDAN_THREADS: '3' })).toEqual(text({ GENDAN_THREADS: '1' }));
  });

  it('reports and lists read every order the same way', () => {
    for (const args of [['today'], ['report', 'overdue'], ['list']]) {
      const run = (threads: string) => gendanProcess([...args, dir, '--format', 'json', ...today], { env: { GENDAN_THREADS: threads } });
      expect(run('3'), args.join(' ')).toEqual(run('1'));
    }
  });

  it('the morning page in words is the same put in words by workers or by this thread, in zh and en', () => {
    // Enough files that the workers, which start after this thread has begun, do most of them.
    const big = `${tempDir()}/ws`;
    generate(big, { count: 3000, seed: 6, defects: 0.1 });
    for (const lang of ['zh', 'en']) {
      const run = (threads: string) => gendanProcess(['today', big, '--lang', lang, ...today], { env: { GENDAN_THREADS: threads } });
      const one = run('1');
      expect(one.stdout.split('\n').length, lang).toBeGreaterThan(100);
      expect(run('3'), lang).toEqual(one);
    }
    // With the check cache, workers answer "check passes" from it as this thread does:
    // every entry with problems made to claim another error shows, the same either way.
    gendanProcess(['check', big, ...today]);
    rewrite(big, (entries) => {
      for (const e of entries) if (e[6]!.startsWith('P')) [e[2], e[3], e[6]] = ['0', '-', `P${JSON.stringify({ order: '', problems: [LIE] })}`];
    });
    const run = (threads: string, extra: string[] = []) => gendanProcess(['today', big, ...today, ...extra], { env: { GENDAN_THREADS: threads } });
    const one = run('1');
    const errors = run('1', ['--no-cache']).stdout.match(/`gendan check` finds/g)?.length ?? 0;
    expect(errors).toBeGreaterThan(2);
    // (Files with warnings only have entries too: the lie makes errors of them.)
    expect(one.stdout.match(/from the cache/g)?.length).toBeGreaterThanOrEqual(errors);
    expect(run('3')).toEqual(one);
  });
});

const LIE = { file: 'x', line: 1, column: 1, severity: 'error', rule: 'schema', msg: { id: 'cli/usage', args: { detail: 'from the cache' } } };
