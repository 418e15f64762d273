// The edit path on disk: BOM, CRLF and file mode kept; refusals leave the file untouched;
// I/O failures are clear messages; a lock serialises writers and a dead one's is taken over.
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editOrderFile } from '../../src/edit/file.js';
import { applyOps } from '../../src/edit/apply.js';
import { lockPath } from '../../src/edit/lock.js';
import type { EditFs } from '../../src/edit/fs.js';
import type { Op } from '../../src/edit/ops.js';
import { UserError } from '../../src/model/errors.js';
import { BIN, tempDir } from '../helpers/cli.js';
import { docSpec, ops, render } from './gen.js';

const ORDER = 'id: SO-1\nstatus: received  # 注释\ncustomer: { name: 恒达 }\nordered: 2026-11-20\nlines:\n  - { model: XK-200, quantity: 500, unit: pcs }\n';
const SET: Op[] = [{ kind: 'set', path: ['status'], value: 'confirmed' }];

function orderFile(content: string | Buffer = ORDER): string {
  const path = join(tempDir(), 'SO-1.yaml');
  writeFileSync(path, content);
  return path;
}

function failure(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

/** Only the order file is left in its folder: no temp or lock files. */
const onlyOrder = (path: string) => expect(readdirSync(join(path, '..'))).toEqual(['SO-1.yaml']);

describe('writing', () => {
  it('keeps a BOM, CRLF and the file mode, for generated orders and edits', () => {
    fc.assert(
      fc.property(docSpec, ops, fc.boolean(), fc.constantFrom(0o600, 0o640, 0o664), (spec, list, bom, mode) => {
        const text = render(spec);
        const path = orderFile(Buffer.concat([Buffer.from(bom ? '\ufeff' : ''), Buffer.from(text)]));
        chmodSync(path, mode);
        editOrderFile(path, 'SO-1.yaml', () => ({ ops: list, result: undefined }));
        const bytes = readFileSync(path);
        expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(bom);
        expect(bytes.toString('utf8').replace(/^\ufeff/, '')).toBe(applyOps(text, parse(text), list).text);
        expect(statSync(path).mode & 0o777).toBe(mode);
        onlyOrder(path);
      }),
      { numRuns: 40 },
    );
  });

  it('edits the target of a symlink and keeps the link', () => {
    const target = orderFile();
    const link = join(tempDir(), 'SO-1.yaml');
    symlinkSync(target, link);
    editOrderFile(link, 'SO-1.yaml', () => ({ ops: SET, result: undefined }));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(ORDER.replace('status: received', 'status: confirmed'));
  });

  it('writes nothing when the plan has no operations', () => {
    const path = orderFile();
    const before = statSync(path).mtimeMs;
    expect(editOrderFile(path, 'SO-1.yaml', () => ({ ops: [], result: 7 }))).toEqual({ result: 7, changed: false });
    expect(statSync(path).mtimeMs).toBe(before);
  });
});

describe('refusals leave the file byte-identical', () => {
  it('a file that does not parse: exit 1, with where and why', () => {
    const broken = 'id: SO-1\nstatus: [received\n';
    const path = orderFile(broken);
    let planned = false;
    const e = failure(() => editOrderFile(path, 'SO-1.yaml', () => ((planned = true), { ops: SET, result: undefined })));
    expect(e.exitCode).toBe(1);
    expect(e.msg).toMatchObject({ id: 'edit/unparsable', args: { file: 'SO-1.yaml', line: 3 } });
    expect(planned).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe(broken);
    onlyOrder(path);
  });

  it('a file changed on disk between read and write: exit 1, the other change kept', () => {
    const path = orderFile();
    const theirs = ORDER.replace('恒达', '恒达机械');
    const e = failure(() =>
      editOrderFile(path, 'SO-1.yaml', () => {
        writeFileSync(path, theirs); // the clerk saves in the editor meanwhile
        return { ops: SET, result: undefined };
      }),
    );
    expect(e.exitCode).toBe(1);
    expect(e.msg.id).toBe('edit/changed');
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    onlyOrder(path);
  });

  const failing = (call: keyof EditFs, code: string, when: (args: unknown[]) => boolean = () => true): EditFs => {
    const real = fs as unknown as Record<string, (...a: unknown[]) => unknown>;
    return {
      ...(fs as unknown as EditFs),
      [call]: (...args: unknown[]) => {
        if (when(args)) throw Object.assign(new Error(`${code}: simulated`), { code });
        return real[call]!(...args);
      },
    };
  };

  it.each([
    ['a full disk', 'writeSync', 'ENOSPC', 'edit/no-space'],
    ['a read-only file system', 'openSync', 'EROFS', 'edit/read-only-fs'],
    ['a file it may not write', 'accessSync', 'EACCES', 'edit/permission'],
    ['a failed rename', 'renameSync', 'EXDEV', 'edit/io'],
    // after the order is moved aside: it must come back, never be removed
    ['a full disk when linking the new content', 'linkSync', 'ENOSPC', 'edit/no-space'],
    ['an I/O error when linking the new content', 'linkSync', 'EIO', 'edit/io'],
  ] as const)('%s: a clear message, exit 2, original untouched, no temp file left', (_name, call, code, id) => {
    const path = orderFile();
    // the lock file opens with `wx` too: fail only the temp file's open
    const fsx = failing(call, code, (args) => call !== 'openSync' || String(args[0]).endsWith('.tmp'));
    const e = failure(() => editOrderFile(path, 'SO-1.yaml', () => ({ ops: SET, result: undefined }), { fs: fsx }));
    expect(e.exitCode).toBe(2);
    expect(e.msg.id).toBe(id);
    expect(readFileSync(path, 'utf8')).toBe(ORDER);
    onlyOrder(path);
  });
});

describe('the lock', () => {
  it('a live holder makes the second edit wait, then refuse clearly', () => {
    const path = orderFile();
    writeFileSync(lockPath(path), JSON.stringify({ pid: process.pid, host: hostname() }));
    const e = failure(() => editOrderFile(path, 'SO-1.yaml', () => ({ ops: SET, result: undefined }), { lockWaitMs: 100 }));
    expect(e.exitCode).toBe(2);
    expect(e.msg).toMatchObject({ id: 'edit/locked', args: { pid: process.pid } });
    expect(readFileSync(path, 'utf8')).toBe(ORDER);
    expect(existsSync(lockPath(path))).toBe(true); // someone else's lock is left alone
  });

  it("a dead process's lock is taken over", () => {
    const path = orderFile();
    const dead = spawnSyncPid();
    writeFileSync(lockPath(path), JSON.stringify({ pid: dead, host: hostname() }));
    editOrderFile(path, 'SO-1.yaml', () => ({ ops: SET, result: undefined }), { lockWaitMs: 100 });
    expect(readFileSync(path, 'utf8')).toContain('status: confirmed');
    onlyOrder(path);
  });

  it('concurrent gendan processes all get their edit in, none lost', async () => {
    if (!existsSync(join(BIN, '../../dist/bundle/gendan.cjs'))) return; // needs `npm run build` (npm test builds first)
    const dir = tempDir();
    writeFileSync(join(dir, 'gendan.yaml'), 'orders: orders\n');
    fs.mkdirSync(join(dir, 'orders'));
    writeFileSync(join(dir, 'orders/SO-1.yaml'), ORDER);
    const runs = Array.from({ length: 6 }, (_, i) =>
      new Promise<number>((done) => {
        const child = spawn(process.execPath, [BIN, 'log', 'SO-1', '--node', 'other', '--channel', 'phone', `note ${i}`, '--today', '2026-11-28'], { cwd: dir, stdio: 'ignore' });
        child.on('exit', (code) => done(code ?? -1));
      }),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0, 0, 0]);
    const contacts = (parse(readFileSync(join(dir, 'orders/SO-1.yaml'), 'utf8')) as { contacts: { note: string }[] }).contacts;
    expect(contacts.map((c) => c.note).sort()).toEqual(['note 0', 'note 1', 'note 2', 'note 3', 'note 4', 'note 5']);
  });
});

/** The pid of a process that has exited. */
function spawnSyncPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}
