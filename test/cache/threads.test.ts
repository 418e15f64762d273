// The cache gives the same output with one thread and several: cold (writing it from
// workers), warm, after edits, and without it.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { gendanProcess, tempDir } from '../helpers/cli.js';
import { ensureBuilt } from '../reliability/build.js';

const today = ['--today', '2026-06-15'];

describe('check cache with one thread and several', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('gives the same output cold, warm, after edits and without the cache', () => {
    const base = tempDir();
    const dirs = ['one', 'three'].map((n) => join(base, n));
    for (const d of dirs) generate(d, { count: 500, seed: 7, defects: 0.2 });
    const run = (dir: string, threads: string, extra: string[] = []) =>
      gendanProcess(['check', '--format', 'json', ...today, ...extra], { cwd: dir, env: { GENDAN_THREADS: threads } });
    const expectSame = () => {
      const plain = run(dirs[0]!, '1', ['--no-cache']);
      expect(plain.code).toBe(1);
      expect(JSON.parse(plain.stdout).problems.length).toBeGreaterThan(60);
      for (const [dir, threads] of [[dirs[0]!, '1'], [dirs[1]!, '3']] as const) {
        expect(run(dir, threads), `${threads} thread(s)`).toEqual(plain);
      }
    };
    expectSame(); // cold: written by this thread alone, and by workers
    expectSame(); // warm
    const names = readdirSync(join(dirs[0]!, 'orders')).sort();
    for (const d of dirs) {
      // A duplicate id, a broken file, a deleted one, and a change of many files at once.
      writeFileSync(join(d, 'orders', names[5]!), readFileSync(join(d, 'orders', names[6]!)));
      writeFileSync(join(d, 'orders', names[7]!), 'id: [\n');
      rmSync(join(d, 'orders', names[8]!));
      for (const n of names.slice(100, 330)) {
        const f = join(d, 'orders', n);
        writeFileSync(f, readFileSync(f, 'utf8').replace(/quantity: (\d+)/, (_, q: string) => `quantity: ${Number(q) + 1}`));
      }
    }
    expectSame();
    expectSame();
    rmSync(base, { recursive: true, force: true });
  }, 600_000);
});
