/**
 * `rtc-contract live` when an operation cannot be called for lack of a path id (issue 16 §4.6): it is
 * counted in the summary, listed with the `--param` to give, and a skipped test case in JUnit;
 * never skipped without a word. The built CLI runs against a loopback server whose lists are empty.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loopback, runCli, startLoopback } from './support/cli.js';

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: [], pageInfo: { currentPage: 1, perPage: 20, lastPage: 1, total: 0 } }));
  });
});
afterAll(() => server?.close());

const live = (...args: string[]) =>
  runCli([
    'live',
    '--provider',
    'videosdk',
    '--base-url',
    server.url,
    '--operations',
    'listSessions,getSession,getSessionQualityStats',
    ...args,
  ]);

// With --operations naming them, a missing id is an error; so the run below selects none by name.
const all = (...args: string[]) =>
  runCli(['live', '--provider', 'videosdk', '--base-url', server.url, ...args]);

describe('live: operations without an id', () => {
  it('json: each is a result with `skipped` (the --param to give), counted in the summary', async () => {
    const { stdout } = await all('--format', 'json');
    const report = JSON.parse(stdout) as {
      summary: { skipped: number; total: number; passed: number };
      results: Array<{ operationId: string; skipped?: string }>;
    };
    const skipped = report.results.filter((r) => r.skipped !== undefined);
    expect(skipped.map((r) => r.operationId).sort()).toEqual([
      'getParticipantQualityStats',
      'getSession',
      'getSessionQualityStats',
      'listActiveParticipants',
      'listSessionParticipants',
    ]);
    expect(skipped.find((r) => r.operationId === 'getSession')?.skipped).toContain(
      '--param sessionId=<value>',
    );
    expect(report.summary.skipped).toBe(5);
  });

  it('junit: well-formed, each a <skipped/> test case', async () => {
    const { stdout } = await all('--format', 'junit');
    expect(XMLValidator.validate(stdout)).toBe(true);
    const suite = new XMLParser({ ignoreAttributes: false }).parse(stdout).testsuites.testsuite;
    expect(suite['@_skipped']).toBe('5');
    const cases = suite.testcase as Array<Record<string, unknown>>;
    const skipped = cases.filter((c) => c.skipped !== undefined);
    expect(skipped).toHaveLength(5);
    expect(skipped.map((c) => c['@_classname'])).toContain('videosdk.getSession');
  });

  it('pretty: listed, and the summary line counts them', async () => {
    const { stdout } = await all();
    expect(stdout).toMatch(
      /- GET \/sessions\/\{sessionId\} \(videosdk getSession\) skipped: no value for its path parameter sessionId/,
    );
    expect(stdout).toMatch(/, 5 skipped, /);
  });

  it('named with --operations, a missing id stays an error (exit 2)', async () => {
    const { code, stderr } = await live();
    expect(code).toBe(2);
    expect(stderr).toContain('getSession: no value for its path parameter sessionId');
  });
});
