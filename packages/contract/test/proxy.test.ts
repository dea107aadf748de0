/**
 * `rtc-contract proxy` with a loopback upstream that answers one valid and one invalid response
 * (issue 17): traffic passes unchanged; requests and responses are both checked, violations
 * reported as verify reports them; recordings are cassettes `verify` reads; the Authorization the
 * app sends appears in no report or recording; the CLI ends on --max-exchanges or SIGTERM with a
 * report and an exit code.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningProxy, startProxy } from '../dist/proxy.js';
import type { CheckResult } from '../dist/report.js';
import { loadValidators } from '../dist/validators.js';
import { cli, type Loopback, runCli, startLoopback } from './support/cli.js';

const TOKEN = 'app-bearer-token-never-written';
const recording = JSON.parse(
  readFileSync(
    fileURLToPath(
      new URL(
        '../../../contract-tests/recordings/videosdk/listSessions/published-fetch-sessions-page.json',
        import.meta.url,
      ),
    ),
    'utf8',
  ),
);
const valid = JSON.stringify(recording.response.body);
// page 2 breaks the contract, quoting the app's token in the broken field (an echoing server)
const broken = (() => {
  const body = structuredClone(recording.response.body);
  body.data[0].start = `Bearer ${TOKEN}`;
  return JSON.stringify(body);
})();

let upstream: Loopback;
const seen: Array<{ method: string; url: string; authorization?: string; body: string }> = [];
const work = mkdtempSync(join(tmpdir(), 'rtc-contract-proxy-'));

beforeAll(async () => {
  upstream = await startLoopback((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        body,
      });
      const url = new URL(req.url ?? '/', 'http://x');
      res.setHeader('x-request-echo', req.headers.authorization ?? '');
      res.setHeader('set-cookie', ['a=1; Path=/', 'b=2; Path=/']);
      if (url.pathname === '/v2/sessions/' && url.searchParams.get('page') === '2') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(broken);
      } else if (url.pathname === '/v2/sessions/') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(valid);
      } else if (url.pathname === '/v2/sessions/end') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'ended' }));
      } else {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'not found' }));
      }
    });
  });
});
afterAll(async () => {
  await upstream?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('startProxy', () => {
  let proxy: RunningProxy;
  const record = join(work, 'recorded');
  beforeAll(async () => {
    proxy = await startProxy({
      validators: await loadValidators(),
      provider: 'videosdk',
      upstream: new URL(`${upstream.url}/v2`),
      recordDir: record,
    });
  });
  afterAll(() => proxy?.close());

  const get = (path: string) =>
    fetch(`${proxy.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });

  it('passes traffic through unchanged, with or without the base path', async () => {
    seen.length = 0;
    const first = await get('/sessions/?page=1');
    expect(first.status).toBe(200);
    expect(await first.text()).toBe(valid);
    expect(first.headers.get('x-request-echo')).toBe(`Bearer ${TOKEN}`);
    expect(first.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    const second = await get('/v2/sessions/?page=2');
    expect(await second.text()).toBe(broken);
    expect(seen.map((s) => [s.method, s.url, s.authorization])).toEqual([
      ['GET', '/v2/sessions/?page=1', `Bearer ${TOKEN}`],
      ['GET', '/v2/sessions/?page=2', `Bearer ${TOKEN}`],
    ]);
  });

  it('reports the valid exchange ok and the invalid one with pointer, expected and actual, redacted', () => {
    const [ok, bad] = proxy.results as [CheckResult, CheckResult];
    expect(ok).toMatchObject({
      name: 'GET /sessions/?page=1',
      operationId: 'listSessions',
      status: 200,
      ok: true,
    });
    expect(bad.ok).toBe(false);
    expect(bad.errors).toContainEqual(
      expect.objectContaining({
        pointer: '/data/0/start',
        keyword: 'format',
        expected: 'format date-time',
        actual: '[REDACTED]',
      }),
    );
    expect(JSON.stringify(proxy.results)).not.toContain(TOKEN);
  });

  it('checks requests too: a query parameter of the wrong type, a body the operation refuses, an unknown path', async () => {
    const before = proxy.results.length;
    await get('/sessions/?page=first');
    await fetch(`${proxy.url}/sessions/end`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ unexpected: true }),
    });
    const missing = await get('/no-such-thing');
    expect(missing.status).toBe(404);
    const [query, body, unknown] = proxy.results.slice(before) as [CheckResult, CheckResult, CheckResult];
    expect(query.errors).toContainEqual(
      expect.objectContaining({
        in: 'query',
        parameter: 'page',
        keyword: 'type',
        expected: 'integer',
        actual: 'first',
      }),
    );
    expect(body.errors.some((v) => v.in === 'requestBody')).toBe(true);
    expect(unknown.errors).toEqual([
      expect.objectContaining({ in: 'operation', keyword: 'operation', actual: 'GET /no-such-thing' }),
    ]);
  });

  it('records redacted cassettes that verify reads: the valid one passes, the broken one fails', async () => {
    const dir = join(record, 'videosdk', 'listSessions');
    const files = readdirSync(dir).sort();
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text).not.toContain(TOKEN);
      expect(JSON.parse(text).request.headers.authorization).toBe('[REDACTED]');
    }
    const first = await runCli(['verify', '--format', 'json', join(dir, files[0] as string)]);
    expect(first.code).toBe(0);
    const second = await runCli(['verify', '--format', 'json', join(dir, files[1] as string)]);
    expect(second.code).toBe(1);
    expect(second.stdout).not.toContain(TOKEN);
  });
});

/** Starts the CLI proxy; resolves with the child and its URL (the first line on stderr). */
async function startCliProxy(
  args: string[],
): Promise<{ child: ChildProcessWithoutNullStreams; url: string; out: () => string; err: () => string }> {
  const child = spawn(
    process.execPath,
    [cli, 'proxy', '--provider', 'videosdk', '--upstream', `${upstream.url}/v2`, '--port', '0', ...args],
    {
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const found = /proxying (http:\/\/\S+) →/.exec(stderr);
      if (found?.[1]) resolve(found[1]);
    });
    child.on('exit', () => reject(new Error(`proxy exited early: ${stderr}`)));
  });
  return { child, url, out: () => stdout, err: () => stderr };
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code ?? -1));
  });

