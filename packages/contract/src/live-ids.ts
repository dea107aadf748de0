/**
 * Where `rtc-contract live` finds the path ids of operations no list gives directly: `--param`, the
 * spec's `links` (a response that says which operation its ids are for, and where they are), an
 * id used before, or the first field of the same name in any response so far.
 */
import { readPointer } from '@rtc-sessions/runtime/internal';
import { type Exchange, parseBody } from './exchange.js';
import { pathParams } from './live-query.js';
import type { ManifestLink } from './manifest.js';
import type { OperationDescription } from './validators.js';

/** What a link's runtime expressions are evaluated against: one answered request. */
export interface LinkSource {
  /** The path parameters the request was sent with. */
  path: Readonly<Record<string, string>>;
  /** The parsed response body. */
  body: unknown;
}

/** A runtime expression's value (`$request.path.x`, `$response.body#/ptr`; a constant as is); a string or undefined. */
export function evaluateExpression(expression: string, source: LinkSource): string | undefined {
  let value: unknown;
  if (expression.startsWith('$request.path.')) value = source.path[expression.slice('$request.path.'.length)];
  else if (expression.startsWith('$response.body#')) value = readPointer(source.body, expression.slice(15));
  else if (expression.startsWith('$')) return undefined;
  else value = expression;
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The first key of the map a `$response.body#…` expression names (`x-rtc-map-keys`). */
function firstKey(expression: string, source: LinkSource): string | undefined {
  if (!expression.startsWith('$response.body#')) return undefined;
  const map = readPointer(source.body, expression.slice(15));
  if (!map || typeof map !== 'object' || Array.isArray(map)) return undefined;
  return Object.keys(map).find((key) => key !== '');
}

/** Every parameter of `link` evaluated against `source`; undefined when one has no value. */
export function linkParameters(link: ManifestLink, source: LinkSource): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (const [name, expression] of Object.entries(link.parameters)) {
    const value = evaluateExpression(expression, source);
    if (value === undefined) return undefined;
    params[name] = value;
  }
  for (const [name, expression] of Object.entries(link.mapKeys)) {
    const value = firstKey(expression, source);
    if (value === undefined) return undefined;
    params[name] = value;
  }
  return params;
}

/** An operation's path parameters, resolved; or the first one that has no value yet. */
export type PathResolution = { ok: true; params: Record<string, string> } | { ok: false; missing: string };

/** The first non-empty string held by a field called `name` anywhere in `body` (depth first, bounded). */
export function findField(body: unknown, name: string, depth = 0): string | undefined {
  if (!body || typeof body !== 'object' || depth > 64) return undefined;
  const record = body as Record<string, unknown>;
  const own = Object.hasOwn(record, name) ? record[name] : undefined;
  if (typeof own === 'string' && own !== '') return own;
  for (const value of Object.values(record)) {
    const found = findField(value, name, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** An item's own id (`id`, or VideoSDK's `_id`), if it is a non-empty string. */
export function itemId(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const record = item as Record<string, unknown>;
  const id = record.id ?? record._id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** The path-id book of one run. */
export class PathIds {
  /** Path ids taken from a list's first item for its children (`sessionId`), reused by name. */
  private readonly seeded: Record<string, string> = {};
  /** Per operation, the path parameters a link gave it together (a peer with its own room). */
  private readonly linked = new Map<string, Record<string, string>>();

  constructor(
    private readonly given: Readonly<Record<string, string>>,
    private readonly exchanges: readonly Exchange[],
  ) {}

  /** Remembers a list item's id as the value of a child's path parameter (the first one wins). */
  seed(name: string, value: string): void {
    this.seeded[name] ??= value;
  }

  /**
   * Follows the links of `op`'s answer (`source`): each linked operation gets the parameters the
   * first answer that has them all gives, as one set.
   */
  learn(op: OperationDescription, source: LinkSource): void {
    for (const link of op.links ?? []) {
      if (this.linked.has(link.operationId)) continue;
      const params = linkParameters(link, source);
      if (params) this.linked.set(link.operationId, params);
    }
  }

  /** A path id: given by --param, else used before, else the first found in a response so far. */
  value(name: string): string | undefined {
    const known = this.given[name] ?? this.seeded[name];
    if (known !== undefined) return known;
    for (const exchange of this.exchanges) {
      const { body } = parseBody(exchange.text, exchange.responseHeaders['content-type']);
      const found = findField(body, name);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** `--param` first, then the operation's linked set, then {@link value}. */
  resolve(op: OperationDescription): PathResolution {
    const params: Record<string, string> = {};
    const linked = this.linked.get(op.operationId) ?? {};
    for (const name of pathParams(op)) {
      const value = this.given[name] ?? linked[name] ?? this.value(name);
      if (value === undefined) return { ok: false, missing: name };
      params[name] = value;
    }
    return { ok: true, params };
  }
}
