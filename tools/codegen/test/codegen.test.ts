import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  describeDrift,
  findDrift,
  operationsSource,
  versionSource,
  withoutConstraintOnlyBranches,
  writeGenerated,
} from '../src/index.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

// A real bundled spec from the workspace (a devDependency of the client packages).
const specPath = createRequire(join(import.meta.dirname, '../../../packages/100ms/package.json')).resolve(
  '@rtc-sessions/spec-100ms/openapi.json',
);

describe('drift check', () => {
  it('passes on fresh output and fails clearly on an edited or missing file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'codegen-'));
    const target = { specPackage: '@rtc-sessions/spec-100ms', specPath, outDir: dir };
    await writeGenerated(target);
    expect(await findDrift(target)).toEqual([]);
    const schema = join(dir, 'schema.ts');
    await writeFile(schema, `${await readFile(schema, 'utf8')}\n// hand edit\n`);
    await rm(join(dir, 'operations.ts'));
    const message = describeDrift(target, await findDrift(target));
    expect(message).toMatch(
      /schema\.ts: differs from what @rtc-sessions\/spec-100ms produces \(first at line \d+\)/,
    );
    expect(message).toMatch(/operations\.ts: missing/);
    expect(message).toMatch(/pnpm generate/);
  });
});

const facts = {
  id: 'x',
  name: 'X',
  mockPort: 4999,
  credentials: {
    keys: [
      { option: 'apiKey', env: 'X_API_KEY' },
      { option: 'secret', env: 'X_SECRET' },
    ],
    tokenEnv: 'X_TOKEN',
  },
  requestIdHeaders: ['x-request-id'],
  errorBody: { code: ['/code'], message: ['/message', '/error'], details: [] },
  webhookRetries: { published: false, note: 'none published' },
};
const minimalSpec = (info: Record<string, unknown> = { 'x-rtc-provider': facts }) =>
  ({
    openapi: '3.1.0',
    info: { title: 't', version: '1', ...info },
    servers: [{ url: 'https://x.test/v2' }],
    paths: {},
  }) as unknown as Parameters<typeof operationsSource>[0];

describe('operationsSource', () => {
  it('needs a server and the provider facts', () => {
    expect(() => operationsSource({ ...minimalSpec(), servers: [] })).toThrow(/servers\[0\]\.url/);
    expect(() => operationsSource(minimalSpec({}))).toThrow(/no info\.x-rtc-provider/);
    expect(() =>
      operationsSource(minimalSpec({ 'x-rtc-provider': { ...facts, requestIdHeaders: 'x-request-id' } })),
    ).toThrow(/invalid info\.x-rtc-provider: \/requestIdHeaders must be array/);
  });

  it("emits the spec's facts for the client, and nothing of the package (no version)", () => {
    const source = operationsSource(minimalSpec());
    expect(source).toContain('export const defaultBaseUrl = "https://x.test/v2";');
    const literal = /export const providerFacts = (\{[\s\S]*?\n\}) as const;/.exec(source)?.[1];
    expect(JSON.parse(literal ?? 'null')).toEqual({
      id: 'x',
      name: 'X',
      requestIdHeaders: ['x-request-id'],
      errorBody: facts.errorBody,
      rateLimitHeaders: {}, // the spec names none
      credentialEnv: {
        keys: [
          ['apiKey', 'X_API_KEY'],
          ['secret', 'X_SECRET'],
        ],
        tokenEnv: 'X_TOKEN',
      },
    });
    expect(source).not.toMatch(/userAgent|version/i);
  });

  it('rejects an x-rtc-pagination that names no query parameter of its operation', () => {
    const spec = minimalSpec();
    (spec as { paths: unknown }).paths = {
      '/items': {
        get: {
          operationId: 'listItems',
          'x-rtc-pagination': {
            scheme: 'page-number',
            pageParam: 'page',
            sizeParam: 'perPage',
            items: '/data',
            lastPage: '/last',
          },
          parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' } }],
          responses: {},
        },
      },
    };
    expect(() => operationsSource(spec)).toThrow(/names "perPage", which is no query parameter/);
  });
});

describe('versionSource', () => {
  it("writes the package's version and the default User-Agent from name and version", () => {
    const source = versionSource({ name: '@rtc-sessions/videosdk', version: '1.2.3' });
    expect(source).toContain('export const version = "1.2.3";');
    expect(source).toContain('export const userAgent = "@rtc-sessions/videosdk/1.2.3";');
  });
});

describe('withoutConstraintOnlyBranches', () => {
  it('drops anyOf lists that only say what is required, keeps real shapes', () => {
    const shape = { anyOf: [{ type: 'string' }, { type: 'integer' }] };
    expect(
      withoutConstraintOnlyBranches({
        a: { properties: {}, anyOf: [{ required: ['id'] }, { required: ['_id'] }] },
        b: shape,
      }),
    ).toEqual({ a: { properties: {} }, b: shape });
  });
});
