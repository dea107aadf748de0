import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

// `rtc-contract live` walks lists with the client's own paging, which reads the spec's
// `x-rtc-pagination`: for 100ms (`endsOnShortPage`) a page with fewer than `limit` items is the last,
// even though its `last` cursor is set. The built CLI runs against a loopback server that counts requests.

function session(n: number) {
  const id = `631a0fa23e3d9fdb00${String(n).padStart(6, '0')}`;
  return {
    id,
    room_id: '631a0f990e6ffae22efa610c',
    customer_id: '627cdddff2e4e30487862ad1',
    active: false,
    peers: {
      [`peer-${n}`]: {
        id: `peer-${n}`,
        session_id: id,
        name: `Peer ${n}`,
        role: 'host',
        user_id: `user-${n}`,
        joined_at: '2022-09-08T15:52:02.194Z',
        left_at: '2022-09-08T15:52:04.009Z',
      },
    },
    created_at: '2022-09-08T15:52:02.197Z',
    updated_at: '2022-09-08T15:52:04.015Z',
  };
}

/** Page `index` (0-based) of `sizes`: `sizes[index]` sessions and, like 100ms, a `last` cursor on every page. */
function page(sizes: number[], index: number) {
  const first = sizes.slice(0, index).reduce((a, b) => a + b, 0);
  const data = Array.from({ length: sizes[index] ?? 0 }, (_, i) => session(first + i));
  return { limit: 10, data, last: data.at(-1)?.id ?? 'end' };
}

let server: Server;
let baseUrl: string;
let sizes: number[] = [];
const requests: URL[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url);
    // the page to serve is the one after the cursor's session
    const start = url.searchParams.get('start');
    let index = 0;
    if (start !== null) {
      const after = Number(start.slice(-6)) + 1;
      for (let seen = 0; seen < after; index++) seen += sizes[index] ?? Number.POSITIVE_INFINITY;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(page(sizes, index)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const hmsList = ['live', '--provider', '100ms', '--operations', 'listSessions', '--format', 'json'];

describe('rtc-contract live paging (100ms listSessions)', () => {
  it('stops on a short page without requesting another', async () => {
    sizes = [10, 3, 10];
    requests.length = 0;
    const result = await runCli([...hmsList, '--base-url', baseUrl, '--max-pages', '5']);
    expect(result.stderr).toBe('');
    expect(requests.map((u) => u.searchParams.get('start'))).toEqual([null, session(9).id]);
    const report = JSON.parse(result.stdout);
    expect(report.results).toHaveLength(2);
    expect(report.results.filter((r: { ok: boolean }) => !r.ok)).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('walks full pages up to --max-pages and no further', async () => {
    sizes = [10, 10, 10, 10];
    requests.length = 0;
    const result = await runCli([...hmsList, '--base-url', baseUrl, '--max-pages', '3']);
    expect(result.stderr).toBe('');
    expect(requests.map((u) => u.searchParams.get('start'))).toEqual([null, session(9).id, session(19).id]);
    expect(JSON.parse(result.stdout).results).toHaveLength(3);
    expect(result.code).toBe(0);
  });
});
