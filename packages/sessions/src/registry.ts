import { existsSync, readdirSync } from 'node:fs';
import type { ProviderAdapter } from './adapter.js';
import type { ProviderTraits } from './model.js';
import { closest } from './suggest.js';

/**
 * The providers' traits by id. Empty here: each adapter module adds its own entry
 * (`declare module '../../registry.js'`), so no file lists the providers and importing an
 * adapter's types (`@rtc-sessions/sessions/providers/<id>`) types the results for that id.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each adapter.
export interface ProviderRegistry {}

/** The traits of provider `P`, or the union-typed defaults for an id not (type-)registered. */
export type TraitsOf<P extends string> = P extends keyof ProviderRegistry
  ? ProviderRegistry[P] extends ProviderTraits
    ? ProviderRegistry[P]
    : ProviderTraits
  : ProviderTraits;

/** A provider id that is not one of the adapters under `providers/`. */
export class UnknownProviderError extends Error {
  override name = 'UnknownProviderError';
}

const PROVIDERS_DIR = new URL('./providers/', import.meta.url);
// Under a TypeScript runner (tests, the benchmark) the adapters are .ts files next to this one.
const EXTENSION = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
const ID = /^[a-z0-9][a-z0-9-]*$/;

function adapterUrl(id: string): URL {
  return new URL(`${id}/adapter.${EXTENSION}`, PROVIDERS_DIR);
}

/** The ids of the installed adapters: the folders under `providers/` that hold one. */
export function providerIds(): string[] {
  return readdirSync(PROVIDERS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(adapterUrl(entry.name)))
    .map((entry) => entry.name)
    .sort();
}

const loaded = new Map<string, Promise<ProviderAdapter>>();

/** Loads the adapter of provider `id` (`providers/<id>/adapter`); an unknown id throws {@link UnknownProviderError}. */
export async function loadAdapter<P extends string>(id: P): Promise<ProviderAdapter<TraitsOf<P>>> {
  if (!ID.test(id) || !existsSync(adapterUrl(id))) {
    const known = providerIds();
    const near = closest(id, known);
    throw new UnknownProviderError(
      `unknown provider "${id}"${near ? ` (did you mean "${near}"?)` : ''}; known providers: ${known.join(', ')}`,
    );
  }
  let adapter = loaded.get(id);
  if (!adapter) {
    adapter = import(adapterUrl(id).href).then((module: { adapter: ProviderAdapter }) => module.adapter);
    loaded.set(id, adapter);
  }
  return (await adapter) as unknown as ProviderAdapter<TraitsOf<P>>;
}
