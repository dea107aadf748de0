// Prism, serving the bundled specs, validates requests as the specs say: limits, enums, required
// parameters and auth — all read from the specs here, not repeated.
import { type RunningMock, startMock } from '@rtc-sessions/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSpecValidators,
  deref,
  describeErrors,
  forProvider,
  type Json,
  operations,
  type Provider,
  providers,
} from './support/openapi-ajv.js';

const validators = createSpecValidators();
const mocks = {} as Record<Provider, RunningMock>;

beforeAll(async () => {
  const started = await Promise.all(providers.map((provider) => startMock({ provider })));
  for (const mock of started) mocks[mock.provider] = mock;
});
afterAll(async () => {
  await Promise.all(Object.values(mocks).map((m) => m.stop()));
});

const operation = (provider: Provider, operationId: string) => {
  const found = operations(provider, forProvider(validators, provider).doc).find(
    (o) => o.operationId === operationId,
  );
  if (!found) throw new Error(`${provider}: no operation ${operationId}`);
  return found;
};

/** The operation's parameters (path-level and operation-level), refs resolved. */
function parameters(provider: Provider, operationId: string): Json[] {
  const { doc } = forProvider(validators, provider);
  const { path, op } = operation(provider, operationId);
  return [...(doc.paths[path].parameters ?? []), ...(op.parameters ?? [])].map((p: Json) => deref(doc, p));
}

function parameter(provider: Provider, operationId: string, name: string): Json {
  const found = parameters(provider, operationId).find((p) => p.name === name);
  if (!found) throw new Error(`${provider} ${operationId}: no parameter ${name}`);
  return found;
}

/** A valid value for a parameter, from the spec: its example, else its schema's example, default or first enum. */
function sampleValue(param: Json): string {
  const schema = param.schema ?? {};
  const value = param.example ?? schema.example ?? schema.examples?.[0] ?? schema.default ?? schema.enum?.[0];
  if (value !== undefined) return String(value);
  if (schema.type === 'integer' || schema.type === 'number') return String(schema.minimum ?? 1);
  return 'abc123';
}

/** Headers that satisfy the operation's security scheme (Prism checks presence and shape, not the token). */
function authHeaders(provider: Provider): Record<string, string> {
  const { doc } = forProvider(validators, provider);
  const [requirement] = doc.security ?? [];
  const scheme = doc.components.securitySchemes[Object.keys(requirement ?? {})[0] ?? ''];
  if (scheme?.type === 'apiKey' && scheme.in === 'header')
    return { [scheme.name.toLowerCase()]: 'test-token' };
  if (scheme?.type === 'http' && scheme.scheme === 'bearer') return { authorization: 'Bearer test-token' };
  throw new Error(`${provider}: unsupported security scheme ${JSON.stringify(scheme)}`);
}

/** A request that satisfies the spec: required parameters from the spec, path ids filled in. */
function validRequest(provider: Provider, operationId: string) {
  const { path, method, op } = operation(provider, operationId);
  const query: Record<string, string> = {};
  let concretePath = path;
  for (const p of parameters(provider, operationId)) {
    if (p.in === 'path')
      concretePath = concretePath.replace(`{${p.name}}`, encodeURIComponent(sampleValue(p)));
    else if (p.in === 'query' && p.required) query[p.name] = sampleValue(p);
  }
  const media = op.requestBody
    ? deref(forProvider(validators, provider).doc, op.requestBody).content?.['application/json']
    : undefined;
  const firstExample = media?.examples ? Object.values<Json>(media.examples)[0] : undefined;
  const body = media
    ? (media.example ?? deref(forProvider(validators, provider).doc, firstExample)?.value)
    : undefined;
  return { method: method.toUpperCase(), path: concretePath, query, body };
}

