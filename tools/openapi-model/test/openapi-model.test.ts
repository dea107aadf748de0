import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  annotationKeywords,
  childPointer,
  describeOperations,
  loadBundledSpecs,
  providerFacts,
  resolvePointer,
  specDependencies,
  toJsonSchemaDocument,
} from '../src/index.js';

const facts = {
  id: 'acme',
  name: 'Acme Video',
  mockPort: 4099,
  credentials: {
    keys: [
      { option: 'apiKey', env: 'ACME_API_KEY' },
      { option: 'secret', env: 'ACME_SECRET' },
    ],
    tokenEnv: 'ACME_TOKEN',
  },
  requestIdHeaders: ['x-request-id'],
  errorBody: { code: ['/error/code'], message: ['/error/message', '/msg'], details: [] },
};

const pagination = {
  scheme: 'page-number',
  pageParam: 'page',
  sizeParam: 'size',
  items: '/data',
  lastPage: '/last',
};

function spec(overrides: { pagination?: unknown; method?: string } = {}) {
  return {
    openapi: '3.1.0',
    info: { title: 'Acme sessions API', version: 'v1', 'x-rtc-provider': facts },
    servers: [{ url: 'https://api.acme.test/v1' }],
    paths: {
      '/rooms/{roomId}/sessions': {
        parameters: [
          { $ref: '#/components/parameters/RoomId' },
          { name: 'size', in: 'query', schema: { type: 'integer', maximum: 10 } },
        ],
        [overrides.method ?? 'get']: {
          operationId: 'listSessions',
          summary: 'List sessions',
          tags: ['Sessions'],
          'x-rtc-pagination': overrides.pagination ?? pagination,
          'x-rtc-rate-limit': 'Light',
          'x-other': true,
          parameters: [
            { name: 'page', in: 'query', schema: { type: 'integer', default: 1 } },
            // the operation's own `size` wins over the path item's
            { name: 'size', in: 'query', schema: { type: 'integer', maximum: 100 } },
          ],
          responses: {
            '200': {
              description: 'ok',
              headers: { 'X-Trace': { $ref: '#/components/headers/Trace' } },
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Page' } } },
            },
            '4XX': { $ref: '#/components/responses/Error' },
            '204': { description: 'nothing' },
          },
        },
      },
    },
    components: {
      parameters: { RoomId: { name: 'roomId', in: 'path', required: true, schema: { type: 'string' } } },
      headers: { Trace: { required: true, schema: { type: 'integer' } } },
      responses: {
        Error: {
          description: 'error',
          content: { 'application/json': { schema: { type: 'object' }, example: { msg: 'no' } } },
        },
      },
      schemas: {
        Page: {
          type: 'object',
          properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Session' } }, last: {} },
        },
        Session: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      },
    },
  };
}

describe('describeOperations', () => {
  it('merges parameters, follows $refs and says where everything is', () => {
    const [op] = describeOperations(spec());
    expect(op).toMatchObject({
      operationId: 'listSessions',
      method: 'GET',
      path: '/rooms/{roomId}/sessions',
      pointer: '#/paths/~1rooms~1{roomId}~1sessions/get',
      summary: 'List sessions',
      tags: ['Sessions'],
      pagination,
      extensions: { 'x-rtc-pagination': pagination, 'x-rtc-rate-limit': 'Light' },
      requestBody: [],
    });
    expect(op?.parameters.map((p) => [p.in, p.name, p.required])).toEqual([
      ['path', 'roomId', true],
      ['query', 'size', false],
      ['query', 'page', false],
    ]);
    expect(op?.parameters.find((p) => p.name === 'size')?.schema).toEqual({ type: 'integer', maximum: 100 });
    // in the spec's key order (which JavaScript gives integer-like status codes first)
    expect(op?.responses).toEqual([
      {
        status: '200',
        contentType: 'application/json',
        schema: '#/paths/~1rooms~1{roomId}~1sessions/get/responses/200/content/application~1json/schema',
        media: '#/paths/~1rooms~1{roomId}~1sessions/get/responses/200/content/application~1json',
        headers: [
          { name: 'X-Trace', required: true, schema: '#/components/headers/Trace/schema', type: 'integer' },
        ],
      },
      { status: '204', contentType: null, schema: null, media: null, headers: [] },
      {
        status: '4XX',
        contentType: 'application/json',
        schema: '#/components/responses/Error/content/application~1json/schema',
        media: '#/components/responses/Error/content/application~1json',
        headers: [],
      },
    ]);
    // every pointer resolves in the document
    const doc = spec();
    expect(resolvePointer(doc, op?.responses[2]?.media ?? '')).toMatchObject({ example: { msg: 'no' } });
    expect(resolvePointer(doc, op?.pointer ?? '')).toBe(doc.paths['/rooms/{roomId}/sessions'].get);
  });

  it('checks x-rtc-pagination: its schema, GET only, parameters that exist', () => {
    expect(() => describeOperations(spec({ pagination: { ...pagination, lastPage: 'last' } }))).toThrow(
      /GET \/rooms\/\{roomId\}\/sessions \(listSessions\): invalid x-rtc-pagination: \/lastPage must match pattern/,
    );
    expect(() => describeOperations(spec({ pagination: { ...pagination, nextCursor: '/n' } }))).toThrow(
      /invalid x-rtc-pagination: \/nextCursor boolean schema is false/,
    );
    expect(() => describeOperations(spec({ method: 'post' }))).toThrow(/only GET lists can be paginated/);
    expect(() => describeOperations(spec({ pagination: { ...pagination, pageParam: 'p' } }))).toThrow(
      /names "p", which is no query parameter/,
    );
  });
});

