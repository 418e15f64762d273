// A child process that makes one real edit of an order file with the built edit path
// (dist/edit/file.js), stopping before every file-system call it makes: it prints the
// call's name on stdout and waits for a line on stdin. The parent can so SIGKILL it, or
// change the file, at every point of the edit in turn. Writes go in small pieces, so a
// kill can also leave a half-written temp file.
//
// argv: <dist folder> <order file> <ops as JSON>
// stdout: one line per step (the call, and the file's base name when it takes a path), then `done` or `refused <message id>`.
import * as fs from 'node:fs';
import { basename } from 'node:path';

const [, , dist, file, opsJson] = process.argv;
const { editOrderFile } = await import(`${dist}/edit/file.js`);
const { UserError } = await import(`${dist}/model/errors.js`);

const PIECE = 1024;
const line = Buffer.alloc(64);

function step(name) {
  fs.writeSync(1, `${name}\n`);
  fs.readSync(0, line, 0, line.length, null);
}

const CALLS = ['openSync', 'writeSync', 'fsyncSync', 'closeSync', 'renameSync', 'unlinkSync', 'fchmodSync', 'fchownSync', 'readFileSync', 'statSync', 'linkSync', 'accessSync', 'realpathSync'];
const stepping = Object.fromEntries(
  CALLS.map((call) => [
    call,
    (...args) => {
      if (call !== 'writeSync' || typeof args[1] === 'string') {
        step(typeof args[0] === 'string' ? `${call} ${basename(args[0])}` : call);
        return fs[call](...args);
      }
      // writeSync(fd, buffer, offset, length): at most PIECE bytes per call, a step each
      const [fd, buf, offset = 0, length = buf.length - offset] = args;
      step('writeSync');
      return fs.writeSync(fd, buf, offset, Math.min(length, PIECE));
    },
  ]),
);

try {
  editOrderFile(file, file, () => ({ ops: JSON.parse(opsJson), result: null }), { fs: stepping, lockWaitMs: 0 });
  fs.writeSync(1, 'done\n');
} catch (e) {
  if (!(e instanceof UserError)) throw e;
  fs.writeSync(1, `refused ${e.msg.id}\n`);
  process.exitCode = 2;
}
