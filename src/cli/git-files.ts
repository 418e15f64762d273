// The text of what `gendan git setup` writes: the .gitattributes lines that send order
// files to the merge driver, and the pre-commit hook. Pure, so that running setup again
// can tell "already there" from "to add" by comparing text.
import { isAbsolute } from 'node:path';

export const DRIVER = 'gendan';
export const ATTRIBUTES_HEAD = '# gendan: order files merge with `gendan merge-driver` (written by `gendan git setup`)';
export const HOOK_MARK = '# gendan: check the staged order files before each commit (written by `gendan git setup`)';

/** The patterns of the order files, relative to the workspace root, from the config's `orders`. */
export function orderPatterns(orders: string[]): string[] {
  const out: string[] = [];
  for (const raw of orders) {
    const entry = raw.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    if (isAbsolute(raw) || entry.startsWith('../') || entry === '..') continue;
    if (/\.ya?ml$/i.test(entry)) out.push(entry);
    else if (entry === '' || entry === '.') out.push('*.yaml', '*.yml');
    else out.push(`${entry}/**/*.yaml`, `${entry}/**/*.yml`);
  }
  return [...new Set(out)];
}

const quotePattern = (p: string) => (/[\s"]/.test(p) ? `"${p.replace(/(["\\])/g, '\\$1')}"` : p);

/** `existing` with the missing `pattern merge=gendan` lines added; the same text when none is missing. */
export function attributesText(existing: string, patterns: string[]): string {
  const have = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
  const missing = patterns.map((p) => `${quotePattern(p)} merge=${DRIVER}`).filter((l) => !have.has(l));
  if (missing.length === 0) return existing;
  const nl = existing.includes('\r\n') ? '\r\n' : '\n';
  const lead = existing === '' || existing.endsWith('\n') ? '' : nl;
  const head = have.has(ATTRIBUTES_HEAD) ? [] : [ATTRIBUTES_HEAD];
  return existing + lead + [...head, ...missing].join(nl) + nl;
}

/** The driver line git runs: %O base, %A ours (the result), %B theirs, %P the path. */
export function driverCommand(gendan: string): string {
  return `${gendan} merge-driver %O %A %B %P`;
}

/** The pre-commit hook: `gendan git pre-commit`, with the workspace's config when it is not at the top. */
export function hookText(gendan: string, configArg: string | undefined): string {
  const config = configArg === undefined ? '' : ` --config ${configArg}`;
  return `#!/bin/sh\n${HOOK_MARK}\nexec ${gendan}${config} git pre-commit\n`;
}
