// Results are the same whatever path produced them: one thread or several (workers run
// the built code), in-process or as a process, fast reader or yaml Document.
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { gendan, gendanProcess, tempDir } from '../helpers/cli.js';

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
  });
});
