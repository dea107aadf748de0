/**
 * `verify`'s report says what it checked: responses and webhook deliveries counted apart, in the
 * summary line and per result, and every format stays well-formed with both kinds (and cassettes
 * that cannot be checked) in one run.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { type CheckResult, countKinds, formatReport, summarizeResults, summaryLine } from '../src/report.js';

const cli = fileURLToPath(new URL('../bin/rtc-contract.js', import.meta.url));
const recordings = fileURLToPath(new URL('../../../contract-tests/recordings/', import.meta.url));
const read = (path: string) => readFileSync(join(recordings, path), 'utf8');
const response = read('videosdk/listSessions/published-fetch-sessions-page.json');
const delivery = read('zoom-videosdk/webhooks/session.started/published.json');
const work = mkdtempSync(join(tmpdir(), 'rtc-contract-kinds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function result(kind: CheckResult['kind'], ok = true): CheckResult {
  return {
    name: 'x.json',
    provider: 'p',
    operationId: 'op',
    status: 200,
    kind,
    ok,
    errors: [],
    warnings: [],
  };
}

describe('the summary line', () => {
  const line = (results: CheckResult[]) => summaryLine(summarizeResults(results), countKinds(results));

  it('names only the kinds present, singular and plural', () => {
    expect(line([result('response'), result('response')])).toBe(
      '2 passed, 0 failed, 0 warnings (2 responses checked)',
    );
    expect(line([result('webhook')])).toBe('1 passed, 0 failed, 0 warnings (1 webhook delivery checked)');
    expect(line([result('response'), result('webhook'), result('webhook', false)])).toBe(
      '2 passed, 1 failed, 0 warnings (1 response and 2 webhook deliveries checked)',
    );
    const unreadable = { ...result('unrecognized', false), error: 'invalid JSON' };
    expect(line([result('response'), result('webhook'), unreadable])).toBe(
      '2 passed, 0 failed, 1 could not be checked, 0 warnings (1 response, 1 webhook delivery and 1 unrecognized file checked)',
    );
    expect(line([])).toBe('0 passed, 0 failed, 0 warnings (0 responses checked)');
  });

  it('counts a result without a kind (a caller of the library) as a response', () => {
    const { kind: _, ...legacy } = result('webhook');
    expect(countKinds([legacy, result('webhook')])).toEqual({ response: 1, webhook: 1, unrecognized: 0 });
    expect(summaryLine(summarizeResults([legacy]))).toContain('(1 response checked)');
    expect(formatReport([legacy], 'pretty', { color: false, command: 'verify' })).toContain(
      '(1 response checked)',
    );
  });
});

describe('rtc-contract verify on responses and webhook deliveries together', () => {
  it('pretty: the summary counts each kind', async () => {
    const dir = folder('good', {
      'a-response.json': response,
      'b-delivery.json': delivery,
      'c-response.json': response,
    });
    const { code, stdout } = await run(['verify', dir]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '3 passed, 0 failed, 0 warnings (2 responses and 1 webhook delivery checked)',
    );
    const webhooksOnly = await run([
      'verify',
      join(recordings, 'zoom-videosdk', 'webhooks', 'session.started'),
    ]);
    expect(webhooksOnly.stdout).toMatch(/\(\d+ webhook deliver(y|ies) checked\)\n$/);
    expect(webhooksOnly.stdout).not.toContain('response');
  });

  const mixed = () =>
    folder('mixed', {
      'a-response.json': response,
      'b-delivery.json': delivery,
      'c-corrupt.json': '{"format": "rtc-sessions/cassette@1", "webh',
      'd-unknown-event.json': JSON.stringify({ ...JSON.parse(delivery), webhook: 'session.startd' }),
    });

  it('json: every result says its kind; the summary keeps its shape', async () => {
    const { code, stdout } = await run(['verify', '--format', 'json', mixed()]);
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(report.summary).toEqual({ total: 4, passed: 2, failed: 0, errored: 2, skipped: 0, warnings: 0 });
    expect(
      report.results.map((r: CheckResult) => [
        r.name.split('/').pop(),
        r.kind,
        r.operationId,
        r.error !== undefined,
      ]),
    ).toEqual([
      ['a-response.json', 'response', 'listSessions', false],
      ['b-delivery.json', 'webhook', 'session.started', false],
      ['c-corrupt.json', 'unrecognized', 'unknown', true],
      ['d-unknown-event.json', 'webhook', 'session.startd', true],
    ]);
  });

  it('junit: well-formed XML, one test case per cassette, the errored ones named', async () => {
    const { code, stdout } = await run(['verify', '--format', 'junit', mixed()]);
    expect(code).toBe(2);
    expect(XMLValidator.validate(stdout)).toBe(true);
    expect(stdout).toMatch(/<testsuites [^>]*tests="4" failures="0" errors="2">/);
    expect(stdout.match(/<testcase /g)).toHaveLength(4);
    expect(stdout).toMatch(
      /<testcase classname="zoom-videosdk\.session\.started" name="[^"]*b-delivery\.json"\/>/,
    );
    expect(stdout).toMatch(
      /name="[^"]*d-unknown-event\.json">\n\s+<error type="InputError" message="[^"]*session\.startd/,
    );
  });
});
