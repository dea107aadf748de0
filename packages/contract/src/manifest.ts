import { readFileSync } from 'node:fs';
import { ContractLookupError, IncompleteBuildError, UsageError } from './errors.js';

/**
 * A provider id (`videosdk`…): the providers are the spec packages the contract package was built
 * from (its `@rtc-sessions/spec-*` devDependencies), listed in the manifest — no list in the code.
 */
export type Provider = string;

export interface ManifestHeader {
  name: string;
  required: boolean;
  schema: string;
  type?: string | string[];
  /** Export name in the provider's generated module. */
  validate: string;
}

/** The manifest written next to the compiled validators (dist/generated/manifest.json) by the build. */
export interface ManifestResponse {
  status: string;
  contentType: string | null;
  schema: string | null;
  /** Export names in the provider's generated module. */
  contract: string | null;
  strict: string | null;
  /**
   * The strict schema compiled to stop at its first error (references inlined, no error details):
   * it decides whether a body conforms; `strict` and `contract` only run to report a failure.
   */
  fast: string | null;
  /**
   * Whether the documented media type is JSON (openapi-model's `isJsonMediaType`, decided at
   * build): a body that is not JSON is then a violation, not text to validate.
   */
  json: boolean;
  headers: ManifestHeader[];
}

export interface ManifestParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Record<string, unknown>;
  example?: unknown;
  /** Export name of the schema's validator, for query and path parameters (`proxy` checks requests). */
  validate?: string;
}

/** A documented request body. */
export interface ManifestRequestBody {
  contentType: string;
  /** Pointer of the body schema in the spec. */
  schema: string;
  /** Export name of its validator. */
  contract: string;
  /** Whether the media type is JSON (openapi-model's `isJsonMediaType`). */
  json: boolean;
}

export interface ManifestOperation {
  operationId: string;
  method: string;
  path: string;
  /** Where the operation is in the spec (`#/paths/~1sessions/get`). */
  pointer: string;
  parameters: ManifestParameter[];
  requestBody: ManifestRequestBody[];
  /** The operation's `x-rtc-pagination`, when it is a list. */
  pagination?: Record<string, unknown>;
  responses: ManifestResponse[];
  /** The `links` of its success responses: which later operations its answers give ids to. */
  links?: ManifestLink[];
}

/**
 * One OpenAPI link of a success response: the operation it leads to and where each of that
 * operation's parameters comes from.
 */
export interface ManifestLink {
  operationId: string;
  /** Parameter name → a runtime expression (`$response.body#/users/0/id`, `$request.path.sessionId`). */
  parameters: Record<string, string>;
  /**
   * The link's `x-rtc-map-keys`: parameter name → a `$response.body#…` expression naming a map
   * (an object keyed by ids, as 100ms lists peers) whose keys are that parameter's values.
   */
  mapKeys: Record<string, string>;
}

/** Module specifiers in the provider's client package, checked to resolve when the manifest was built. */
export interface ManifestWebhooks {
  /** Exports `webhookAdapter` (secrets, verification, signing). */
  adapter: string;
  /** The bundled spec, whose `webhooks` examples `trigger` sends. */
  spec: string;
}

/** What the checker needs to know of a provider, from its spec's `info.x-rtc-provider`. */
export interface ManifestProvider {
  /** Short name for messages (`Zoom Video SDK`). */
  name: string;
  /** `info.title` and `info.version` of the spec. */
  title: string;
  version: string;
  /** `servers[0].url`. */
  server: string;
  /**
   * The client package `rtc-contract live` calls the provider through: the dependency of this
   * package built from the provider's spec package (found by the build, not from the id).
   */
  client: string;
  /** Where `listen` and `trigger` load the provider's webhooks from; null when its client has none. */
  webhooks: ManifestWebhooks | null;
  /** The environment variables the client reads credentials from. */
  credentials: { key: string; secret: string; token: string };
  operations: ManifestOperation[];
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  providers: Record<Provider, ManifestProvider>;
}

/** Bumped whenever the manifest's shape changes, so a stale build is named, not misread. */
export const MANIFEST_FORMAT = 'rtc-sessions/contract-manifest@3';

let cached: Manifest | undefined;

/** The build's manifest (read once). */
export function readManifest(): Manifest {
  if (cached) return cached;
  const url = new URL('./generated/manifest.json', import.meta.url);
  let text: string;
  try {
    text = readFileSync(url, 'utf8');
  } catch (error) {
    throw new IncompleteBuildError(
      `the compiled validators are missing (${url.pathname}): build @rtc-sessions/contract ` +
        '(pnpm turbo run build --filter=@rtc-sessions/contract)',
      { cause: error },
    );
  }
  const manifest = JSON.parse(text) as Manifest;
  if (manifest.format !== MANIFEST_FORMAT) {
    throw new IncompleteBuildError(
      `${url.pathname} is ${String(manifest.format)}, this code reads ${MANIFEST_FORMAT}: rebuild @rtc-sessions/contract`,
    );
  }
  cached = manifest;
  return cached;
}

/** The providers the checker was built for, in the order of its package.json. */
export function providerIds(): Provider[] {
  return Object.keys(readManifest().providers);
}

export function isProvider(value: string): boolean {
  return Object.hasOwn(readManifest().providers, value);
}

/**
 * The one provider check: one of the providers the checker was built for, else a
 * ContractLookupError naming the known ones. Every command's `--provider` and every lookup of the
 * library go through it.
 */
export function lookupProvider(value: string): ManifestProvider {
  const entry = isProvider(value) ? readManifest().providers[value] : undefined;
  if (!entry)
    throw new ContractLookupError(`unknown provider "${value}" (known: ${providerIds().join(', ')})`);
  return entry;
}

/** A command's `--provider`: required (UsageError naming the choices), then {@link lookupProvider}. */
export function requireProvider(value: string | undefined): Provider {
  if (value === undefined) throw new UsageError(`--provider is required (${providerIds().join(', ')})`);
  lookupProvider(value);
  return value;
}
