import { defineConfig } from 'vitest/config';

// Three projects: `unit` is the daily inner loop (`npm run test:unit`, under a minute);
// `reliability` holds the slow crash, race, fuzz and process tests, `browser` the board in
// headless Chromium. `npm test` runs them all.
const shared = {
  testTimeout: 30_000,
  hookTimeout: 30_000,
  setupFiles: ['test/setup.ts'],
};

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/reliability/**', 'test/board/browser.test.ts'] } },
      { test: { ...shared, name: 'reliability', include: ['test/reliability/**/*.test.ts'] } },
      { test: { ...shared, name: 'browser', include: ['test/board/browser.test.ts'] } },
    ],
  },
});
