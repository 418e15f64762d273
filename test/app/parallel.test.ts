// runParallel gives the results of doing every item here, in item order, whether this
// thread shares the work or only collects it. Runs the built code: workers need it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { ROOT, tempDir } from '../helpers/cli.js';

const dist = (p: string) => import(join(ROOT, 'dist', p));

describe('runParallel', () => {
  const dir = `${tempDir()}/ws`;
  generate(dir, { count: 300, seed: 9, defects: 0.3 });
  const names = readdirSync(join(dir, 'orders')).sort();

  it('returns what one thread returns, in order, sharing the work or only collecting', async () => {
    const { runParallel } = await dist('app/parallel.js');
    const { FileList } = await dist('app/file-list.js');
    const { loadJob } = await dist('app/load-job.js');
    const list = () => new FileList({ length: names.length, item: (i: number) => [join(dir, 'orders', names[i]!), names[i]!] });
    const spec = { job: 'load', init: undefined, local: loadJob() };
    const alone = runParallel(list(), spec, 1);
    expect(alone).toHaveLength(300);
    expect(runParallel(list(), spec, 3)).toEqual(alone);
    expect(runParallel(list(), spec, 2, 0)).toEqual(alone);
  });
});
