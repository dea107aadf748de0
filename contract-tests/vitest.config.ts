import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Prism start-up dominates the live tests; give it room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
