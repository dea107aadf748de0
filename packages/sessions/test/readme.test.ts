import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const dir = fileURLToPath(new URL('..', import.meta.url));

// The README's TypeScript blocks compile against the built package, imported by its own name
// (self-reference through `exports`), as a user's project would. Each block is its own module.
it('every TypeScript block of the README type-checks', { timeout: 120_000 }, async () => {
  const markdown = await readFile(join(dir, 'README.md'), 'utf8');
  const blocks = [...markdown.matchAll(/^```ts\s*\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '');
  expect(blocks.length).toBeGreaterThan(0);
  const scratch = join(dir, 'test-results', 'readme');
  await rm(scratch, { recursive: true, force: true });
  await mkdir(scratch, { recursive: true });
  const files = await Promise.all(
    blocks.map(async (code, index) => {
      const file = join(scratch, `block-${index + 1}.ts`);
      await writeFile(file, `${code}\nexport {};\n`);
      return file;
    }),
  );
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: ['node'],
      typeRoots: [join(dir, 'node_modules', '@types')],
    },
    files,
  };
  await writeFile(join(scratch, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const tsc = join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = await run(process.execPath, [tsc, '-p', join(scratch, 'tsconfig.json')], { cwd: dir }).catch(
    (error: { stdout: string }) => ({ stdout: error.stdout }),
  );
  expect(result.stdout).toBe('');
});
