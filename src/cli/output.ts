// `-o FILE`: what a command would print goes into FILE instead, written atomically (a temp
// file renamed over it) once the command has finished; a command that fails writes nothing.
import { resolve } from 'node:path';
import { writeOutput } from '../edit/write.js';
import type { Io } from './io.js';

export class OutputFile {
  private readonly chunks: Buffer[] = [];
  readonly path: string;

  constructor(cwd: string, name: string) {
    this.path = resolve(cwd, name);
  }

  /** The process's Io with stdout going to this file (never a terminal: no colour, no wrapping). */
  wrap(io: Io): Io {
    return { ...io, stdout: (text) => this.add(text), stdoutTTY: false, columns: undefined };
  }

  add(data: string | Uint8Array): void {
    this.chunks.push(typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data));
  }

  commit(display: string): void {
    writeOutput(this.path, Buffer.concat(this.chunks), display);
  }
}
