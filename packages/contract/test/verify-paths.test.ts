/**
 * `rtc-contract verify` on paths that are not plain files in plain folders (issue 16 §4.4): a FIFO
 * or a device named directly, a folder that cannot be read, symbolic links to files, to folders,
 * to nowhere and in loops. The built CLI runs in a child process.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

const recording = fileURLToPath(
  new URL(
    '../../../contract-tests/recordings/videosdk/listSessions/published-fetch-sessions-page.json',
    import.meta.url,
  ),
);
const cassette = readFileSync(recording, 'utf8');
const work = mkdtempSync(join(tmpdir(), 'rtc-contract-paths-'));
// the unreadable-folder case runs the CLI as another user when the tests run as root
chmodSync(work, 0o755);
afterAll(() => {
  chmodSync(join(work, 'tree', 'locked'), 0o755);
  rmSync(work, { recursive: true, force: true });
});

function file(path: string, text = cassette): string {
  const full = join(work, path);
  mkdirSync(join(full, '..'), { recursive: true, mode: 0o755 });
  writeFileSync(full, text, { mode: 0o644 });
  return full;
}

interface JsonReport {
  summary: { total: number; passed: number; errored: number };
  results: Array<{ name: string; error?: string }>;
}

describe('a path named directly that is not a regular file: exit 2 at once', () => {
  const fifo = join(work, 'pipe.json');
  execFileSync('mkfifo', [fifo]);

  it.each([
    ['a FIFO (cassette mode)', ['verify', fifo], /pipe\.json: not a regular file \(a FIFO\)/],
    [
      'a FIFO (json report)',
      ['verify', '--format', 'json', fifo],
      /pipe\.json: not a regular file \(a FIFO\)/,
    ],
    ['a device', ['verify', '/dev/null'], /\/dev\/null: not a regular file \(a device\)/],
    [
      'a FIFO as a raw body',
      ['verify', '--provider', 'videosdk', '--operation', 'listSessions', '--status', '200', fifo],
      /pipe\.json: not a regular file \(a FIFO\)/,
    ],
  ])(
    '%s',
    async (_name, args, message) => {
      const started = Date.now();
      const { code, stdout, stderr } = await runCli(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
      // no read was attempted: a FIFO without a writer would have blocked until the test timed out
      expect(Date.now() - started).toBeLessThan(10_000);
    },
    15_000,
  );
});

describe('folders: what cannot be read is an errored case, the rest is still checked', () => {
  file('tree/a-good.json');
  file('tree/locked/b-hidden.json');
  file('tree/z-good.json');
  // a FIFO named *.json inside a folder is reported, never read
  execFileSync('mkfifo', [join(work, 'tree', 'c-pipe.json')]);
  // links: to a file elsewhere (followed), to nowhere, to itself (a loop), to the folder's parent
  file('outside/real.json');
  symlinkSync(join(work, 'outside', 'real.json'), join(work, 'tree', 'd-linked.json'));
  symlinkSync(join(work, 'nowhere.json'), join(work, 'tree', 'e-dangling.json'));
  symlinkSync(join(work, 'tree', 'f-loop'), join(work, 'tree', 'f-loop'));
  symlinkSync(join(work, 'tree'), join(work, 'tree', 'g-up'));
  chmodSync(join(work, 'tree', 'locked'), 0o000);
  const tree = join(work, 'tree');
  // chmod 000 does not stop root: run as nobody then, so the folder really cannot be read
  const asOther = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

  it('json: an errored case per unreadable folder, FIFO, broken or looping link; linked files checked once', async () => {
    const { code, stdout, stderr } = await runCli(['verify', '--format', 'json', tree], asOther);
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as JsonReport;
    const errored = Object.fromEntries(
      report.results.filter((r) => r.error !== undefined).map((r) => [r.name.split('/').pop(), r.error]),
    );
    expect(errored.locked).toMatch(/locked: cannot read folder \(EACCES\)/);
    expect(errored['c-pipe.json']).toMatch(/not a regular file \(a FIFO\)/);
    expect(errored['e-dangling.json']).toMatch(/a broken symbolic link/);
    expect(errored['f-loop']).toMatch(/a loop of symbolic links/);
    const passed = report.results.filter((r) => r.error === undefined).map((r) => r.name.split('/').pop());
    // the linked file is checked; g-up (a link to the folder itself) adds nothing twice
    expect(passed.sort()).toEqual(['a-good.json', 'd-linked.json', 'z-good.json']);
    expect(report.summary).toMatchObject({ total: 7, passed: 3, errored: 4 });
    for (const name of ['locked', 'c-pipe.json', 'e-dangling.json', 'f-loop']) expect(stderr).toContain(name);
  });

  it('junit: well-formed, one test case each, the errored ones named', async () => {
    const { code, stdout } = await runCli(['verify', '--format', 'junit', tree], asOther);
    expect(code).toBe(2);
    expect(XMLValidator.validate(stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(stdout);
    const cases = xml.testsuites.testsuite.testcase as Array<Record<string, unknown>>;
    expect(cases).toHaveLength(7);
    expect(cases.filter((c) => c.error !== undefined)).toHaveLength(4);
    expect(stdout).toMatch(/<error type="InputError" message="[^"]*locked: cannot read folder/);
  });

  it('pretty stops at the first with one line naming it, exit 2', async () => {
    const { code, stderr } = await runCli(['verify', tree], asOther);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^rtc-contract: \S+c-pipe\.json: not a regular file/);
  });
});
