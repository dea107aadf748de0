/**
 * The README's code runs as written: each `ts` block that imports `@rtc-sessions/mock` is run
 * (with `tsx`, from this package, so the package name resolves to itself) and must exit 0.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
  .map((m) => m[1] as string)
  .filter((b) => b.includes("from '@rtc-sessions/mock'"));

function runTs(code: string, index: number): Promise<{ code: number | null; output: string }> {
  const file = fileURLToPath(new URL(`./.readme-example-${index}.mts`, import.meta.url));
  writeFileSync(file, code);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => {
      output += c;
    });
    child.stderr.on('data', (c: Buffer) => {
      output += c;
    });
    child.on('close', (exit) => {
      rmSync(file, { force: true });
      resolve({ code: exit, output });
    });
  });
}

describe('tools/mock/README.md', () => {
  it('has runnable examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });
  it.each(blocks.map((code, i) => [i, code] as const))('example %i runs', async (i, code) => {
    const { code: exit, output } = await runTs(code, i);
    expect(output).not.toMatch(/Error/);
    expect(exit).toBe(0);
  });
});
