import { defineConfig } from 'vitest/config';

// Two projects: `unit` is the daily inner loop (`npm run test:unit`, under a minute);
// `reliability` holds the slow crash, race, fuzz and process tests. `npm test` runs both.
const shared = {
  testTimeout: 30_000,
  hookTimeout: 30_000,
  setupFiles: ['test/setup.ts'],
};

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/reliability/**'] } },
      { test: { ...shared, name: 'reliability', include: ['test/reliability/**/*.test.ts'] } },
    ],
  },
});
