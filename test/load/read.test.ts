// Reading a file as order text: what is not a readable regular file gets its own problem,
// found on the opened descriptor (a FIFO is opened without blocking and never read).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_BYTES, readText, type ReadInfo } from '../../src/load/read.js';

const dir = mkdtempSync(join(tmpdir(), 'gendan-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const errorOf = (path: string) => {
  const r = readText(path);
  return 'error' in r ? r.error.id : 'text';
};

describe('readText', () => {
  it('reads a regular file and gives its stat and bytes when asked', () => {
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'id: SO-1\n');
    const info: ReadInfo = {};
    expect(readText(file, info)).toEqual({ text: 'id: SO-1\n' });
    expect(info.stat?.size).toBe(9n);
    expect(info.bytes?.toString()).toBe('id: SO-1\n');
  });

  it('says a folder is a folder', () => {
    const sub = join(dir, 'folder.yaml');
    mkdirSync(sub);
    expect(errorOf(sub)).toBe('file/directory');
  });

  it('opens a FIFO without waiting for a writer and says it is not a regular file', () => {
    const fifo = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(errorOf(fifo)).toBe('file/not-regular');
  });

  it('refuses a file over the limit before reading it', () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, Buffer.alloc(MAX_BYTES + 1, 0x61));
    expect(errorOf(big)).toBe('file/too-large');
  });

  it('says a missing file is missing', () => {
    expect(errorOf(join(dir, 'nothing.yaml'))).toBe('file/missing');
  });
});
