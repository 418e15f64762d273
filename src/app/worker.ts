// A worker of runParallel (parallel.ts): makes the job, then takes batches from the shared
// counter until there are none, posting each batch's results and finally the job's finish.
import { workerData, type MessagePort } from 'node:worker_threads';
import { activity } from '../util/activity.js';
import { FileList, type SharedList } from './file-list.js';
import { jobs, type JobName } from './jobs.js';

const { job: name, init, items: shared, batch, ctrl, port } = workerData as {
  job: JobName;
  init: unknown;
  items: SharedList;
  batch: number;
  ctrl: Int32Array;
  port: MessagePort;
};

const items = new FileList(shared);

const post = (message: unknown) => {
  port.postMessage(message);
  Atomics.add(ctrl, 1, 1);
  Atomics.notify(ctrl, 1);
};

async function work(): Promise<void> {
  try {
    const job = (await jobs[name]())(init);
    for (let b = Atomics.add(ctrl, 0, 1); b * batch < items.length; b = Atomics.add(ctrl, 0, 1)) {
      post({ batch: b, out: items.slice(b * batch, (b + 1) * batch).map((item) => job.run(item)) });
    }
    post({ finish: job.finish?.() });
  } catch (e) {
    const err = e as Error;
    post({ error: { message: err?.message ?? String(e), stack: err?.stack, doing: activity.current } });
  }
  port.close();
}

// Not a top-level await: the bundle this runs from is CommonJS.
void work();
