// Tests that spawn bin/gendan.js need dist/ (and its bundle) to match src/. Build once when it is stale,
// one test file at a time (vitest runs files in parallel; two compilers writing dist/ at
// once would race).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function stale(): boolean {
  try {
    return statSync(join(ROOT, 'dist/bundle/gendan.cjs.cache')).mtimeMs < newest(join(ROOT, 'src'));
  } catch {
    return true;
  }
}

export function ensureBuilt(): void {
  const lock = join(ROOT, 'node_modules/.gendan-test-build.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a run that was killed mid-build is old: take it over.
      const st = statSync(lock, { throwIfNoEntry: false });
      if (st && Date.now() - st.mtimeMs > 120_000) rmdirSync(lock, { recursive: false });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    if (stale()) {
      try {
        execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', ROOT], { stdio: 'pipe' });
      } catch {
        // Type errors still emit JavaScript; a missing dist/ is caught by the tests themselves.
      }
      for (const step of ['scripts/build-validators.mjs', 'scripts/bundle.mjs', 'scripts/code-cache.mjs']) execFileSync(process.execPath, [join(ROOT, step)], { cwd: ROOT, stdio: 'pipe' });
    }
  } finally {
    rmdirSync(lock);
  }
}
