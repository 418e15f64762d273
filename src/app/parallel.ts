// Doing the same job on many files with every core, synchronously. Items go in batches,
// claimed from one shared counter, so the work balances itself; results are put back in
// item order, so the answer is the same whatever the number of threads. Workers post each
// batch on their own port; this thread collects them without an event loop
// (receiveMessageOnPort + Atomics.wait), so callers stay synchronous.
//
// Below PARALLEL_MIN items, or when running from the TypeScript sources, all of it happens
// here. From COLLECT_MIN items on, this thread works only while the workers start or when
// they fall behind: it keeps every result, and garbage of its own would make V8 grow its
// heap to several times that (100,000 files: 350 MiB instead of under 256). Below it (with
// GENDAN_THREADS set), this thread is one of the threads doing the work.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import type { MessagePort, Worker } from 'node:worker_threads';
import { activity } from '../util/activity.js';
import type { FileList } from './file-list.js';
import type { JobSpec } from './job.js';

export type { Job, JobSpec } from './job.js';

export const BATCH = 64;
/** From this many items on, this thread leaves the work to the workers (memory, above). */
export const COLLECT_MIN = 20_000;
/**
 * Fewer items than this are done in this thread alone. Measured on 2 cores (docs/performance.md,
 * Threads): one thread was as fast or faster up to 20,000 files, quiet or loaded (a worker
 * starts cold and both threads slow each other down); from there on, workers keep this
 * thread's heap small and were 1.8× faster at 100,000.
 */
export const PARALLEL_MIN = COLLECT_MIN;
/** The worker next to this module: worker.js among the compiled modules, worker.cjs in the bundle. */
const WORKER = new URL(import.meta.url.endsWith('.cjs') ? './worker.cjs' : './worker.js', import.meta.url);

/** Threads doing the work: GENDAN_THREADS if set (1 = this one alone), else one per core (2 to 4) from PARALLEL_MIN items. */
export function threadsFor(items: number, env: Record<string, string | undefined>): number {
  if (import.meta.url.endsWith('.ts')) return 1; // the TypeScript sources (tests): no worker to start
  const set = Number(env.GENDAN_THREADS);
  if (Number.isInteger(set) && set >= 1) return set;
  return items < PARALLEL_MIN ? 1 : Math.max(2, Math.min(availableParallelism(), 4));
}

/**
 * A worker holds little (its batch); left to V8's defaults each grew a ~64 MB heap. A
 * small young generation and an old generation limit (far above what the worst file
 * within the limits takes) keep each near 30 MB. With 8 MB young generations `today`
 * over 100,000 orders peaked at up to 257 MiB; with 4 MB at 224–230 MiB, no slower.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 1024 };

/** No reply from any worker for this long while one holds a batch: it is taken as dead. */
const STALLED_MS = 60_000;

interface Reply {
  batch?: number;
  out?: unknown[];
  finish?: unknown;
  error?: { message: string; stack?: string; doing?: unknown };
}

export function runParallel<R>(items: FileList, spec: JobSpec<R>, threads: number, collectMin = COLLECT_MIN): R[] {
  const batches = Math.ceil(items.length / BATCH);
  const results: R[][] = new Array(batches);
  const receive = spec.receive;
  const runBatch = (b: number) => {
    const out = items.slice(b * BATCH, (b + 1) * BATCH).map((item) => spec.local.run(item));
    return receive ? receive(out, true) : out;
  };
  if (threads <= 1 || batches <= 1) {
    for (let b = 0; b < batches; b++) results[b] = runBatch(b);
  } else {
    const shares = items.length < collectMin;
    collect(items, spec, Math.min(shares ? threads - 1 : threads, batches), shares, results, runBatch);
  }
  spec.onFinish?.(spec.local.finish?.());
  const out: R[] = [];
  for (const r of results) for (const x of r) out.push(x);
  return out;
}

/** Loaded when first needed: most runs are a handful of files, done in this thread. */
const threadsLib = () => createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');

function collect<R>(items: FileList, spec: JobSpec<R>, workerCount: number, shares: boolean, results: R[][], runBatch: (b: number) => R[]): void {
  const { MessageChannel, receiveMessageOnPort, Worker } = threadsLib();
  const batches = results.length;
  // ctrl[0]: next batch to claim; ctrl[1]: replies posted, to wake this thread.
  const ctrl = new Int32Array(new SharedArrayBuffer(8));
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  for (let w = 0; w < workerCount; w++) {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1);
    const data = { job: spec.job, init: spec.init, items: items.share(), batch: BATCH, ctrl, port: port2 };
    workers.push(new Worker(WORKER, { workerData: data, transferList: [port2], resourceLimits: WORKER_HEAP }));
  }
  let missing = batches;
  let replies = 0;
  const busy = new Set<number>(); // workers that took a batch and have not finished
  const take = (w: number, reply: Reply) => {
    replies++;
    if (reply.error) {
      activity.current = reply.error.doing as typeof activity.current;
      throw Object.assign(new Error(reply.error.message), { stack: reply.error.stack });
    }
    if (reply.batch !== undefined) {
      results[reply.batch] = spec.receive ? spec.receive(reply.out as R[], false) : (reply.out as R[]);
      missing--;
      busy.add(w);
    } else {
      busy.delete(w);
      spec.onFinish?.(reply.finish);
    }
  };
  const poll = () => {
    let got = false;
    for (let w = 0; w < ports.length; w++) {
      for (let m = receiveMessageOnPort(ports[w]!); m; m = receiveMessageOnPort(ports[w]!)) {
        take(w, m.message as Reply);
        got = true;
      }
    }
    return got;
  };
  const claimAndRun = () => {
    const b = Atomics.add(ctrl, 0, 1);
    if (b >= batches) return false;
    results[b] = runBatch(b);
    missing--;
    return true;
  };
  try {
    // Work here too: all along, or while the workers start (and below, when they lag).
    while ((shares || replies === 0) && claimAndRun()) poll();
    let quietSince = Date.now();
    while (missing > 0 || busy.size > 0) {
      const seen = Atomics.load(ctrl, 1);
      if (poll()) {
        quietSince = Date.now();
        continue;
      }
      if (Atomics.wait(ctrl, 1, seen, 200) !== 'timed-out') continue;
      if (claimAndRun()) quietSince = Date.now();
      else if (Date.now() - quietSince > STALLED_MS) throw new Error('a worker thread stopped without finishing its files');
    }
  } finally {
    for (const w of workers) void w.terminate();
  }
}
