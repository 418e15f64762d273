// Doing the same job on many files with every core, synchronously. Items go in batches;
// this thread and each worker claim the next batch from one shared counter, so the work
// balances itself; results are put back in item order, so the answer is the same
// whatever the number of threads. Workers post each batch on their own port; this
// thread collects them without an event loop (receiveMessageOnPort), so callers stay
// synchronous. Below `min` items, or when running from the TypeScript sources, all of
// it happens here: a worker costs about as much to start as loading a thousand files.
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { activity } from '../util/activity.js';

export interface Job<I, R> {
  run(item: I): R;
  /** Called once after the last item; what it returns goes to `onFinish` (e.g. calendar notes). */
  finish?(): unknown;
}

export interface JobSpec<I, R> {
  /** Module exporting `factory(init)` → Job, imported by each worker. */
  module: URL;
  factory: string;
  /** Structured-clonable data for the factory. */
  init: unknown;
  /** The same job, made in this thread. */
  local: Job<I, R>;
  onFinish?(extra: unknown): void;
}

export const BATCH = 64;
/** Fewer items than this are done in this thread alone (see the benchmark). */
export const PARALLEL_MIN = 1500;
const WORKER = new URL('./worker.js', import.meta.url);

/** Threads to use: GENDAN_THREADS if set, else every core (at most 4) above PARALLEL_MIN items. */
export function threadsFor(items: number, env: Record<string, string | undefined>): number {
  if (!import.meta.url.endsWith('.js')) return 1;
  const set = Number(env.GENDAN_THREADS);
  if (Number.isInteger(set) && set >= 1) return Math.min(set, Math.ceil(items / BATCH));
  const min = Number(env.GENDAN_PARALLEL_MIN ?? PARALLEL_MIN);
  return items < min ? 1 : Math.min(availableParallelism(), 4, Math.ceil(items / BATCH));
}

interface Reply {
  batch?: number;
  out?: unknown[];
  finish?: unknown;
  error?: { message: string; stack?: string; doing?: unknown };
}

export function runParallel<I, R>(items: I[], spec: JobSpec<I, R>, threads: number): R[] {
  const batches = Math.ceil(items.length / BATCH);
  const results: R[][] = new Array(batches);
  const runBatch = (b: number) => items.slice(b * BATCH, (b + 1) * BATCH).map((item) => spec.local.run(item));
  if (threads <= 1 || batches <= 1) {
    for (let b = 0; b < batches; b++) results[b] = runBatch(b);
  } else {
    // ctrl[0]: next batch to claim; ctrl[1]: replies posted, to wake this thread.
    const ctrl = new Int32Array(new SharedArrayBuffer(8));
    const ports: MessagePort[] = [];
    const workers: Worker[] = [];
    for (let w = 1; w < threads; w++) {
      const { port1, port2 } = new MessageChannel();
      ports.push(port1);
      const data = { module: spec.module.href, factory: spec.factory, init: spec.init, items, batch: BATCH, ctrl, port: port2 };
      workers.push(new Worker(WORKER, { workerData: data, transferList: [port2] }));
    }
    let missing = batches;
    const busy = new Set<number>(); // workers that took a batch and have not finished
    const take = (w: number, reply: Reply) => {
      if (reply.error) {
        activity.current = reply.error.doing as typeof activity.current;
        throw Object.assign(new Error(reply.error.message), { stack: reply.error.stack });
      }
      if (reply.batch !== undefined) {
        results[reply.batch] = reply.out as R[];
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
    try {
      for (let b = Atomics.add(ctrl, 0, 1); b < batches; b = Atomics.add(ctrl, 0, 1)) {
        results[b] = runBatch(b);
        missing--;
        poll();
      }
      // Then wait for the batches the workers took, and for their finish.
      while (missing > 0 || busy.size > 0) {
        const seen = Atomics.load(ctrl, 1);
        if (!poll()) Atomics.wait(ctrl, 1, seen, 200);
      }
    } finally {
      for (const w of workers) void w.terminate();
    }
  }
  spec.onFinish?.(spec.local.finish?.());
  const out: R[] = [];
  for (const r of results) for (const x of r) out.push(x);
  return out;
}
