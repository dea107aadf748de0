import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParameterInfo } from '../src/index.js';
import {
  annotationKeywords,
  childPointer,
  describeOperations,
  describeWebhooks,
  extensionSchema,
  isJsonMediaType,
  loadBundledSpecs,
  paginationTypeSource,
  paginationTypeTargets,
  parameterExample,
  providerFacts,
  rateLimits,
  resolvePointer,
  securityScheme,
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
  webhookRetries: {
    published: true,
    timeoutSeconds: 3,
    delaysSeconds: [300, 1200],
    source: 'https://acme.test/webhooks',
  },
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

/** {@link spec} with document security, a POST with examples and a webhook behind a path item $ref. */
function withWebhooks() {
  const base = spec();
  return {
    ...base,
    security: [{ Token: [] }],
    paths: {
      ...base.paths,
      '/end': {
        post: {
          operationId: 'endSession',
          summary: 'End a session',
          description: 'Ends it.\n\n**Docs vs. server:** the server answers 202.',
          security: [],
          parameters: [
            {
              name: 'reason',
              in: 'query',
              schema: { type: 'string', enum: ['done', 'error'] },
              examples: { usual: { value: 'done' } },
            },
          ],
          requestBody: {
            content: {
              'application/json': {
                examples: {
                  outside: { externalValue: 'https://acme.test/end.json' },
                  shared: { $ref: '#/components/examples/EndRoom' },
                },
              },
            },
          },
          responses: { '202': { description: 'accepted' } },
        },
      },
    },
    webhooks: { 'session.ended': { $ref: '#/components/pathItems/SessionEnded' } },
    components: {
      ...base.components,
      examples: { EndRoom: { value: { roomId: 'r1' } } },
      parameters: {
        ...base.components.parameters,
        Signature: { name: 'X-Signature', in: 'header', required: true, schema: { type: 'string' } },
      },
      pathItems: {
        SessionEnded: {
          post: {
            operationId: 'sessionEnded',
            security: [],
            parameters: [{ $ref: '#/components/parameters/Signature' }],
            requestBody: {
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { event: { const: 'session.ended' }, room: { type: 'string' } },
                  },
                  example: { event: 'session.ended', room: 'r1' },
                },
              },
            },
            responses: { '200': { description: 'received' } },
          },
        },
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
        examples: [],
        headers: [
          { name: 'X-Trace', required: true, schema: '#/components/headers/Trace/schema', type: 'integer' },
        ],
      },
      { status: '204', contentType: null, schema: null, media: null, examples: [], headers: [] },
      {
        status: '4XX',
        contentType: 'application/json',
        schema: '#/components/responses/Error/content/application~1json/schema',
        media: '#/components/responses/Error/content/application~1json',
        examples: [
          {
            name: null,
            value: { msg: 'no' },
            pointer: '#/components/responses/Error/content/application~1json/example',
          },
        ],
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

  it("gives the security that applies, the operation's own or else the document's", () => {
    const [list, end] = describeOperations(withWebhooks());
    expect(list?.security).toEqual([{ Token: [] }]);
    expect(end?.security).toEqual([]);
    expect(describeOperations(spec())[0]?.security).toEqual([]);
  });

  it('lists the examples of a request body and a parameter, $refs followed, with their pointers', () => {
    const doc = withWebhooks();
    const end = describeOperations(doc).find((op) => op.operationId === 'endSession');
    expect(end).toMatchObject({
      kind: 'operation',
      method: 'POST',
      description: 'Ends it.\n\n**Docs vs. server:** the server answers 202.',
    });
    expect(end?.requestBody).toEqual([
      {
        contentType: 'application/json',
        schema: null,
        media: '#/paths/~1end/post/requestBody/content/application~1json',
        examples: [
          {
            name: 'outside',
            pointer: '#/paths/~1end/post/requestBody/content/application~1json/examples/outside',
          },
          { name: 'shared', value: { roomId: 'r1' }, pointer: '#/components/examples/EndRoom' },
        ],
      },
    ]);
    const reason = end?.parameters.find((p) => p.name === 'reason');
    expect(reason).toEqual({
      name: 'reason',
      in: 'query',
      required: false,
      pointer: '#/paths/~1end/post/parameters/0',
      schema: { type: 'string', enum: ['done', 'error'] },
      examples: [{ name: 'usual', value: 'done', pointer: '#/paths/~1end/post/parameters/0/examples/usual' }],
    });
    expect(resolvePointer(doc, reason?.pointer ?? '')).toBe(doc.paths['/end'].post.parameters[0]);
  });

  it('walks the webhooks after the operations when asked, through a path item $ref', () => {
    const doc = withWebhooks();
    expect(describeOperations(doc).map((op) => op.kind)).toEqual(['operation', 'operation']);
    const all = describeOperations(doc, { webhooks: true });
    expect(all.map((op) => [op.kind, op.method, op.path, op.operationId])).toEqual([
      ['operation', 'GET', '/rooms/{roomId}/sessions', 'listSessions'],
      ['operation', 'POST', '/end', 'endSession'],
      ['webhook', 'POST', 'session.ended', 'sessionEnded'],
    ]);
    const hook = all[2];
    // the path item is a $ref: the pointer is where the operation really is
    expect(hook?.pointer).toBe('#/components/pathItems/SessionEnded/post');
    expect(resolvePointer(doc, hook?.pointer ?? '')).toBe(doc.components.pathItems.SessionEnded.post);
    expect(hook?.security).toEqual([]);
    expect(hook?.parameters.map((p) => [p.in, p.name, p.pointer])).toEqual([
      ['header', 'X-Signature', '#/components/parameters/Signature'],
    ]);
    expect(hook?.requestBody[0]?.examples).toEqual([
      {
        name: null,
        value: { event: 'session.ended', room: 'r1' },
        pointer: '#/components/pathItems/SessionEnded/post/requestBody/content/application~1json/example',
      },
    ]);
    expect(describeWebhooks(doc)).toEqual([
      {
        event: 'session.ended',
        method: 'POST',
        contentType: 'application/json',
        schema: '#/components/pathItems/SessionEnded/post/requestBody/content/application~1json/schema',
        discriminator: 'event',
        headers: [
          {
            name: 'x-signature',
            required: true,
            schema: '#/components/parameters/Signature/schema',
            type: 'string',
          },
        ],
      },
    ]);
  });
});

