import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Type-level tests (`expectTypeOf`, `@ts-expect-error`) fail the run, not only `lint`.
    typecheck: { enabled: true, tsconfig: './tsconfig.lint.json', include: ['test/**/*.test.ts'] },
  },
});
