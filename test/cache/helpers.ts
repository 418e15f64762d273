// A small workspace (a few of the example orders) for the cache tests, and runs of
// `gendan check` with and without the cache.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, gendan, tempDir, type Run } from '../helpers/cli.js';

export function smallWorkspace(count = 5): string {
  const dir = tempDir('gendan-cache-');
  for (const f of ['gendan.yaml', 'catalog.yaml']) cpSync(join(EXAMPLES, f), join(dir, f));
  mkdirSync(join(dir, 'orders'));
  for (const f of readdirSync(join(EXAMPLES, 'orders')).sort().slice(0, count)) cpSync(join(EXAMPLES, 'orders', f), join(dir, 'orders', f));
  return dir;
}

/** `gendan check` in `dir`, cached (the default) or not. */
export function check(dir: string, extra: string[] = [], cached = true): Promise<Run> {
  return gendan(['check', ...extra, ...(cached ? [] : ['--no-cache'])], { cwd: dir });
}

export const cacheFile = (dir: string) => join(dir, '.gendan-cache', 'check.jsonl');

/**
 * Rewrite a cache's header and entries (each a list of its tab-separated fields: path,
 * stat, stamp, hash, today, years, outcome), with a valid trailer (so only what was changed differs).
 */
export function rewrite(dir: string, edit: (entries: string[][], header: Record<string, unknown>) => void, file = cacheFile(dir)): void {
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  lines.pop();
  const header = JSON.parse(lines.shift()!) as Record<string, unknown>;
  const entries = lines.map((l) => l.split('\t'));
  edit(entries, header);
  const body = `${[JSON.stringify(header), ...entries.map((e) => e.join('\t'))].join('\n')}\n`;
  const sha256 = createHash('sha256').update(body).digest('base64url');
  writeFileSync(file, `${body}${JSON.stringify({ entries: entries.length, sha256 })}\n`);
}
