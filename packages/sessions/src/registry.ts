/**
 * The providers this package has an adapter for: a static map of lazy imports, so that a bundler
 * sees every adapter, the compiler checks every id, and an adapter (with its client package, an
 * optional peer dependency) is loaded only when its provider is used.
 */
import type { ProviderAdapter } from './adapter.js';
import { MissingProviderPackageError, UnknownProviderError } from './errors.js';
import { provider as hms } from './providers/100ms/index.js';
import { provider as videosdk } from './providers/videosdk/index.js';
import { provider as zoom } from './providers/zoom-videosdk/index.js';
import { closest } from './suggest.js';
import type { WebhookMapper } from './webhook-events.js';

// Each provider's facts (client package, adapter, webhook mapping) live in `providers/<id>/index.ts`.
const providers = {
  videosdk,
  'zoom-videosdk': zoom,
  '100ms': hms,
} as const satisfies Record<
  string,
  { packageName: string; load: () => Promise<unknown>; webhooks: WebhookMapper }
>;

/** A provider id: one of the adapters of this package, so `connect('zooom-videosdk')` does not compile. */
export type ProviderId = keyof typeof providers;

/** The adapter of provider `P`, with its traits and client types. */
export type AdapterOf<P extends ProviderId> = Awaited<ReturnType<(typeof providers)[P]['load']>>['adapter'];

/** What provider `P`'s records carry (`Session.name`, `raw`, …): `Session<TraitsOf<'zoom-videosdk'>>`. */
export type TraitsOf<P extends ProviderId> =
  AdapterOf<P> extends ProviderAdapter<infer T, infer _C> ? T : never;

/** The client type provider `P`'s adapter works with (`createClient()` of its client package). */
export type ClientOf<P extends ProviderId> =
  AdapterOf<P> extends ProviderAdapter<infer _T, infer C> ? C : never;

/** The ids of the providers, sorted. */
export function providerIds(): ProviderId[] {
  return (Object.keys(providers) as ProviderId[]).sort();
}

/** Whether `id` is a provider id (narrows plain strings from a command line or a config file). */
export function isProviderId(id: string): id is ProviderId {
  return Object.hasOwn(providers, id);
}

/** The npm package of provider `id`'s client (a peer dependency to install). */
export function clientPackageOf(id: ProviderId): string {
  return providers[id].packageName;
}

/** Throws {@link UnknownProviderError}, naming the closest id, unless `id` is a provider id. */
export function checkProviderId(id: string): ProviderId {
  if (isProviderId(id)) return id;
  const known = providerIds();
  const near = closest(id, known);
  throw new UnknownProviderError(
    `unknown provider "${id}"${near ? ` (did you mean "${near}"?)` : ''}; known providers: ${known.join(', ')}`,
  );
}

/** Provider `id`'s mapping of verified webhook deliveries onto the model's events. */
export function webhookMapperOf(id: ProviderId): WebhookMapper {
  return providers[id].webhooks;
}

/** The module could not be loaded because `packageName` itself is missing (not one of its own imports). */
function isMissing(error: unknown, packageName: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    typeof message === 'string' &&
    (message.includes(`'${packageName}'`) || message.includes(`"${packageName}"`))
  );
}

const loaded = new Map<ProviderId, Promise<unknown>>();

/**
 * Loads provider `id`'s adapter. An unknown id throws {@link UnknownProviderError}; a client package
 * that is not installed, {@link MissingProviderPackageError} saying what to install.
 */
export async function loadAdapter<P extends ProviderId>(id: P): Promise<AdapterOf<P>> {
  const provider = providers[checkProviderId(id) as P];
  let adapter = loaded.get(id);
  if (!adapter) {
    adapter = provider.load().then(
      (module) => module.adapter,
      (error: unknown) => {
        loaded.delete(id);
        throw isMissing(error, provider.packageName)
          ? new MissingProviderPackageError(id, provider.packageName)
          : error;
      },
    );
    loaded.set(id, adapter);
  }
  return (await adapter) as AdapterOf<P>;
}

/** The credential options of provider `P`'s client: `{ token }`, or its key + secret. */
export type CredentialsOf<P extends ProviderId> =
  AdapterOf<P> extends ProviderAdapter<infer _T, infer _C, infer K> ? K : never;
