/**
 * Where `rtc-contract live` finds the path ids of operations no list gives directly: `--param`, an
 * id used before, or the first field of the same name in any response so far.
 */
import { type Exchange, parseBody } from './exchange.js';
import { pathParams } from './live-query.js';
import type { OperationDescription } from './validators.js';

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

  constructor(
    private readonly given: Readonly<Record<string, string>>,
    private readonly exchanges: readonly Exchange[],
  ) {}

  /** Remembers a list item's id as the value of a child's path parameter (the first one wins). */
  seed(name: string, value: string): void {
    this.seeded[name] ??= value;
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

  resolve(op: OperationDescription): PathResolution {
    const params: Record<string, string> = {};
    for (const name of pathParams(op)) {
      const value = this.value(name);
      if (value === undefined) return { ok: false, missing: name };
      params[name] = value;
    }
    return { ok: true, params };
  }
}