describe('rtc-contract proxy', () => {
  it('--max-exchanges 2 --format junit: ends with a well-formed report and exit 1 on a violation', async () => {
    const { child, url, out, err } = await startCliProxy(['--max-exchanges', '2', '--format', 'junit']);
    const code = exited(child);
    const headers = { authorization: `Bearer ${TOKEN}` };
    expect((await fetch(`${url}/sessions/?page=1`, { headers })).status).toBe(200);
    expect((await fetch(`${url}/sessions/?page=2`, { headers })).status).toBe(200);
    expect(await code).toBe(1);
    expect(XMLValidator.validate(out())).toBe(true);
    const suite = new XMLParser({ ignoreAttributes: false }).parse(out()).testsuites.testsuite;
    expect(suite['@_tests']).toBe('2');
    expect(suite['@_failures']).toBe('1');
    expect(out()).toContain('/data/0/start');
    expect(out() + err()).not.toContain(TOKEN);
  });

  it('SIGTERM ends it with the report of what went through, exit 0 when all conformed', async () => {
    const { child, url, out } = await startCliProxy(['--format', 'json']);
    const code = exited(child);
    expect((await fetch(`${url}/sessions/?page=1`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await code).toBe(0);
    const report = JSON.parse(out()) as { command: string; summary: { total: number; passed: number } };
    expect(report.command).toBe('proxy');
    expect(report.summary).toMatchObject({ total: 1, passed: 1 });
  });

  it('an unreachable upstream is an errored exchange (502 to the app), exit 2', async () => {
    const dead = await startLoopback(() => {});
    const deadUrl = dead.url;
    await dead.close();
    const child = spawn(process.execPath, [
      cli,
      'proxy',
      '--provider',
      'videosdk',
      '--upstream',
      deadUrl,
      '--port',
      '0',
      '--max-exchanges',
      '1',
      '--format',
      'json',
    ]);
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    const url = await new Promise<string>((resolve) => {
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
        const found = /proxying (http:\/\/\S+) →/.exec(stderr);
        if (found?.[1]) resolve(found[1]);
      });
    });
    const code = exited(child);
    expect((await fetch(`${url}/sessions/`)).status).toBe(502);
    expect(await code).toBe(2);
    expect(JSON.parse(stdout).results[0].error).toMatch(/no answer from the upstream/);
  });
});
