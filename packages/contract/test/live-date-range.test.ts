import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

// `rtc-contract live --from/--to` end to end: the built CLI against a loopback server that records
// what it is asked for (Zoom's listSessions requires a from/to date range).

let server: Server;
let baseUrl: string;
const requests: URL[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(new URL(req.url ?? '/', 'http://127.0.0.1'));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ from: '', to: '', page_size: 30, next_page_token: '', sessions: [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const zoomList = ['live', '--provider', 'zoom-videosdk', '--operations', 'listSessions', '--format', 'json'];

describe('rtc-contract live --from/--to', () => {
  it('sends the given range to the list operation', async () => {
    requests.length = 0;
    const result = await runCli([
      ...zoomList,
      '--base-url',
      baseUrl,
      '--from',
      '2024-02-01',
      '--to',
      '2024-02-29',
    ]);
    expect(result.stderr).not.toMatch(/usage|must be/i);
    const lists = requests.filter((url) => url.pathname.endsWith('/videosdk/sessions'));
    expect(lists.length).toBeGreaterThan(0);
    for (const url of lists) {
      expect(url.searchParams.get('from')).toBe('2024-02-01');
      expect(url.searchParams.get('to')).toBe('2024-02-29');
    }
  });

  it('defaults the other bound: --from alone ends the range today', async () => {
    requests.length = 0;
    await runCli([...zoomList, '--base-url', baseUrl, '--from', '2024-02-01']);
    const url = requests.find((u) => u.pathname.endsWith('/videosdk/sessions'));
    expect(url?.searchParams.get('from')).toBe('2024-02-01');
    expect(url?.searchParams.get('to')).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(url?.searchParams.get('to')).not.toBe('2024-02-01');
  });

  it('without flags spans the last 28 days', async () => {
    requests.length = 0;
    await runCli([...zoomList, '--base-url', baseUrl]);
    const url = requests.find((u) => u.pathname.endsWith('/videosdk/sessions'));
    const from = Date.parse(url?.searchParams.get('from') ?? '');
    const to = Date.parse(url?.searchParams.get('to') ?? '');
    expect((to - from) / 86_400_000).toBe(28);
  });

  it.each([
    [['--from', '2024-02-30'], /--from must be a calendar date/],
    [['--to', '2024/02/01'], /--to must be a calendar date/],
    [['--from', '2024-03-01', '--to', '2024-02-01'], /after --to/],
    [['--to', '2000-01-01'], /starts after it ends/],
  ])('rejects %j with exit code 2', async (flags, message) => {
    requests.length = 0;
    const result = await runCli([...zoomList, '--base-url', baseUrl, ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(requests.filter((u) => u.pathname.endsWith('/videosdk/sessions'))).toEqual([]);
  });

  it('rejects a range for a provider whose operations take none', async () => {
    const result = await runCli([
      'live',
      '--provider',
      'videosdk',
      '--base-url',
      baseUrl,
      '--from',
      '2024-02-01',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no selected operation of videosdk has from\/to/);
  });

  it('documents the flags in --help', async () => {
    const result = await runCli(['help']);
    expect(result.stdout).toMatch(/--from YYYY-MM-DD/);
    expect(result.stdout).toMatch(/--to YYYY-MM-DD/);
  });
});
