import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs one of the package's `check:*` scripts (publint, attw) in `dir`; resolves to its output. */
export async function packageCheck(dir: string, script: 'check:publint' | 'check:attw'): Promise<string> {
  const { stdout, stderr } = await run('pnpm', ['run', '-s', script], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return stdout + stderr;
}
