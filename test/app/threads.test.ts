// Results are the same whatever path produced them: one thread or several (workers run
// the built code), in-process or as a process, fast reader or yaml Document.
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { gendan, gendanProcess, tempDir } from '../helpers/cli.js';

const today = ['--today', '2026-06-15'];

describe('one thread or several', () => {
  const dir = `${tempDir()}/ws`;
  generate(dir, { count: 400, seed: 5, defects: 0.3 });

  it('check gives the same problems, in the same order, with the same positions', async () => {
    const one = gendanProcess(['check', dir, '--format', 'json', ...today], { env: { GENDAN_THREADS: '1' } });
    const three = gendanProcess(['check', dir, '--format', 'json', ...today], { env: { GENDAN_THREADS: '3' } });
    const inProcess = await gendan(['check', dir, '--format', 'json', ...today]);
    expect(one.code).toBe(1);
    expect(JSON.parse(one.stdout).problems.length).toBeGreaterThan(50);
    expect(three).toEqual(one);
    expect(inProcess).toEqual(one);
    const text = (env: Record<string, string>) => gendanProcess(['check', dir, ...today], { env });
    expect(text({ GENDAN_THREADS: '3' })).toEqual(text({ GENDAN_THREADS: '1' }));
  });

  it('reports and lists read every order the same way', () => {
    for (const args of [['today'], ['report', 'overdue'], ['list']]) {
      const run = (threads: string) => gendanProcess([...args, dir, '--format', 'json', ...today], { env: { GENDAN_THREADS: threads } });
      expect(run('3'), args.join(' ')).toEqual(run('1'));
    }
  });
});
