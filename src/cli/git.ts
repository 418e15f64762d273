// Talking to git, at the edge: run it, find the repository, and the command line by which
// git runs this very gendan (for the merge driver and the pre-commit hook) — offline,
// never through a package runner.
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { userError } from '../model/errors.js';

export interface GitRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `git args…` in `cwd`; a missing git is a usage error. */
export function git(args: string[], cwd: string, input?: string): GitRun {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) {
    if ((r.error as NodeJS.ErrnoException).code === 'ENOENT') throw userError('git/no-git');
    throw userError('git/failed', { command: `git ${args[0]}`, detail: r.error.message });
  }
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The top folder of the git work tree holding `dir`, or undefined (no repository, no git). */
export function gitTop(dir: string): string | undefined {
  try {
    const r = git(['rev-parse', '--show-toplevel'], dir);
    return r.code === 0 ? r.stdout.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** This gendan's script: bin/gendan.js two levels above this module (in src/, dist/ and the bundle alike). */
export function gendanScript(): string {
  return fileURLToPath(new URL('../../bin/gendan.js', import.meta.url));
}

/** A word for a POSIX shell (git runs drivers and hooks through sh, on Windows too). */
export function shellWord(s: string): string {
  const p = s.replace(/\\/g, '/');
  return /^[\w@%+=:,./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}

/**
 * How git should run gendan: `gendan` when that name on PATH is this very gendan (it then
 * survives an upgrade of Node), else this Node with this script, both by absolute path.
 */
export function gendanCommand(env: Record<string, string | undefined>): string {
  const script = gendanScript();
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return undefined;
    }
  };
  const mine = real(script);
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const found = ['gendan', 'gendan.cmd'].map((n) => join(dir, n)).find((p) => existsSync(p));
    if (!found) continue;
    if (mine !== undefined && real(found) === mine) return 'gendan';
    break;
  }
  return `${shellWord(process.execPath)} ${shellWord(script)}`;
}
