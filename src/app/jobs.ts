// The jobs a worker can run, by name. A worker imports the module that makes the job
// itself, so the same names work whether the code runs as separate modules or bundled.
import type { Job, JobName } from './job.js';

export type { JobName };

export const jobs: Record<JobName, () => Promise<(init: unknown) => Job<unknown>>> = {
  check: async () => (await import('./check-files.js')).checkJob as (init: unknown) => Job<unknown>,
  load: async () => (await import('./load-job.js')).loadJob,
};
