import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Safety nets only (no test waits on time): the export tests spawn the built CLI, which on a
    // loaded 2-core machine can take seconds to start.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    typecheck: { enabled: true, tsconfig: './tsconfig.lint.json', include: ['test/**/*.test.ts'] },
  },
});
