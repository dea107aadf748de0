import { fileURLToPath } from 'node:url';

/** The files `pnpm generate` writes the `x-rtc-pagination` type to (a test checks they are current). */
export const paginationTypeTargets: readonly string[] = [
  fileURLToPath(new URL('../src/generated/pagination.ts', import.meta.url)),
  fileURLToPath(new URL('../../../packages/runtime/src/generated/pagination.ts', import.meta.url)),
];
