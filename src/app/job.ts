// What runs over a file list, in this thread or in workers (parallel.ts): the job's
// shape and the names a worker knows jobs by (jobs.ts makes them).
import type { FileItem } from './file-list.js';

export type JobName = 'check' | 'load' | 'digest';

export interface Job<R> {
  run(item: FileItem): R;
  /** Called once after the last item; what it returns goes to `onFinish` (e.g. calendar notes). */
  finish?(): unknown;
}

export interface JobSpec<R> {
  /** What each worker runs (jobs.ts): made there from `init`. */
  job: JobName;
  /** Structured-clonable data for the factory. */
  init: unknown;
  /** The same job, made in this thread. */
  local: Job<R>;
  onFinish?(extra: unknown): void;
  /**
   * Called on each batch's results as they arrive (`local`: made in this thread), before
   * they are kept; what it returns is kept instead.
   */
  receive?(out: R[], local: boolean): R[];
}