describe('securityScheme', () => {
  it('finds the scheme a requirement names, through a $ref, and names one that is missing', () => {
    const base = withWebhooks();
    const doc = {
      ...base,
      components: {
        ...base.components,
        securitySchemes: {
          Token: { $ref: '#/components/securitySchemes/Jwt' },
          Jwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        },
      },
    };
    const [requirement] = describeOperations(doc)[0]?.security ?? [];
    expect(Object.keys(requirement ?? {})).toEqual(['Token']);
    expect(securityScheme(doc, 'Token')).toEqual({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(() => securityScheme(doc, 'Missing')).toThrow(
      'security scheme Missing is not defined in components.securitySchemes',
    );
    expect(() => securityScheme(doc, 'toString')).toThrow(/toString is not defined/);
  });
});

describe('parameterExample', () => {
  const parameter = (fields: Partial<ParameterInfo>): ParameterInfo => ({
    name: 'p',
    in: 'query',
    required: false,
    pointer: '#/components/parameters/P',
    schema: {},
    ...fields,
  });

  it('takes example, then examples, then the schema: examples, example, default, const, enum', () => {
    const examples = [{ name: 'a', value: 'from-examples', pointer: '#/x' }];
    expect(parameterExample(parameter({ example: 0, examples, schema: { default: 1 } }))).toBe(0);
    expect(parameterExample(parameter({ examples, schema: { default: 1 } }))).toBe('from-examples');
    expect(parameterExample(parameter({ schema: { examples: ['s'], example: 'e', default: 'd' } }))).toBe(
      's',
    );
    expect(parameterExample(parameter({ schema: { example: 'e', default: 'd' } }))).toBe('e');
    expect(parameterExample(parameter({ schema: { default: false, enum: [true] } }))).toBe(false);
    expect(parameterExample(parameter({ schema: { const: 'c', enum: ['x'] } }))).toBe('c');
    expect(parameterExample(parameter({ schema: { enum: ['first', 'second'] } }))).toBe('first');
    expect(parameterExample(parameter({ schema: { type: 'string' } }))).toBeUndefined();
  });
});

describe('isJsonMediaType', () => {
  it('knows application/json and +json types, nothing else', () => {
    expect(isJsonMediaType('application/json')).toBe(true);
    expect(isJsonMediaType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonMediaType('application/problem+json')).toBe(true);
    expect(isJsonMediaType('application/jsonl')).toBe(false);
    expect(isJsonMediaType('text/json')).toBe(false);
    expect(isJsonMediaType('application/x-www-form-urlencoded')).toBe(false);
    expect(isJsonMediaType(null)).toBe(false);
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

describe('webhookRetries', () => {
  const withFacts = (value: unknown) => ({
    ...spec(),
    info: { title: 't', version: '1', 'x-rtc-provider': value },
  });
  it('is a published policy with its source, or says that none is published', () => {
    const none = withFacts({
      ...facts,
      webhookRetries: { published: false, note: 'nothing on the webhooks page' },
    });
    expect(providerFacts(none).webhookRetries).toEqual({
      published: false,
      note: 'nothing on the webhooks page',
    });
    const { webhookRetries: _drop, ...rest } = facts;
    const missing = withFacts(rest);
    expect(() => providerFacts(missing)).toThrow(/must have required property 'webhookRetries'/);
    for (const bad of [
      { published: true, timeoutSeconds: 0, delaysSeconds: [], source: 'https://a.test' },
      { published: true, timeoutSeconds: 3, delaysSeconds: [-5], source: 'https://a.test' },
      { published: true, timeoutSeconds: 3, delaysSeconds: [] },
      { published: false },
      { published: false, note: 'x', timeoutSeconds: 3 },
    ]) {
      const wrong = withFacts({ ...facts, webhookRetries: bad });
      expect(() => providerFacts(wrong), JSON.stringify(bad)).toThrow(
        /invalid info\.x-rtc-provider: \/webhookRetries/,
      );
    }
  });
});

describe('rateLimits', () => {
  const limits = {
    published: true,
    url: 'https://acme.test/limits',
    description: 'Per account.',
    labels: {
      Light: { requests: 80, per: 'second', scope: 'account', description: 'about 80 a second' },
      Heavy: {
        requests: 20,
        per: 'minute',
        scope: 'account',
        description: 'about 20 a minute',
        dailyCap: { sharedWith: ['Light'], requests: 60000 },
      },
    },
  };
  const op = (label?: string) => ({
    operationId: 'listSessions',
    extensions: label === undefined ? {} : ({ 'x-rtc-rate-limit': label } as Record<string, string>),
  });

  it('reads each label as numbers, with its window in seconds and its pace', () => {
    const read = rateLimits({ ...spec(), 'x-rtc-rate-limits': limits });
    expect(read.published).toBe(true);
    expect(read.url).toBe('https://acme.test/limits');
    expect(read.labels.get('Light')).toEqual({
      label: 'Light',
      requests: 80,
      per: 'second',
      windowSeconds: 1,
      requestsPerSecond: 80,
      scope: 'account',
      description: 'about 80 a second',
    });
    expect(read.labels.get('Heavy')).toMatchObject({
      windowSeconds: 60,
      dailyCap: { sharedWith: ['Light'] },
    });
    expect(read.labels.get('Heavy')?.requestsPerSecond).toBeCloseTo(1 / 3, 10);
    expect(read.of(op('Heavy'))?.requests).toBe(20);
    expect(read.of(op())).toBeUndefined();
    expect(() => read.of(op('Lite'))).toThrow(
      /listSessions's x-rtc-rate-limit "Lite" is not a label .*\(Light, Heavy\)/,
    );
  });

  it('a provider that publishes none has no labels, and an operation naming one is an error', () => {
    const read = rateLimits(
      { ...spec(), 'x-rtc-rate-limits': { published: false, description: 'none' } },
      'spec/acme',
    );
    expect(read.published).toBe(false);
    expect(read.labels.size).toBe(0);
    expect(read.of(op())).toBeUndefined();
    expect(() => read.of(op('Light'))).toThrow(/spec\/acme: .*which publishes none/);
  });

  it('says what is missing or wrong', () => {
    expect(() => rateLimits(spec(), 'spec/acme')).toThrow(/spec\/acme has no x-rtc-rate-limits/);
    const bad = (value: unknown) => () => rateLimits({ 'x-rtc-rate-limits': value });
    expect(bad({ published: true, description: 'x' })).toThrow(/must have required property 'url'/);
    expect(bad({ published: false, description: 'x', labels: limits.labels })).toThrow(/\/labels/);
    const prose = { ...limits, labels: { Light: 'about 80 requests per second per account' } };
    expect(bad(prose)).toThrow(/\/labels\/Light must be object/);
    const fraction = { ...limits, labels: { Light: { ...limits.labels.Light, requests: 0.5 } } };
    expect(bad(fraction)).toThrow(/\/labels\/Light\/requests must be integer/);
    const fortnight = { ...limits, labels: { Light: { ...limits.labels.Light, per: 'fortnight' } } };
    expect(bad(fortnight)).toThrow(/\/labels\/Light\/per must be equal to one of the allowed values/);
    const badName = { ...limits, labels: { 'no good': limits.labels.Light } };
    expect(bad(badName)).toThrow(/property name must be valid/);
    const cap = {
      ...limits,
      labels: { Heavy: { ...limits.labels.Heavy, dailyCap: { sharedWith: ['Medium'] } } },
    };
    expect(bad(cap)).toThrow(/label Heavy shares its daily cap with unknown "Medium"/);
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

describe('x-rtc-pagination has one definition, its JSON Schema', () => {
  it('the generated TypeScript type in each target is current (`pnpm generate` rewrites them)', () => {
    const source = paginationTypeSource(extensionSchema('x-rtc-pagination'));
    for (const target of paginationTypeTargets) expect(readFileSync(target, 'utf8'), target).toBe(source);
  });

  it('the type has one member per scheme, with what the schema requires and allows', () => {
    const source = paginationTypeSource(extensionSchema('x-rtc-pagination'));
    expect(source).toMatch(/readonly scheme: "page-number";[^}]*readonly lastPage: string;/);
    expect(source).toMatch(/readonly scheme: "cursor";[^}]*readonly cursorLifetimeSeconds\?: number;/);
    expect(source).not.toMatch(/"page-number";[^}]*cursorParam/);
  });
});
