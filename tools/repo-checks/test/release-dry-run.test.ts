import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

// The release workflow runs `changeset version` (the "Version Packages" pull request), then
// `pnpm release` (build + publish). This runs that sequence on a scratch copy of the working tree
// (tracked and new files, no node_modules, dist or caches) and checks that the bumped clients build
// and pass their tests without a regeneration — generated files depend on the spec only — and that
// an edited spec stops the build with the command to run.
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'rtc-release-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const env = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  TURBO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  CI: '1',
};

function sh(command: string, args: string[], cwd = scratch) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function ok(command: string, ...args: string[]): string {
  const { code, output } = sh(command, args);
  expect(code, `${command} ${args.join(' ')}\n${output.slice(-4000)}`).toBe(0);
  return output;
}

function copyWorkingTree(): void {
  const listed = sh('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], repoRoot);
  expect(listed.code, listed.output).toBe(0);
  for (const file of listed.output.split('\0').filter(Boolean)) {
    const from = join(repoRoot, file);
    const to = join(scratch, file);
    mkdirSync(dirname(to), { recursive: true });
    try {
      cpSync(from, to);
    } catch (error) {
      // a file deleted in the working tree but still in the index
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  // A release runs in a git checkout, and turbo hashes a package's files through git there. Without
  // git it walks the folders itself, and it stops at the workspace's links between the mock and the
  // clients (the clients test against the mock, which signs deliveries with the clients' optional
  // peers), which it takes for a file-system loop.
  ok('git', 'init', '--quiet');
  ok('git', 'add', '--all');
}

const read = (path: string) => readFileSync(join(scratch, path), 'utf8');
const client = '@rtc-sessions/videosdk';
const build = () =>
  sh('pnpm', ['exec', 'turbo', 'run', 'build', `--filter=${client}`, '--output-logs=errors-only']);

it('a changeset, changeset version, build and the client tests pass; a spec edit asks for pnpm generate', () => {
  copyWorkingTree();
  ok('pnpm', 'install', '--frozen-lockfile', '--prefer-offline');
  const generatedBefore = read('packages/videosdk/src/generated/operations.ts');
  const versionBefore = JSON.parse(read('packages/videosdk/package.json')).version as string;

  writeFileSync(
    join(scratch, '.changeset', 'release-dry-run.md'),
    `---\n"${client}": patch\n---\n\nRelease dry run.\n`,
  );
  ok('pnpm', 'exec', 'changeset', 'version');
  const version = JSON.parse(read('packages/videosdk/package.json')).version as string;
  expect(version).not.toBe(versionBefore);
  // the version lives in package.json only: nothing generated from the spec changed
  expect(read('packages/videosdk/src/generated/operations.ts')).toBe(generatedBefore);

  const built = build();
  expect(built.code, built.output.slice(-4000)).toBe(0);
  expect(read('packages/videosdk/dist/version.js')).toContain(`"${client}/${version}"`);
  // the client's own tests: the default User-Agent, and the drift check of src/generated
  // (types are checked by the normal test run; here only the behaviour after the bump)
  ok(
    'pnpm',
    '--filter',
    client,
    'exec',
    'vitest',
    'run',
    '--typecheck.enabled=false',
    'test/client.test.ts',
    'test/generated.test.ts',
  );

  // A spec change the client was not regenerated for: the build stops and names the command.
  const pathFile = join(scratch, 'spec/videosdk/paths/sessions.yaml');
  writeFileSync(
    pathFile,
    read('spec/videosdk/paths/sessions.yaml').replace(/summary: .*/, 'summary: Lists sessions, edited'),
  );
  const stale = build();
  expect(stale.code).not.toBe(0);
  expect(stale.output).toMatch(/out of date with @rtc-sessions\/spec-videosdk/);
  expect(stale.output).toMatch(/Run `pnpm generate`/);
  ok('pnpm', 'generate');
  expect(read('packages/videosdk/src/generated/schema.ts')).toContain('Lists sessions, edited');
  const rebuilt = build();
  expect(rebuilt.code, rebuilt.output.slice(-4000)).toBe(0);
});
