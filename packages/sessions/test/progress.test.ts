import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';
import { type LoopbackServer, startServer } from './support/server.js';
import { videoSdkSessions } from './support/synthetic.js';

let server: LoopbackServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

function fakeStderr(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = { isTTY, write: (chunk: string) => chunks.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, chunks };
}

async function exportTo(isTTY: boolean) {
  server = await startServer(videoSdkSessions({ total: 300, perPage: 100 }));
  dir = await mkdtemp(join(tmpdir(), 'rtc-sessions-progress-'));
  vi.stubEnv('VIDEOSDK_TOKEN', 'test-token');
  const { stream, chunks } = fakeStderr(isTTY);
  const args = ['export', '--provider', 'videosdk', '--format', 'jsonl', '--out', join(dir, 'o.jsonl')];
  const code = await main([...args, '--base-url', server.url], stream);
  return { code, chunks };
}

it('on a terminal: a progress line with pages of the known total, then one summary line', async () => {
  const { code, chunks } = await exportTo(true);
  expect(code).toBe(0);
  // Each redraw returns the cursor and clears the line (ESC [2K) first.
  const clear = '\r\u001b[2K';
  const progress = chunks.filter((c) => c.startsWith(`${clear}pages`)).map((c) => c.slice(clear.length));
  expect(progress[0]).toMatch(/^pages 1\/3 · rows 100 · \d+ rows\/s · ETA \d+s$/);
  expect(chunks.at(-1)).toMatch(
    /^rtc-sessions: exported 300 rows \(3 pages\) to .* in [\d.]+ s \(\d+ rows\/s\)\n$/,
  );
});

it('not a terminal: only the summary line', async () => {
  const { code, chunks } = await exportTo(false);
  expect(code).toBe(0);
  expect(chunks).toHaveLength(1);
  expect(chunks[0]).toMatch(/^rtc-sessions: exported 300 rows/);
});
