/**
 * The walk the docs build reads its operations and webhooks with (@rtc-sessions/openapi-model's
 * describeOperations), over a real bundled spec: what it says must be what the bundle holds.
 */
import { readFileSync } from 'node:fs';
import { describeOperations, describeWebhooks, resolvePointer } from '@rtc-sessions/openapi-model';
import { describe, expect, test } from 'vitest';
import { bundledSpecPath } from '../src/providers.js';

// biome-ignore lint/suspicious/noExplicitAny: raw JSON navigated by hand, to check the walk against it
type Raw = any;
const bundle: Raw = JSON.parse(readFileSync(bundledSpecPath('videosdk'), 'utf8'));
const walked = describeOperations(bundle, { webhooks: true });
const byId = (id: string) => {
  const found = walked.find((op) => op.operationId === id);
  if (!found) throw new Error(`${id} is not in the videosdk bundle`);
  return found;
};

describe('describeOperations over the videosdk bundle', () => {
  test('every operation of paths:, then every webhook, at pointers that resolve to them', () => {
    const count = (section: Record<string, Record<string, unknown>>) =>
      Object.values(section).flatMap((item) =>
        Object.keys(item).filter((key) => /^(get|post|put|delete|patch)$/.test(key)),
      ).length;
    const operations = walked.filter((op) => op.kind === 'operation');
    const webhooks = walked.filter((op) => op.kind === 'webhook');
    expect(operations.length).toBe(count(bundle.paths));
    expect(webhooks.length).toBe(count(bundle.webhooks));
    expect(walked.slice(0, operations.length).every((op) => op.kind === 'operation')).toBe(true);
    expect(webhooks.map((op) => op.path)).toEqual(Object.keys(bundle.webhooks));
    expect(resolvePointer(bundle, byId('session-ended').pointer)).toBe(bundle.webhooks['session-ended'].post);
    expect(resolvePointer(bundle, byId('endSession').pointer)).toBe(bundle.paths['/sessions/end'].post);
  });

  test("security: the root's VideoSdkToken, except where an operation or webhook says `security: []`", () => {
    expect(bundle.security).toEqual([{ VideoSdkToken: [] }]);
    expect(byId('listSessions').security).toEqual([{ VideoSdkToken: [] }]);
    expect(bundle.paths['/public/rsa-public-key'].get.security).toEqual([]);
    expect(byId('getWebhookPublicKey').security).toEqual([]);
    expect(byId('session-ended').security).toEqual([]);
  });

  test('request body examples, in the order of the spec, with their values', () => {
    const [body] = byId('endSession').requestBody;
    expect(body?.contentType).toBe('application/json');
    const raw = bundle.paths['/sessions/end'].post.requestBody;
    const media = (raw.$ref ? resolvePointer(bundle, raw.$ref) : raw) as Raw;
    const rawExamples = media.content['application/json'].examples;
    expect(body?.examples.map((example) => example.name)).toEqual(Object.keys(rawExamples));
    for (const example of body?.examples ?? []) {
      const entry = rawExamples[example.name ?? ''];
      const value = (entry.$ref ? (resolvePointer(bundle, entry.$ref) as Raw) : entry).value;
      expect(example.value).toEqual(value);
      expect((resolvePointer(bundle, example.pointer) as Raw).value).toEqual(value);
    }
  });

  test('a webhook: its signature header and the payload describeWebhooks validates', () => {
    const hook = byId('session-ended');
    expect(hook.parameters.map((p) => [p.in, p.name])).toEqual([['header', 'videosdk-signature']]);
    const delivery = describeWebhooks(bundle).find((event) => event.event === 'session-ended');
    expect(delivery?.schema).toBe(hook.requestBody[0]?.schema);
    expect(delivery?.headers.map((header) => header.schema)).toEqual([
      `${hook.parameters[0]?.pointer}/schema`,
    ]);
    expect(hook.requestBody[0]?.examples[0]?.value).toMatchObject({ webhookType: 'session-ended' });
  });

  test('list operations carry their checked x-rtc-pagination', () => {
    expect(byId('listSessions').pagination).toEqual(bundle.paths['/sessions/'].get['x-rtc-pagination']);
    expect(byId('getSession').pagination).toBeUndefined();
  });
});
