// Output of a real process: written whole when the reader reads it all, and dropped
// quietly, with the exit code the run decided, when the reader stops early.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { BIN, gendanProcess, tempDir } from '../helpers/cli.js';
import { ensureBuilt } from './build.js';

describe('output to a pipe', () => {
  const dir = join(tempDir(), 'ws');
  // Enough orders that `list` writes more than a pipe holds (64 KiB).
  generate(dir, { count: 1200, seed: 4 });
  const args = ['list', '--today', '2026-11-28'];
  beforeAll(() => ensureBuilt());

  it('a reader that reads it all gets every line', () => {
    const r = gendanProcess(args, { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(65536);
    expect(r.stdout.trimEnd().split('\n').filter((l) => /SO-\d{4}-\d{6}/.test(l))).toHaveLength(1200);
  });

  it('a reader that stops early (| head -1): no error, exit code kept', () => {
    const script = `{ "$0" "$@"; echo "exit=$?" >&2; } | head -n 1`;
    const r = spawnSync('sh', ['-c', script, process.execPath, BIN, ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(r.stdout.split('\n')).toHaveLength(2);
    expect(r.stderr).toBe('exit=0\n');
  });

  it('and so for a run whose exit code is 1', () => {
    const broken = join(tempDir(), 'ws');
    generate(broken, { count: 1200, seed: 5, defects: 0.5 });
    const script = `{ "$0" "$@"; echo "exit=$?" >&2; } | head -n 1`;
    const r = spawnSync('sh', ['-c', script, process.execPath, BIN, 'check', '--today', '2026-11-28'], { cwd: broken, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(r.stderr).toBe('exit=1\n');
  });
});
