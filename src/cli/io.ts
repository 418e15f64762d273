// Everything the CLI takes from or gives to the process, so tests can run it in-process.
import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';

export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout / stderr are terminals (colour, progress). */
  stdoutTTY: boolean;
  stderrTTY: boolean;
  /** Width of the terminal stdout is, if it is one: tables are fitted to it. */
  columns?: number;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: writer(1, () => process.stdout),
    stderr: writer(2, () => process.stderr),
    stdoutTTY: isatty(1),
    stderrTTY: isatty(2),
    get columns() {
      return isatty(1) ? process.stdout.columns : undefined;
    },
  };
}

/** Long output is encoded a piece at a time: a 20 MB page is not held as text and bytes at once. */
const PIECE = 1 << 20;

/**
 * Output goes straight to the file descriptor, as Node's own stdout does on Linux, but
 * without creating process.stdout (~5 ms of a one-order command).
 *
 * A reader that stops early (`gendan report overdue | head -3`) closes the pipe: that is
 * not an error, so the rest of the output is dropped and the run ends with the exit code
 * it decides, without a stack trace. A descriptor the caller made non-blocking (EAGAIN
 * when the reader is slow) is handed to Node's stream, which waits for it.
 */
function writer(fd: number, stream: () => NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  let viaStream = false;
  const write = (bytes: Buffer) => {
    if (viaStream) {
      stream().write(bytes);
      return;
    }
    for (let done = 0; done < bytes.length; ) {
      try {
        done += writeSync(fd, bytes, done);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          closed = true;
          return;
        }
        if (code !== 'EAGAIN') throw e;
        viaStream = true;
        stream().on('error', (err: NodeJS.ErrnoException) => {
          if (err.code !== 'EPIPE') throw err;
          closed = true;
        });
        stream().write(bytes.subarray(done));
        return;
      }
    }
  };
  return (text) => {
    for (const bytes of utf8Pieces(text)) {
      if (closed) return;
      write(bytes);
    }
  };
}

/** The UTF-8 bytes of `text`, a piece of at most `piece` characters at a time. */
export function* utf8Pieces(text: string, piece = PIECE): Generator<Buffer> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + piece);
    // Never between the two halves of a character outside the BMP.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - at > 1 && last >= 0xd800 && last <= 0xdbff) end--;
    yield Buffer.from(end - at === text.length ? text : text.slice(at, end), 'utf8');
    at = end;
  }
}
