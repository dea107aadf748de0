import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One test drives a whole install → version → build → test sequence in a scratch copy: minutes on
    // a loaded 2-core CI machine. A safety net only; nothing waits on time.
    testTimeout: 15 * 60_000,
    hookTimeout: 5 * 60_000,
  },
});
