import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'corpus', include: ['tests/corpus/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser at a time: they are heavy, and timing-sensitive checks (scrolling) need a quiet machine.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // `npm run test:release`: the zips `npm run zip` made, rebuilt from their sources (npm ci) and loaded in
        // both browsers. Not part of `vitest run`'s default set in `npm test`; CI runs it.
        test: { name: 'release', include: ['tests/release/**/*.test.ts'], environment: 'node', fileParallelism: false, testTimeout: 600_000, hookTimeout: 60_000 },
      },
    ],
  },
});
