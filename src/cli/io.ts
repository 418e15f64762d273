// Everything the CLI takes from or gives to the process, so tests can run it in-process.
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout / stderr are terminals (colour, progress). */
  stdoutTTY: boolean;
  stderrTTY: boolean;
}

export function processIo(): Io {
  quietOnClosedPipe();
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdoutTTY: Boolean(process.stdout.isTTY),
    stderrTTY: Boolean(process.stderr.isTTY),
  };
}

let quiet = false;

/**
 * A reader that stops early (`gendan report overdue | head -3`) closes the pipe: that is
 * not an error, so end quietly with the exit code already decided instead of a stack trace.
 */
function quietOnClosedPipe(): void {
  if (quiet) return;
  quiet = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit();
    });
  }
}
