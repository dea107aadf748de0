import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

// Every TypeScript block of the README, type-checked on its own against the built package, as a
// user who pastes it into a project of theirs would (strict, NodeNext). Needs the build.
const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'rtc-contract-readme-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

it('the README snippets compile on their own', async () => {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  expect(blocks.length).toBeGreaterThan(0);
  mkdirSync(join(project, 'node_modules', '@rtc-sessions'), { recursive: true });
  mkdirSync(join(project, 'node_modules', '@types'), { recursive: true });
  symlinkSync(packageDir, join(project, 'node_modules', '@rtc-sessions', 'contract'));
  symlinkSync(
    join(packageDir, 'node_modules', '@types', 'node'),
    join(project, 'node_modules', '@types', 'node'),
  );
  writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  const files = blocks.map((code, i) => {
    writeFileSync(join(project, `snippet-${i}.ts`), code);
    return `snippet-${i}.ts`;
  });
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
      },
      files,
    }),
  );
  const tsc = join(packageDir, 'node_modules', '.bin', 'tsc');
  const result = await run(tsc, ['-p', project]).then(
    () => ({ code: 0, stdout: '' }),
    (error: { code: number; stdout: string }) => error,
  );
  expect(result.stdout, result.stdout).toBe('');
  expect(result.code).toBe(0);
}, 120_000);
