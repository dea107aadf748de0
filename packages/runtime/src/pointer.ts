/**
 * Reads a JSON pointer (RFC 6901, `/data/participants`) from a parsed body; `undefined` when
 * absent. Only a body's own members count: `/constructor` or `/__proto__` finds nothing.
 */
export function readPointer(body: unknown, pointer: string): unknown {
  if (pointer === '') return body;
  let current = body;
  for (const raw of pointer.slice(1).split('/')) {
    if (current === null || typeof current !== 'object') return undefined;
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
