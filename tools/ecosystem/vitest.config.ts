import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Packing, one npm install and three Prism start-ups happen once, in beforeAll; each tsc run
    // takes a few seconds on a 2-core machine.
    hookTimeout: 180_000,
    testTimeout: 90_000,
  },
});
