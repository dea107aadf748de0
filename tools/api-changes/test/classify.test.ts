import { describe, expect, it } from 'vitest';
import { type ChangeClass, classifyChanges } from '../src/classify.js';

// A small spec in the shape of ours: one operation with a query parameter, a request body and a
// response, and one webhook; each case edits a copy and checks the class a client user would give it.
const base = () => ({
  openapi: '3.1.0',
  info: { title: 'T', version: '1', 'x-rtc-provider': { id: 't' } },
  paths: {
    '/sessions': {
      post: {
        operationId: 'createSession',
        parameters: [{ name: 'type', in: 'query', schema: { type: 'string', enum: ['live', 'past'] } }],
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['id', 'status'],
                  properties: {
                    id: { type: 'string' },
                    status: { type: 'string', enum: ['ongoing', 'ended'] },
                    count: { type: 'integer' },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  webhooks: {
    'session.started': {
      post: {
        operationId: 'session.started',
        requestBody: {
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/Started' },
            },
          },
        },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
  components: {
    schemas: {
      Started: {
        type: 'object',
        required: ['event', 'session_key'],
        properties: { event: { const: 'session.started' }, session_key: { type: 'string' } },
      },
    },
  },
});

type Doc = ReturnType<typeof base>;
const setKey = (node: object, key: string, value: unknown) => {
  (node as Record<string, unknown>)[key] = value;
};
const removeKey = (node: object, key: string) => {
  delete (node as Record<string, unknown>)[key];
};
const setRequired = (schema: { required: string[] }, required: string[]) => {
  schema.required = required;
};
const request = (d: Doc) => op(d).requestBody.content['application/json'].schema;
const op = (d: Doc) => d.paths['/sessions'].post;
const response = (d: Doc) => op(d).responses['200'].content['application/json'].schema;

function classesOf(edit: (d: Doc) => void): ChangeClass[] {
  const after = base();
  edit(after);
  return [...new Set(classifyChanges(base(), after).map((c) => c.class))];
}

describe('classifyChanges, for a user of the generated client', () => {
  it('no change, no finding', () => {
    expect(classifyChanges(base(), base())).toEqual([]);
  });

  it.each<[string, (d: Doc) => void, ChangeClass]>([
    ['a response field no longer required', (d) => setRequired(response(d), ['id']), 'breaking'],
    ['a response field removed', (d) => removeKey(response(d).properties, 'count'), 'breaking'],
    [
      'a response field widened (integer → integer | string)',
      (d) => setKey(response(d).properties.count, 'type', ['integer', 'string']),
      'breaking',
    ],
    [
      'a response enum opened to a string',
      (d) => removeKey(response(d).properties.status, 'enum'),
      'breaking',
    ],
    ['a response enum gains a value', (d) => response(d).properties.status.enum.push('paused'), 'breaking'],
    [
      'a new optional response field',
      (d) => setKey(response(d).properties, 'region', { type: 'string' }),
      'non-breaking',
    ],
    ['a response field now required', (d) => response(d).required.push('count'), 'non-breaking'],
    [
      'a new required request field',
      (d) => {
        setKey(request(d).properties, 'room', { type: 'string' });
        request(d).required.push('room');
      },
      'breaking',
    ],
    [
      'a pattern added to a request field',
      (d) => setKey(request(d).properties.name, 'pattern', '^[a-z]+$'),
      'breaking',
    ],
    [
      'a request field widened (string → string | number)',
      (d) => setKey(request(d).properties.name, 'type', ['string', 'number']),
      'non-breaking',
    ],
    [
      'a pattern added to a response field',
      (d) => setKey(response(d).properties.id, 'pattern', '^[a-z]+$'),
      'non-breaking',
    ],
    ['a request field no longer required', (d) => setRequired(request(d), []), 'non-breaking'],
    ['a request enum narrowed', (d) => op(d).parameters[0]?.schema.enum.pop(), 'breaking'],
    ['a request enum widened', (d) => op(d).parameters[0]?.schema.enum.push('scheduled'), 'non-breaking'],
    [
      'a new required parameter',
      (d) =>
        (op(d).parameters as unknown[]).push({
          name: 'from',
          in: 'query',
          required: true,
          schema: { type: 'string' },
        }),
      'breaking',
    ],
    ['a removed operation', (d) => removeKey(d.paths, '/sessions'), 'breaking'],
    [
      'a webhook payload field no longer required',
      (d) => setRequired(d.components.schemas.Started, ['event']),
      'breaking',
    ],
    [
      'a new webhook event',
      (d) => setKey(d.webhooks, 'session.ended', d.webhooks['session.started']),
      'non-breaking',
    ],
    ['a removed webhook event', (d) => removeKey(d.webhooks, 'session.started'), 'breaking'],
    ['a description', (d) => setKey(response(d).properties.id, 'description', 'The id.'), 'docs'],
  ])('%s: %s', (_name, edit, expected) => {
    expect(classesOf(edit)).toEqual([expected]);
  });

  it('names where a client meets the change and what changed', () => {
    const after = base();
    after.components.schemas.Started.required = ['event'];
    response(after).required = ['id'];
    const changes = classifyChanges(base(), after).map(({ where, change }) => `${where}: ${change}`);
    expect(changes).toEqual([
      'POST /sessions (createSession) response 200: `status` is no longer required',
      'webhook session.started payload: `session_key` is no longer required',
    ]);
  });

  it('reports an opened enum once, not once per value', () => {
    const after = base();
    delete (response(after).properties.status as { enum?: unknown }).enum;
    const changes = classifyChanges(base(), after);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.change).toBe(
      '`status`: no longer a closed set of values (an open string; known values listed)',
    );
  });
});
