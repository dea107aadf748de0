// For client packages (`@rtc-sessions/<provider>`), not application code: the pieces a provider's
// `createClient` is built from. No promise of stability beyond the clients of the same release.
export { cachedSignedToken, signHs256, staticToken, type TokenSource } from './auth.js';
export {
  type ApiClient,
  type ApiClientConfig,
  type AtPointer,
  createApiClient,
  type GetInit,
  type ItemOf,
  type ListOperations,
  type ListPath,
  type OkMethod,
  type PageOf,
  type PaginateArgs,
  type Succeeded,
  type WithCallOptions,
} from './client.js';
export { type CredentialSpec, type ResolvedCredentials, resolveCredentials } from './credentials.js';
export { callerAbortError } from './errors.js';
export {
  callOptionKeys,
  createFetch,
  DEFAULT_TIMEOUT_MS,
  type ErrorBodyPointers,
  type PipelineOptions,
  PlainRequest,
  type ProviderProfile,
  retryKeys,
} from './fetch.js';
export { closestKey, keysOf, rejectUnknownKeys, type ValidKeys, validKeys } from './options.js';
export {
  type ListOperation,
  type Pagination,
  pageItems,
  readPointer,
  walkPages,
} from './pagination.js';
export { commonClientOptionKeys, createProviderClient, type ProviderClientSpec } from './provider.js';
export { parseRetryAfter } from './retry.js';
