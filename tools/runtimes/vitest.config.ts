import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Safety nets only: CI runs every package's suite at once on 2 cores, where starting a runtime
    // can take a few seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
