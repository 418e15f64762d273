// An editor saving an order file while `gendan` edits it. The editor runs in a worker thread
// (so it really runs while gendan works in this thread) and saves in one of three ways:
// write a temp file and rename it over (most IDEs), truncate and write at once (vim with
// backupcopy=yes, many simple editors), truncate and write in chunks with pauses (a slow
// disk, a network share). Each trial classifies the result.
import { Worker } from 'node:worker_threads';

export type SaveMode = 'rename' | 'in-place' | 'chunks';
export const MODES: SaveMode[] = ['rename', 'in-place', 'chunks'];

const EDITOR = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const pause = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms) => ms > 0 && Atomics.wait(pause, 0, 0, ms);
parentPort.on('message', ({ file, text, mode, delay, chunks, gap }) => {
  sleep(delay);
  const bytes = Buffer.from(text);
  if (mode === 'rename') {
    const tmp = file + '.editor~';
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } else {
    const fd = fs.openSync(file, 'w');
    const step = mode === 'chunks' ? Math.ceil(bytes.length / chunks) : bytes.length;
    for (let at = 0; at < bytes.length; at += step) {
      fs.writeSync(fd, bytes, at, Math.min(step, bytes.length - at));
      if (mode === 'chunks') sleep(gap);
    }
    fs.closeSync(fd);
  }
  parentPort.postMessage('saved');
});
`;

export interface EditorSave {
  file: string;
  text: string;
  mode: SaveMode;
  /** Milliseconds before the editor starts saving. */
  delay: number;
  chunks: number;
  /** Milliseconds between chunks. */
  gap: number;
}

export class Editor {
  private readonly worker = new Worker(EDITOR, { eval: true });

  /** Starts a save at once; the promise settles when it is done. */
  save(s: EditorSave): Promise<void> {
    return new Promise((done, fail) => {
      const onError = (e: Error) => fail(e);
      this.worker.once('error', onError);
      this.worker.once('message', () => {
        this.worker.off('error', onError);
        done();
      });
      this.worker.postMessage(s);
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

export type Outcome = 'both' | 'editor-after' | 'refused' | 'lost';

/**
 * Every trial must end with the editor's content intact: exactly the editor's file (gendan
 * refused, or ran first and the editor overwrote it), or the editor's file with gendan's
 * edit on top. Anything else — the editor's save gone or torn — is a silent loss.
 */
export function classify(final: string, editorText: string, gendanMark: string, gendanCode: number): Outcome {
  if (final === editorText) return gendanCode === 0 ? 'editor-after' : 'refused';
  const mine = editorText.split('\n');
  const lines = final.split('\n');
  let i = 0;
  for (const l of lines) if (i < mine.length && l === mine[i]) i++;
  return gendanCode === 0 && final.includes(gendanMark) && i === mine.length ? 'both' : 'lost';
}
