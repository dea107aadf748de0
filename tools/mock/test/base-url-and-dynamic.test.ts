/**
 * One base-URL rule: a URL copied from the docs works against the stand-in (mock or simulator)
 * with only its origin changed. And `--dynamic` invents no keys the schema does not declare.
 */
import { readFileSync } from 'node:fs';
import { describeOperations, type JsonObject, resolvePointer } from '@rtc-sessions/openapi-model';
import { afterAll, describe, expect, it } from 'vitest';
import { providers, type RunningMock, specPathFor, startMock, startSimulator } from '../src/index.js';
import { AUTH } from './helpers.js';

const stops: Array<() => Promise<void>> = [];
afterAll(() => Promise.all(stops.map((stop) => stop())));

/** The docs' URL of the provider's first list operation without path parameters. */
function docsUrl(provider: string): URL {
  const doc = JSON.parse(readFileSync(specPathFor(provider), 'utf8'));
  const path = Object.keys(doc.paths).find((p) => !p.includes('{') && doc.paths[p].get) as string;
  const query = provider === 'zoom-videosdk' ? '?from=2026-11-01&to=2026-11-30' : '';
  return new URL(`${doc.servers[0].url}${path}${query}`);
}

describe('a URL from the docs works with only the origin changed', () => {
  it.each(providers)('%s: mock and simulator', async (provider) => {
    const url = docsUrl(provider);
    const mock = await startMock({ provider });
    stops.push(mock.stop);
    const sim = await startSimulator({ providers: [provider] });
    stops.push(sim.stop);
    for (const origin of [mock.origin, new URL(sim.baseUrl(provider)).origin]) {
      const local = new URL(`${url.pathname}${url.search}`, origin);
      const response = await fetch(local, { headers: AUTH });
      expect(response.status, `${local}`).toBe(200);
      await response.arrayBuffer();
    }
  });
});

/** Keys of `value` that its schema does not declare (following $ref, properties, items, maps). */
function undeclared(doc: JsonObject, schema: JsonObject | undefined, value: unknown, at = ''): string[] {
  if (!schema || value === null || typeof value !== 'object') return [];
  if (typeof schema.$ref === 'string')
    return undeclared(doc, resolvePointer(doc, schema.$ref) as JsonObject, value, at);
  const parts = [
    ...((schema.allOf ?? []) as JsonObject[]),
    ...((schema.anyOf ?? []) as JsonObject[]),
    ...((schema.oneOf ?? []) as JsonObject[]),
  ];
  if (Array.isArray(value))
    return value.flatMap((v, i) => undeclared(doc, schema.items as JsonObject, v, `${at}/${i}`));
  const props = { ...((schema.properties ?? {}) as Record<string, JsonObject>) };
  for (const part of parts)
    Object.assign(
      props,
      ((part.$ref ? resolvePointer(doc, part.$ref as string) : part) as JsonObject).properties ?? {},
    );
  const extra = schema.additionalProperties as JsonObject | boolean | undefined;
  return Object.entries(value).flatMap(([key, v]) => {
    if (props[key]) return undeclared(doc, props[key], v, `${at}/${key}`);
    if (extra && typeof extra === 'object') return undeclared(doc, extra, v, `${at}/${key}`);
    return Object.keys(props).length > 0 && extra !== true ? [`${at}/${key}`] : [];
  });
}

describe('--dynamic', () => {
  let mock: RunningMock;
  it('generates bodies with only the declared properties', async () => {
    mock = await startMock({ provider: '100ms', dynamic: true });
    stops.push(mock.stop);
    const doc = JSON.parse(readFileSync(specPathFor('100ms'), 'utf8')) as JsonObject;
    const ops = describeOperations(doc).filter((op) => op.method === 'GET');
    let checked = 0;
    for (const op of ops) {
      const path = op.path.replace(/\{[^}]+\}/g, 'x1');
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${mock.url}${path}`, { headers: AUTH });
        const body = await response.json();
        const success = op.responses.find((r) => r.status === String(response.status));
        const schema = success?.schema ? (resolvePointer(doc, success.schema) as JsonObject) : undefined;
        expect(undeclared(doc, schema, body), `${op.operationId}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBe(ops.length * 3);
  });
});

describe("the specs' servers", () => {
  it.each(providers)(
    '%s lists the local stand-in after production, on its mockPort, with the same path',
    (provider) => {
      const doc = JSON.parse(readFileSync(specPathFor(provider), 'utf8'));
      const [production, local] = doc.servers.map((s: { url: string }) => new URL(s.url));
      expect(production.hostname).not.toBe('127.0.0.1');
      expect(local.origin).toBe(`http://127.0.0.1:${doc.info['x-rtc-provider'].mockPort}`);
      expect(local.pathname).toBe(production.pathname);
    },
  );
});
