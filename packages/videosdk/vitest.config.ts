import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Safety nets only (no test waits on time): CI runs every package's suite at once on 2 cores,
    // where spawning a process or a Prism mock can take several seconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Type-level tests (`expectTypeOf`, `@ts-expect-error`) fail the run, not only `lint`.
    typecheck: { enabled: true, tsconfig: './tsconfig.lint.json', include: ['test/**/*.test.ts'] },
  },
});
