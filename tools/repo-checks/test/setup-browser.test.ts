import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// tools/setup-browser.sh (run by tools/setup.sh) on machines unlike CI: no apt-get, a browser
// elsewhere, CHROMIUM_PATH set. A PATH of our own making stands in for each machine.
const script = fileURLToPath(new URL('../../setup-browser.sh', import.meta.url));
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function machine(tools: Record<string, string> = {}): string {
  const bin = mkdtempSync(join(tmpdir(), 'rtc-setup-'));
  temps.push(bin);
  for (const name of ['id', 'cat']) {
    const real = spawnSync('bash', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
    symlinkSync(real, join(bin, name));
  }
  for (const [name, body] of Object.entries(tools)) {
    writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  return bin;
}

function run(bin: string, env: Record<string, string> = {}) {
  const result = spawnSync('/bin/bash', [script], {
    encoding: 'utf8',
    env: { PATH: bin, HOME: bin, RTC_DEFAULT_CHROMIUM: join(bin, 'no-chromium-here'), ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('tools/setup-browser.sh', () => {
  it('without apt-get: says how to point at a browser or skip the test, and does not fail', () => {
    const { code, stderr } = run(machine());
    expect(code).toBe(0);
    expect(stderr).toContain('cannot be installed here (no apt-get on this machine)');
    expect(stderr).toContain('export CHROMIUM_PATH=/path/to/chromium');
    expect(stderr).toContain("pnpm turbo run test --filter='!@rtc-sessions/docs-site'");
  });

  it('suggests a Chromium or Chrome it finds on PATH as the CHROMIUM_PATH', () => {
    const bin = machine({ 'google-chrome': 'exit 0' });
    const { code, stderr } = run(bin);
    expect(code).toBe(0);
    expect(stderr).toContain(`export CHROMIUM_PATH=${join(bin, 'google-chrome')}`);
  });

  it('uses CHROMIUM_PATH when it is an executable, and says when it is not', () => {
    const bin = machine({ 'my-chromium': 'exit 0' });
    const given = run(bin, { CHROMIUM_PATH: join(bin, 'my-chromium') });
    expect(given.code).toBe(0);
    expect(given.stdout).toContain(`using CHROMIUM_PATH=${join(bin, 'my-chromium')}`);
    const wrong = run(bin, { CHROMIUM_PATH: join(bin, 'nope') });
    expect(wrong.code).toBe(0);
    expect(wrong.stderr).toContain('is not an executable file');
    expect(wrong.stderr).toContain('export CHROMIUM_PATH=');
  });

  // as root: elsewhere it would need a password-less sudo, which this test does not fake
  const root = spawnSync('id', ['-u'], { encoding: 'utf8' }).stdout.trim() === '0';
  it.skipIf(!root)("installs Debian's chromium with apt-get where it can", () => {
    const bin = machine({ 'apt-get': `echo "$@" >> "${'$'}HOME/apt.log"` });
    const { code, stdout } = run(bin);
    expect(code).toBe(0);
    expect(stdout).toContain("installing Debian's chromium");
    expect(readFileSync(join(bin, 'apt.log'), 'utf8')).toBe('update -qq\ninstall -y -qq chromium\n');
  });
});
