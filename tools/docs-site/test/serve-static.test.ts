import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  DEFAULT_PREVIEW_PORT,
  previewPort,
  type StaticServer,
  startStaticServer,
} from '../src/serve-static.js';

/** A raw request: fetch() would normalise `..` out of the path before sending it. */
function get(server: StaticServer, path: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const outgoing = request({ host: '127.0.0.1', port: server.port, path, method }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      });
      outgoing.on('error', reject);
      outgoing.end();
    },
  );
}

describe('startStaticServer', () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    const parent = await mkdtemp(join(tmpdir(), 'docs-site-serve-'));
    root = join(parent, 'site');
    await mkdir(join(root, 'videosdk'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<h1>index</h1>');
    await writeFile(join(root, 'videosdk', 'index.html'), '<h1>videosdk</h1>');
    await writeFile(join(parent, 'secret.txt'), 'outside the root');
    server = await startStaticServer({ root });
  });

  afterAll(async () => {
    await server?.close();
    await rm(join(root, '..'), { recursive: true, force: true });
  });

  test('listens on a free loopback port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
  });

  test.each([
    ['/', 200, '<h1>index</h1>'],
    ['/index.html', 200, '<h1>index</h1>'],
    ['/videosdk/', 200, '<h1>videosdk</h1>'],
    ['/videosdk/index.html?x=1', 200, '<h1>videosdk</h1>'],
    ['/missing.html', 404, 'Not Found\n'],
    // URL parsing folds dot segments (even encoded ones) at the root, so these look for /secret.txt in root.
    ['/../secret.txt', 404, 'Not Found\n'],
    ['/%2e%2e/secret.txt', 404, 'Not Found\n'],
    // An encoded slash survives URL parsing: only the root check stops it.
    ['/videosdk/..%2f..%2fsecret.txt', 400, 'Bad Request\n'],
    ['/%E0%A4%A', 400, 'Bad Request\n'],
  ])('GET %s → %i', async (path, status, body) => {
    const response = await get(server, path);
    expect(response.status).toBe(status);
    expect(response.body).toBe(body);
  });

  test('serves HTML as HTML', async () => {
    expect((await get(server, '/')).headers['content-type']).toBe('text/html; charset=utf-8');
  });

  test('redirects a folder without its slash, so relative links resolve inside it', async () => {
    const response = await get(server, '/videosdk');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/videosdk/');
  });

  test('never redirects to a protocol-relative URL (another host)', async () => {
    // `/.//videosdk` parses to the path `//videosdk`; echoed back, `//videosdk/` would name a host.
    const response = await get(server, '/.//videosdk');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/videosdk/');
  });

  test('answers HEAD without a body and refuses writes', async () => {
    const head = await get(server, '/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(String('<h1>index</h1>'.length));
    const post = await get(server, '/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  test('refuses a root that is not a folder', async () => {
    await expect(startStaticServer({ root: join(root, 'index.html') })).rejects.toThrow(/not a folder/);
  });
});

describe('startStaticServer under a base path (as GitHub Pages serves a project site)', () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'docs-site-base-'));
    await mkdir(join(root, 'videosdk'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<h1>index</h1>');
    await writeFile(join(root, 'videosdk', 'index.html'), '<h1>videosdk</h1>');
    server = await startStaticServer({ root, basePath: 'rtc-sessions' });
  });

  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  test('its URL ends with the base path', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/rtc-sessions\/$/);
  });

  test.each([
    ['/rtc-sessions/', 200, '<h1>index</h1>'],
    ['/rtc-sessions/videosdk/index.html', 200, '<h1>videosdk</h1>'],
    // A link that escaped the base path (root-relative) finds nothing, as on Pages.
    ['/videosdk/index.html', 404, 'Not Found\n'],
    ['/', 404, 'Not Found\n'],
  ])('GET %s → %i', async (path, status, body) => {
    const response = await get(server, path);
    expect(response.status).toBe(status);
    expect(response.body).toBe(body);
  });

  test('redirects the base path and folders without their slash, inside the base path', async () => {
    expect((await get(server, '/rtc-sessions')).headers.location).toBe('/rtc-sessions/');
    expect((await get(server, '/rtc-sessions/videosdk')).headers.location).toBe('/rtc-sessions/videosdk/');
  });
});

describe('previewPort', () => {
  test.each<[string, string[], Record<string, string>, number]>([
    ['the default', [], {}, DEFAULT_PREVIEW_PORT],
    ['PORT', [], { PORT: '5000' }, 5000],
    ['--port n', ['--port', '5001'], { PORT: '5000' }, 5001],
    ['--port=n', ['--port=5002'], {}, 5002],
    ['port 0', ['--port', '0'], {}, 0],
  ])('%s', (_name, argv, env, want) => {
    expect(previewPort(argv, env)).toBe(want);
  });

  test.each([['--port', 'abc'], ['--port=70000'], ['--port=1.5']])('rejects %s %s', (...argv) => {
    expect(() => previewPort(argv, {})).toThrow(/invalid port/);
  });
});
