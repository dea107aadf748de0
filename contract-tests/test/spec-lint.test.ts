import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractTestsDir, providers, repoRoot } from './support/openapi-ajv.js';

const redocly = join(contractTestsDir, 'node_modules', '.bin', 'redocly');
const env = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};

function lint(cwd: string, ...apis: string[]) {
  const run = spawnSync(redocly, ['lint', ...apis, '--config', 'redocly.yaml'], {
    cwd,
    env,
    encoding: 'utf8',
  });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strip any ANSI colour that slips through
  return { status: run.status, output: `${run.stdout}${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A throwaway copy of one spec beside the root redocly.yaml, in the same layout as the repository. */
function copySpec(provider: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rtc-lint-'));
  temps.push(dir);
  cpSync(join(repoRoot, 'redocly.yaml'), join(dir, 'redocly.yaml'));
  cpSync(join(repoRoot, 'spec', provider), join(dir, 'spec', provider), {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|dist)$/.test(src),
  });
  return dir;
}

/** Replaces one line (matched by `find`) of a file; returns its 1-based line number and the new line. */
function editLine(file: string, find: RegExp, replace: (line: string) => string) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((l) => find.test(l));
  if (index < 0) throw new Error(`no line matching ${find} in ${file}`);
  const line = replace(lines[index] ?? '');
  lines[index] = line;
  writeFileSync(file, lines.join('\n'));
  return { lineNumber: index + 1, line };
}

describe('redocly lint', () => {
  it('passes on the real specs', () => {
    const { status, output } = lint(repoRoot, ...providers);
    expect(output).not.toMatch(/❌|error was generated/i);
    expect(status, output).toBe(0);
  });

  it('reports an example that no longer matches its schema, with rule, file and line:column', () => {
    const dir = copySpec('videosdk');
    const file = 'spec/videosdk/components/examples/GetSessionEnded.yaml';
    const { lineNumber, line } = editLine(join(dir, file), /"activeDuration":/, (l) =>
      l.replace(/: [^,]+,/, ': "sixty",'),
    );
    const column = line.indexOf('"sixty"') + 1;
    const { status, output } = lint(dir, 'videosdk');
    expect(status, output).not.toBe(0);
    expect(output).toContain('no-invalid-media-type-examples');
    expect(output).toContain(`${file}:${lineNumber}:${column}`);
    expect(output).toContain('activeDuration');
  });

  it('reports a YAML syntax error with file and line:column', () => {
    const dir = copySpec('videosdk');
    const file = 'spec/videosdk/components/schemas/PageInfo.yaml';
    // An unclosed flow sequence: the parser notices at the start of the next line.
    const { lineNumber } = editLine(join(dir, file), /^required: \[/, (l) => l.replace(']', ''));
    const { status, output } = lint(dir, 'videosdk');
    expect(status, output).not.toBe(0);
    expect(output).toContain(`${file}:${lineNumber + 1}:1`);
    expect(output).toContain('Failed to parse');
    expect(output).toContain('no-unresolved-refs');
  });
});
