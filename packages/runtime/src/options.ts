import { ConfigurationError } from './errors.js';

/**
 * The keys of an options interface as a runtime list, written once: the object must name every key
 * of `T` and no other (the compiler checks both), so the list cannot drift from the interface.
 */
export function keysOf<T>(keys: { readonly [K in keyof Required<T>]: true }): readonly (keyof T & string)[] {
  return Object.keys(keys) as (keyof T & string)[];
}

/** Edit distance (insertions, deletions, substitutions), ignoring case: `baseURL` is 0 from `baseUrl`. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = [...Array(y.length + 1).keys()];
  for (let i = 0; i < x.length; i++) {
    const row = [i + 1];
    for (let j = 0; j < y.length; j++) {
      row.push(
        Math.min((previous[j + 1] ?? 0) + 1, (row[j] ?? 0) + 1, (previous[j] ?? 0) + (x[i] === y[j] ? 0 : 1)),
      );
    }
    previous = row;
  }
  return previous[y.length] ?? 0;
}

/** The valid key closest to `key` (the first of equally close ones). */
export function closestKey(key: string, valid: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of valid) {
    const d = editDistance(key, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * The keys an options object may hold; a key mapped to a set is itself an options object whose
 * keys are checked too (`retry`).
 */
export type ValidKeys = ReadonlyMap<string, ValidKeys | undefined>;

/** {@link ValidKeys} of a flat list of keys, with the nested ones given. */
export const validKeys = (keys: Iterable<string>, nested: Record<string, ValidKeys> = {}): ValidKeys =>
  new Map([...keys].map((key) => [key, nested[key]]));

/**
 * Throws a `ConfigurationError` for the first key of `given` (or of a nested options object) that
 * `valid` does not hold, naming it and the closest valid key, so that a misspelt option (`baseURL`)
 * fails loudly instead of being ignored (and a token sent to the default host). `where` starts the
 * message (a function: worked out only when there is an error, as this runs on every call).
 */
export function rejectUnknownKeys(given: object, valid: ValidKeys, where: () => string): void {
  for (const key in given) {
    // (an inherited key is not the caller's option)
    if (!valid.has(key) && Object.hasOwn(given, key)) {
      throw new ConfigurationError(
        `${where()}: unknown option \`${key}\` — did you mean \`${closestKey(key, valid.keys())}\`?`,
      );
    }
    const nested = valid.get(key);
    const value = (given as Record<string, unknown>)[key];
    if (nested && value && typeof value === 'object')
      rejectUnknownKeys(value, nested, () => `${where()} \`${key}\``);
  }
}
