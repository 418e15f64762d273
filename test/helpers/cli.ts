// Drive the real CLI in-process (same argv parsing, same files on disk), or as a child
// process when the test is about the process itself (exit status, stderr, signals).
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { main } from '../../src/cli/main.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/gendan.js');
export const EXAMPLES = join(ROOT, 'examples');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  tty?: boolean;
}

/** Run `gendan ...args` in this process. Colour is off unless `tty` is set. */
export async function gendan(args: string[], opts: RunOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: opts.cwd ?? process.cwd(),
    env: { ...opts.env },
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdoutTTY: opts.tty ?? false,
    stderrTTY: opts.tty ?? false,
  });
  return { code, stdout, stderr };
}

/** Run the built bin/gendan.js as a child process. */
export function gendanProcess(args: string[], opts: RunOptions = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? process.cwd(),
    env: { PATH: process.env.PATH, ...opts.env },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];

/** A new temp folder, removed after the test file's last test (test/setup.ts). */
export function tempDir(prefix = 'gendan-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Remove every temp folder made so far (read-only ones are made writable first). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) {
    try {
      chmodTree(dir);
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // a folder a test made unremovable on purpose stays; the OS cleans tmp
    }
  }
}

function chmodTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory()) chmodSync(join(entry.parentPath, entry.name), 0o755);
  }
  chmodSync(dir, 0o755);
}

/** A temp folder holding the given files (path → text or bytes). */
export function workspace(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    const full = join(dir, name);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

/** A temp copy of the bundled examples workspace. */
export function copyExamples(): string {
  const dir = tempDir();
  // A cache left in examples/ by running gendan there belongs to that folder, not the copy.
  cpSync(EXAMPLES, dir, { recursive: true, filter: (src) => !src.includes('.gendan-cache') });
  return dir;
}
