// The layers of src/, enforced: each folder may import only from its own layer and the
// ones below it (type-only and dynamic imports count too), no import cycle anywhere, and
// only load/, edit/, app/ and cli/ touch the file system. docs/architecture.md explains
// the order and where new code goes.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { againstOrder, cycles, importGraph, layerOf, type Graph } from './graph.js';
import { ROOT } from '../helpers/cli.js';

/** Lower first. Folders of one rank may import each other, but never in a cycle of files. */
export const LAYERS: Record<string, number> = {
  model: 0,
  util: 1,
  calendar: 1,
  load: 2,
  edit: 3,
  facts: 3,
  workflow: 4,
  rules: 5,
  reports: 6,
  format: 7,
  i18n: 7,
  app: 8,
  cli: 9,
};

const SRC = join(ROOT, 'src');
const FS_MODULES = /from\s+['"](?:node:)?(?:fs|fs\/promises)['"]/;
const FS_LAYERS = new Set(['load', 'edit', 'app', 'cli']);

describe('layers of src/', () => {
  const graph = importGraph(SRC);

  it('every import goes down the layer order', () => {
    expect(againstOrder(graph, LAYERS)).toEqual([]);
  });

  it('no import cycle, counting type-only and dynamic imports', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('only load/, edit/, app/ and cli/ use the file system', () => {
    const offenders = [...graph.keys()].filter((f) => !FS_LAYERS.has(layerOf(f)) && FS_MODULES.test(readFileSync(join(SRC, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const g = (edges: Record<string, string[]>): Graph => new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));

  it('finds the cycles the first release had', () => {
    const knot = g({
      'load/parallel.ts': ['load/jobs.ts'],
      'load/jobs.ts': ['check-files.ts'],
      'check-files.ts': ['load/load-job.ts'],
      'load/load-job.ts': ['load/parallel.ts'],
      'format/problems.ts': ['format/sarif.ts'],
      'format/sarif.ts': ['format/problems.ts'],
      'cli/main.ts': ['load/parallel.ts'],
    });
    expect(cycles(knot)).toEqual([
      ['check-files.ts', 'load/jobs.ts', 'load/load-job.ts', 'load/parallel.ts'],
      ['format/problems.ts', 'format/sarif.ts'],
    ]);
  });

  it('finds imports against the order, and folders without a place', () => {
    const back = g({ 'rules/state-incomplete.ts': ['workflow/checklist.ts'], 'workflow/check-passes.ts': ['rules/index.ts'], 'check.ts': [] });
    expect(againstOrder(back, LAYERS)).toEqual(['check.ts: the folder check has no place in the layer order', 'workflow/check-passes.ts → rules/index.ts']);
  });

  it('reads static, type-only, re-exported and dynamic imports', () => {
    const deps = importGraph(SRC).get('cli/program.ts');
    expect([...(deps ?? [])].some((d) => d.startsWith('cli/commands/'))).toBe(true); // import('./commands/…')
  });
});
