import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  describeDrift,
  findDrift,
  operationsSource,
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

describe('operationsSource', () => {
  it('needs a server', () => {
    expect(() =>
      operationsSource({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {} }),
    ).toThrow(/servers\[0\]\.url/);
  });

  it("writes the client's User-Agent from its package name and version", () => {
    const spec = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      servers: [{ url: 'https://x.test/v2' }],
      paths: {},
    } as unknown as Parameters<typeof operationsSource>[0];
    const source = operationsSource(spec, { name: '@rtc-sessions/videosdk', version: '1.2.3' });
    expect(source).toContain('export const userAgent = "@rtc-sessions/videosdk/1.2.3";');
    expect(source).toContain('export const defaultBaseUrl = "https://x.test/v2";');
    expect(operationsSource(spec)).not.toContain('userAgent');
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
