// The README's operation table is read by people choosing calls: it must list every operation the
// spec has, with the spec's method and path, and mark exactly the operations that page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type Operation = { operationId: string; 'x-rtc-pagination'?: unknown };
const spec = require('@rtc-sessions/spec-zoom-videosdk/openapi.json') as {
  paths: Record<string, Record<string, Operation>>;
};
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

const methods = ['get', 'put', 'post', 'delete', 'patch'];
const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => methods.includes(method))
    .map(([method, op]) => ({
      id: op.operationId,
      method: method.toUpperCase(),
      path,
      paged: !!op['x-rtc-pagination'],
    })),
);
/** `| \`id\` | \`METHOD /path\` | what it is for |` rows of the table, by operation id. */
const rows = new Map(
  [...readme.matchAll(/^\| `(\w+)` \| `([A-Z]+) ([^`]+)` \| (.+) \|$/gm)].map((m) => [
    m[1],
    { method: m[2], path: m[3], purpose: m[4] ?? '' },
  ]),
);

describe('README: every operation', () => {
  it('has one row per spec operation and none more', () => {
    expect([...rows.keys()].sort()).toEqual(operations.map((o) => o.id).sort());
    expect(operations.length).toBe(20);
  });

  it.each(operations)('$id: the spec’s method and path, *paged* exactly when it pages', (op) => {
    const row = rows.get(op.id);
    expect(row).toMatchObject({ method: op.method, path: op.path });
    expect(row?.purpose.includes('*paged*'), `${op.id} paged`).toBe(op.paged);
  });
});
