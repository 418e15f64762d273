// Paths are shown relative to the current folder. The quick ways (a slice under it, a
// folder's relative path worked out once) must give what path.relative gives.
import fc from 'fast-check';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/cli/session.js';

const io = (cwd: string) => ({ cwd, env: {}, stdout: () => {}, stderr: () => {}, stdoutTTY: false, stderrTTY: false });
const part = fc.constantFrom('a', 'b', 'orders', '订单', '.git', '..', '.', '', 'x.yaml', 'a b');
const path = fc.array(part, { maxLength: 5 }).map((parts) => `/${parts.join('/')}`);
const cwd = fc.array(fc.constantFrom('a', 'b', 'orders', 'work'), { maxLength: 4 }).map((parts) => `/${parts.join('/')}`);

describe('Session.display', () => {
  it('gives what path.relative gives, for any path and current folder', () => {
    fc.assert(
      fc.property(cwd, fc.array(path, { minLength: 1, maxLength: 8 }), (dir, paths) => {
        const session = new Session(io(dir), {});
        // Twice over: the second time the folders' relative paths are remembered.
        for (const p of [...paths, ...paths]) {
          const rel = relative(dir, p);
          expect(session.display(p)).toBe(rel === '' ? '.' : rel);
        }
      }),
      { numRuns: 500 },
    );
  });
});
