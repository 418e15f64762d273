// What every fuzzed run must satisfy: a result or a clear problem, exit ≤ 2, never a stack
// trace or an internal error, and no file changed that the command had no business changing.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import type { Run } from '../helpers/cli.js';

const STACK = /\n\s+at .+:\d+:\d+/;

export function expectSane(r: Run, what: string): void {
  expect([0, 1, 2], `${what}: exit ${r.code}\n${r.stderr}`).toContain(r.code);
  expect(r.stderr, what).not.toMatch(STACK);
  expect(r.stdout, what).not.toMatch(STACK);
  expect(r.stderr, `${what}: a crash is a bug`).not.toMatch(/internal error|内部错误/);
  // A usage error or refusal is a short message, not a dump.
  if (r.code === 2) expect(r.stderr.trim().length, what).toBeGreaterThan(0);
}

/** Every file under `dir` (names starting with '.' included) → hash of its bytes. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      // The check cache is gendan's own scratch space, not the user's files.
      if (e.isDirectory()) {
        if (e.name !== '.gendan-cache') walk(p);
      } else if (e.isFile()) out.set(relative(dir, p), createHash('sha1').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

/** The files that differ between two snapshots (added, removed or changed). */
export function changed(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => a.get(n) !== b.get(n)).sort();
}

export interface CheckJson {
  summary: { files: number; orders: number; errors: number; warnings: number };
  problems: { file: string; line: number; column: number; severity: string; rule: string; order?: string; message: string }[];
}

/** `check --format json` output, with every problem well formed. */
export function checkJson(r: Run, what: string): CheckJson {
  expect([0, 1], `${what}: check exits 0 or 1\n${r.stderr}`).toContain(r.code);
  const out = JSON.parse(r.stdout) as CheckJson;
  for (const p of out.problems) {
    expect(p.line, what).toBeGreaterThanOrEqual(1);
    expect(p.column, what).toBeGreaterThanOrEqual(1);
    expect(p.message.length, what).toBeGreaterThan(0);
    expect(p.message, `${what}: an untranslated message id`).not.toMatch(/^[a-z-]+\/[a-z-]+$/);
  }
  return out;
}