describe('providerFacts', () => {
  it("reads info.x-rtc-provider with the spec's title and base URL", () => {
    expect(providerFacts(spec())).toEqual({
      ...facts,
      title: 'Acme sessions API',
      version: 'v1',
      baseUrl: 'https://api.acme.test/v1',
    });
  });

  it('says what is missing or wrong, and where', () => {
    const without = { ...spec(), info: { title: 't', version: '1' } };
    expect(() => providerFacts(without, 'spec/acme')).toThrow(/spec\/acme has no info\.x-rtc-provider/);
    const wrong = spec();
    wrong.info['x-rtc-provider'] = {
      ...facts,
      mockPort: 80,
      errorBody: { ...facts.errorBody, code: ['code'] },
    };
    expect(() => providerFacts(wrong)).toThrow(
      /\/mockPort must be >= 1024; \/errorBody\/code\/0 must match pattern/,
    );
  });
});

describe('the providers of a package', () => {
  const root = mkdtempSync(join(tmpdir(), 'openapi-model-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, value: unknown) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), JSON.stringify(value));
  };

  it('are its @rtc-sessions/spec-* dependencies, loaded with their facts', () => {
    write('package.json', {
      name: 'consumer',
      dependencies: { '@rtc-sessions/spec-acme': '*', '@rtc-sessions/openapi-model': '*', other: '*' },
      devDependencies: { '@rtc-sessions/spec-bolt': '*' },
    });
    for (const id of ['acme', 'bolt']) {
      const dir = `node_modules/@rtc-sessions/spec-${id}`;
      write(`${dir}/package.json`, {
        name: `@rtc-sessions/spec-${id}`,
        exports: { './openapi.json': './dist/openapi.json' },
      });
      const doc = spec();
      doc.info['x-rtc-provider'] = { ...facts, id };
      write(`${dir}/dist/openapi.json`, doc);
    }
    const packageJson = join(root, 'package.json');
    expect(specDependencies(packageJson)).toEqual(['acme', 'bolt']);
    const specs = loadBundledSpecs(packageJson);
    expect(specs.map((s) => [s.id, s.specPackage, s.facts.id, s.facts.baseUrl])).toEqual([
      ['acme', '@rtc-sessions/spec-acme', 'acme', 'https://api.acme.test/v1'],
      ['bolt', '@rtc-sessions/spec-bolt', 'bolt', 'https://api.acme.test/v1'],
    ]);
    // the CLI that CI matrices are built from prints the same facts
    const bin = fileURLToPath(new URL('../bin/rtc-providers.js', import.meta.url));
    const printed = spawnSync(process.execPath, [bin], { cwd: root, encoding: 'utf8' });
    expect(printed.status, printed.stderr).toBe(0);
    expect(JSON.parse(printed.stdout)).toEqual(specs.map((s) => s.facts));
  });

  it("fail clearly when a spec's id is not its package's, or it is not built", () => {
    const doc = spec();
    doc.info['x-rtc-provider'] = { ...facts, id: 'acme' };
    write('node_modules/@rtc-sessions/spec-bolt/dist/openapi.json', doc);
    expect(() => loadBundledSpecs(join(root, 'package.json'))).toThrow(
      /spec-bolt\/openapi\.json: info\.x-rtc-provider\.id is "acme", expected "bolt"/,
    );
    rmSync(join(root, 'node_modules/@rtc-sessions/spec-bolt/dist'), { recursive: true });
    expect(() => loadBundledSpecs(join(root, 'package.json'))).toThrow(
      /cannot read the bundled spec @rtc-sessions\/spec-bolt\/openapi\.json; build it first \(pnpm turbo run build --filter=@rtc-sessions\/spec-bolt\)/,
    );
  });
});

describe('toJsonSchemaDocument', () => {
  it('keeps the layout, marks each subschema with its location, and makes described objects strict', () => {
    const doc = toJsonSchemaDocument(spec(), {
      id: 'https://x.test/s.json',
      locationKeyword: 'x-at',
      strict: true,
    });
    const session = resolvePointer(doc, '#/components/schemas/Session') as Record<string, unknown>;
    expect(session['x-at']).toBe('#/components/schemas/Session');
    expect(session.unevaluatedProperties).toBeUndefined(); // reached through $ref: a component root
    const body = resolvePointer(
      doc,
      childPointer(
        '#/paths',
        '/rooms/{roomId}/sessions',
        'get',
        'responses',
        '200',
        'content',
        'application/json',
        'schema',
      ),
    );
    expect(body).toMatchObject({ $ref: '#/components/schemas/Page', unevaluatedProperties: false });
    expect(annotationKeywords(spec(), 'x-at')).toEqual(
      expect.arrayContaining([
        'components',
        'paths',
        'example',
        'x-rtc-provider',
        'x-rtc-pagination',
        'x-other',
        'x-at',
      ]),
    );
  });
});
