import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Safety nets only (no test waits on time): these tests spawn the built CLI, which on a
    // loaded 2-core CI machine can take seconds to start.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