async function send(
  provider: Provider,
  request: { method: string; path: string; query: Record<string, string>; body?: unknown },
  headers: Record<string, string> = authHeaders(provider),
) {
  const url = new URL(`${forProvider(mocks, provider).url}${request.path}`);
  for (const [k, v] of Object.entries(request.query)) url.searchParams.set(k, v);
  const response = await fetch(url, {
    method: request.method,
    headers: { ...headers, ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: request.body !== undefined ? JSON.stringify(request.body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/**
 * The status Prism answers an invalid request with: the operation's documented 422, else its
 * documented 400, else a 422 problem document of Prism's own.
 */
function invalidRequestStatus(provider: Provider, operationId: string): number {
  const { responses } = operation(provider, operationId).op;
  if (responses['422']) return 422;
  if (responses['400']) return 400;
  return 422;
}

/** Prism's findings: in its own 422 body (`validation`), or in the `sl-violations` header beside a documented response. */
function violations(
  answer: Awaited<ReturnType<typeof send>>,
): Array<{ location: string[]; code: string | number }> {
  if (answer.body?.validation) return answer.body.validation;
  const header = answer.headers.get('sl-violations');
  return header ? JSON.parse(header) : [];
}

/** The spec's example for a response: the named one, or the first. */
function responseExample(provider: Provider, operationId: string, status: string, name?: string): unknown {
  const { doc } = forProvider(validators, provider);
  const media = deref(doc, operation(provider, operationId).op.responses[status]).content['application/json'];
  if (media.example !== undefined) return media.example;
  const [key, example] = name
    ? [name, media.examples[name]]
    : (Object.entries<Json>(media.examples)[0] ?? []);
  if (!key) throw new Error(`${provider} ${operationId} ${status}: no example`);
  return deref(doc, example).value;
}

type BadCase = [
  string,
  {
    given: { provider: Provider; operationId: string; query?: Record<string, string>; drop?: string[] };
    want: { param: string; code: string };
  },
];

const limit = (p: Provider, op: string, name: string) => parameter(p, op, name).schema;
const badRequests: BadCase[] = [
  [
    '100ms limit below the minimum',
    {
      given: {
        provider: '100ms',
        operationId: 'listSessions',
        query: { limit: String(limit('100ms', 'listSessions', 'limit').minimum - 1) },
      },
      want: { param: 'limit', code: 'minimum' },
    },
  ],
  [
    '100ms limit above the maximum',
    {
      given: {
        provider: '100ms',
        operationId: 'listSessions',
        query: { limit: String(limit('100ms', 'listSessions', 'limit').maximum + 1) },
      },
      want: { param: 'limit', code: 'maximum' },
    },
  ],
  [
    '100ms active not a boolean',
    {
      given: { provider: '100ms', operationId: 'listSessions', query: { active: 'maybe' } },
      want: { param: 'active', code: 'type' },
    },
  ],
  [
    'Zoom page_size above the maximum',
    {
      given: {
        provider: 'zoom-videosdk',
        operationId: 'listSessions',
        query: { page_size: String(limit('zoom-videosdk', 'listSessions', 'page_size').maximum + 1) },
      },
      want: { param: 'page_size', code: 'maximum' },
    },
  ],
  [
    'Zoom list without from',
    {
      given: { provider: 'zoom-videosdk', operationId: 'listSessions', drop: ['from'] },
      want: { param: 'from', code: 'required' },
    },
  ],
  [
    'Zoom list without to',
    {
      given: { provider: 'zoom-videosdk', operationId: 'listSessions', drop: ['to'] },
      want: { param: 'to', code: 'required' },
    },
  ],
  [
    'Zoom type outside its enum',
    {
      given: { provider: 'zoom-videosdk', operationId: 'listSessions', query: { type: 'upcoming' } },
      want: { param: 'type', code: 'enum' },
    },
  ],
  [
    'Zoom users page_size above the maximum',
    {
      given: {
        provider: 'zoom-videosdk',
        operationId: 'listSessionUsers',
        query: { page_size: String(limit('zoom-videosdk', 'listSessionUsers', 'page_size').maximum + 1) },
      },
      want: { param: 'page_size', code: 'maximum' },
    },
  ],
  [
    'VideoSDK perPage below the minimum',
    {
      given: {
        provider: 'videosdk',
        operationId: 'listSessions',
        query: { perPage: String(limit('videosdk', 'listSessions', 'perPage').minimum - 1) },
      },
      want: { param: 'perPage', code: 'minimum' },
    },
  ],
  [
    'VideoSDK page not an integer',
    {
      given: { provider: 'videosdk', operationId: 'listSessionParticipants', query: { page: 'first' } },
      want: { param: 'page', code: 'type' },
    },
  ],
];

describe('Prism rejects requests the spec does not allow', () => {
  it.each(badRequests)('%s', async (_name, { given, want }) => {
    const request = validRequest(given.provider, given.operationId);
    for (const name of given.drop ?? []) {
      expect(request.query, `${name} is required by the spec`).toHaveProperty(name);
      delete request.query[name];
    }
    Object.assign(request.query, given.query);
    const answer = await send(given.provider, request);
    expect(answer.status).toBe(invalidRequestStatus(given.provider, given.operationId));
    const found = violations(answer);
    expect(
      found.some(
        (v) =>
          String(v.code) === want.code &&
          (want.code === 'required'
            ? JSON.stringify(v).includes(`'${want.param}'`)
            : v.location.at(-1)?.toLowerCase() === want.param.toLowerCase()),
      ),
      JSON.stringify(found),
    ).toBe(true);
    // A documented validation response still has the spec's shape.
    const schema = forProvider(validators, given.provider).responseSchema(given.operationId, answer.status);
    if (schema && !answer.body?.validation) {
      expect(forProvider(validators, given.provider).validate(schema, answer.body)).toEqual([]);
    }
  });

  it('the 100ms limit case really is the documented bound minus one', () => {
    const { schema } = parameter('100ms', 'listSessions', 'limit');
    expect(typeof schema.minimum).toBe('number');
    expect(typeof schema.maximum).toBe('number');
  });

  it.each(providers)('%s: a request without the Authorization header gets 401', async (provider) => {
    const [first] = operations(provider, forProvider(validators, provider).doc);
    if (!first) throw new Error('no operations');
    const answer = await send(provider, validRequest(provider, first.operationId), {});
    expect(answer.status).toBe(401);
  });
});

const allOperations = providers.flatMap((provider) =>
  operations(provider, forProvider(validators, provider).doc).map(
    (o) => [`${provider} ${o.operationId}`, provider, o.operationId] as const,
  ),
);

/** The operation's documented success: its first 2xx (Zoom creates answer 201, updates 204, events 202). */
function successStatus(provider: Provider, operationId: string): string {
  const status = Object.keys(operation(provider, operationId).op.responses).find((s) => s.startsWith('2'));
  if (!status) throw new Error(`${provider} ${operationId}: no 2xx response`);
  return status;
}

describe('Prism answers valid requests from the spec', () => {
  it.each(allOperations)('%s: its 2xx with the spec example', async (_name, provider, operationId) => {
    const status = successStatus(provider, operationId);
    const answer = await send(provider, validRequest(provider, operationId));
    expect(answer.status).toBe(Number(status));
    if (forProvider(validators, provider).responseSchema(operationId, status) === undefined) {
      expect(answer.body, 'a success documented without content has no body').toBeUndefined();
    } else {
      expect(answer.body).toEqual(responseExample(provider, operationId, status));
    }
  });

  it.each(allOperations)(
    '%s: Prefer dynamic=true yields a body that validates',
    async (_name, provider, operationId) => {
      const status = successStatus(provider, operationId);
      const schema = forProvider(validators, provider).responseSchema(operationId, status);
      for (let i = 0; i < 3; i++) {
        const answer = await send(provider, validRequest(provider, operationId), {
          ...authHeaders(provider),
          prefer: 'dynamic=true',
        });
        expect(answer.status).toBe(Number(status));
        if (schema === undefined) {
          expect(answer.body).toBeUndefined();
          continue;
        }
        const errors = forProvider(validators, provider).validate(schema, answer.body);
        expect(errors, describeErrors(errors)).toEqual([]);
      }
    },
  );

  const with404 = allOperations.filter(([, p, op]) => operation(p, op).op.responses['404']);
  it('some operations document a 404', () => expect(with404.length).toBeGreaterThan(0));
  it.each(with404)('%s: Prefer code=404 yields the documented 404', async (_name, provider, operationId) => {
    const answer = await send(provider, validRequest(provider, operationId), {
      ...authHeaders(provider),
      prefer: 'code=404',
    });
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(responseExample(provider, operationId, '404'));
    const errors = forProvider(validators, provider).validate(
      forProvider(validators, provider).responseSchema(operationId, 404),
      answer.body,
    );
    expect(errors, describeErrors(errors)).toEqual([]);
  });

  it('Prefer example=<key> picks a named example (100ms: no sessions)', async () => {
    const answer = await send('100ms', validRequest('100ms', 'listSessions'), {
      ...authHeaders('100ms'),
      prefer: 'example=empty',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(responseExample('100ms', 'listSessions', '200', 'empty'));
  });
});

describe('a mock started in dynamic mode', () => {
  it('generates list bodies that validate', async () => {
    const mock = await startMock({ provider: '100ms', dynamic: true });
    try {
      const request = validRequest('100ms', 'listSessions');
      const response = await fetch(`${mock.url}${request.path}`, { headers: authHeaders('100ms') });
      expect(response.status).toBe(200);
      const body = await response.json();
      const errors = forProvider(validators, '100ms').validate(
        forProvider(validators, '100ms').responseSchema('listSessions', 200),
        body,
      );
      expect(errors, describeErrors(errors)).toEqual([]);
    } finally {
      await mock.stop();
    }
  });
});
