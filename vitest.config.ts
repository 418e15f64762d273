import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Three projects: `unit` is the daily inner loop (`npm run test:unit`);
// `reliability` holds the slow crash, race, fuzz and process tests, the same output with one
// thread and several (test/**/threads.test.ts, which start processes with worker threads),
// and the merges through real git repositories (test/merge/git-*); `browser` the board in
// headless Chromium. `npm test` runs them all. Test files run on every core.
const shared = {
  testTimeout: 30_000,
  hookTimeout: 30_000,
  setupFiles: ['test/setup.ts'],
};

export default defineConfig({
  test: {
    maxWorkers: availableParallelism(),
    projects: [
      // The unit tests share each worker's modules rather than loading them again for every
      // file (40 s instead of 80 on two cores): they keep no state between files.
      { test: { ...shared, name: 'unit', isolate: false, include: ['test/**/*.test.ts'], exclude: ['test/reliability/**', 'test/merge/git-*.test.ts', 'test/**/threads.test.ts', 'test/board/browser.test.ts'] } },
      { test: { ...shared, name: 'reliability', include: ['test/reliability/**/*.test.ts', 'test/merge/git-*.test.ts', 'test/**/threads.test.ts'] } },
      { test: { ...shared, name: 'browser', include: ['test/board/browser.test.ts'] } },
    ],
  },
});
