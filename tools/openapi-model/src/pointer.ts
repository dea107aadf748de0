/** JSON pointers (RFC 6901) into a bundled spec, whose `$ref`s are all local (`#/components/…`). */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The pointer of `tokens` below `base` (`#/paths` + `/sessions/` → `#/paths/~1sessions~1`). */
export function childPointer(base: string, ...tokens: Array<string | number>): string {
  return tokens.reduce<string>((at, token) => `${at}/${escapePointerToken(String(token))}`, base);
}

/** The value at a local reference (`#/components/schemas/Session`), or undefined when there is none. */
export function resolvePointer(doc: unknown, pointer: string): Json | undefined {
  if (!pointer.startsWith('#')) throw new Error(`only local references are supported, got ${pointer}`);
  let node = doc as Json | undefined;
  if (pointer === '#' || pointer === '#/') return node;
  for (const raw of pointer.slice(1).split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    const key = unescapePointerToken(raw);
    if (!Object.hasOwn(node, key)) return undefined;
    node = (node as JsonObject)[key];
  }
  return node;
}

/**
 * Follows `$ref`s from `node` (found at `pointer`) to an object that is not a reference; returns it
 * with its own pointer. Throws on a dangling reference or a cycle.
 */
export function deref(doc: unknown, node: unknown, pointer: string): { node: JsonObject; pointer: string } {
  let current = node as JsonObject;
  let at = pointer;
  for (let hops = 0; current && typeof current === 'object' && typeof current.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`reference cycle at ${pointer}`);
    at = current.$ref;
    const next = resolvePointer(doc, at);
    if (next === undefined || next === null || typeof next !== 'object')
      throw new Error(`unresolvable $ref ${at} (from ${pointer})`);
    current = next as JsonObject;
  }
  return { node: current, pointer: at };
}
