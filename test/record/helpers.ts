// Recording commands on a copy of examples/: run one, read an order back, and see exactly
// which lines an edit changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyExamples, gendan, type Run } from '../helpers/cli.js';

export const TODAY = '2026-12-01';

export function examples(): string {
  return copyExamples();
}

export const orderFile = (dir: string, id: string) => join(dir, 'orders', `${id}.yaml`);
export const read = (dir: string, id: string) => readFileSync(orderFile(dir, id), 'utf8');
export const write = (dir: string, id: string, text: string) => writeFileSync(orderFile(dir, id), text);

export function run(dir: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return gendan(args, { cwd: dir, env: { GENDAN_TODAY: TODAY, GENDAN_NOW: `${env.GENDAN_TODAY ?? TODAY}T09:00:00+08:00`, ...env } });
}

/**
 * The lines that differ, as a unified diff shows them without context: '-old' and '+new',
 * found by the longest common subsequence of the two texts' lines.
 */
export function diff(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push(`-${a[i++]}`);
    else out.push(`+${b[j++]}`);
  }
  return out;
}

/** Run a command that must leave the order byte-identical; returns the run. */
export async function unchanged(dir: string, id: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const before = readFileSync(orderFile(dir, id));
  const r = await run(dir, args, env);
  if (!readFileSync(orderFile(dir, id)).equals(before)) throw new Error(`${args.join(' ')} changed ${id}`);
  return r;
}
