// Random interleavings on two clones of a shared repository: each records facts and now
// and then pulls and pushes; in the end both are in sync. Every fact recorded on either
// clone is then in the order exactly once — or git reported a conflict on the way.
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../reliability/build.js';
import { parseData } from '../../src/load/parse.js';
import { BASE, recording } from './recordings.js';
import { shared, type Clone } from './repo.js';

beforeAll(() => ensureBuilt(), 300_000);

const step = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constant('record' as const), fc.boolean(), recording) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('sync' as const), fc.boolean()) },
);

/** Pull (git merges, the driver merges the order), then push; the pull's result. */
function sync(c: Clone) {
  const pull = c.git('pull', '-q', 'origin', 'main');
  if (pull.code === 0) c.ok('push', '-q', 'origin', 'HEAD:main');
  return pull;
}

describe('two clones, random recordings and syncs', () => {
  test('every fact once in the end, or a conflict git reports', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 10 }), async (steps) => {
        const s = await shared(BASE);
        const facts: string[] = [];
        const clone = (a: boolean) => (a ? s.a : s.b);
        for (const [k, st] of steps.entries()) {
          if (st[0] === 'record') {
            const op = st[2](k);
            if (op.kind === 'append') facts.push(`f${k}`);
            clone(st[1]).record(op);
            clone(st[1]).commit(`step ${k}`);
            continue;
          }
          const pull = sync(clone(st[1]));
          if (pull.code !== 0) return expectReported(clone(st[1]), pull.stdout);
        }
        for (const c of [s.a, s.b]) {
          const pull = sync(c);
          if (pull.code !== 0) return expectReported(c, pull.stdout);
        }
        const text = s.b.read();
        expect(parseData(text).findings).toEqual([]);
        const json = JSON.stringify(parseData(text).data);
        for (const f of facts) expect(json.split(`"${f}"`).length - 1, f).toBe(1);
      }),
      { numRuns: 4 },
    );
  }, 600_000);
});

function expectReported(c: Clone, stdout: string): void {
  expect(stdout).toContain('CONFLICT');
  expect(c.read()).toMatch(/^<<<<<<< /m);
}
