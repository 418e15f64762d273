// Drives test/reliability/edit-child.mjs: one real edit, stopped before each file-system
// call, where the test decides to let it go on, change the file first, or SIGKILL it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import type { Op } from '../../src/edit/ops.js';

const CHILD = join(import.meta.dirname, 'edit-child.mjs');

export interface Stepped {
  /** The steps reached, in order (the last one is where a kill landed). */
  steps: string[];
  outcome: 'done' | 'killed' | `refused ${string}`;
  stderr: string;
}

/** What to do at step `index` (named `name`): go on, or kill the process right there; a
 * promise holds the process at that step until it settles. */
export type OnStep = (index: number, name: string) => 'go' | 'kill' | Promise<'go' | 'kill'>;

export function stepEdit(file: string, ops: Op[], onStep: OnStep = () => 'go'): Promise<Stepped> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, join(ROOT, 'dist'), file, JSON.stringify(ops)], { stdio: ['pipe', 'pipe', 'pipe'] });
    const steps: string[] = [];
    let outcome: Stepped['outcome'] = 'killed';
    let stderr = '';
    let pending = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.stdin.on('error', () => {}); // the child may be gone when we answer
    child.stdout.on('data', (d: Buffer) => {
      pending += d;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (line === 'done' || line.startsWith('refused ')) {
          outcome = line as Stepped['outcome'];
          continue;
        }
        steps.push(line);
        void Promise.resolve(onStep(steps.length - 1, line)).then((what) => {
          if (what === 'kill') child.kill('SIGKILL');
          else child.stdin.write('go\n');
        });
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') outcome = 'killed';
      else if (code !== 0 && outcome === 'killed') return reject(new Error(`edit child failed (${code}): ${stderr}`));
      resolve({ steps, outcome, stderr });
    });
  });
}
