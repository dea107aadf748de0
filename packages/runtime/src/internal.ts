// For client packages (`@rtc-sessions/<provider>`), not application code: the pieces a provider's
// `createClient` is built from. No promise of stability beyond the clients of the same release.
// The build bundles this module into one file (a client's import cost is mostly files loaded), and
// the main entry re-exports its public part from it.
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
export {
  ApiError,
  ConfigurationError,
  ConnectionError,
  callerAbortError,
  PageTokenExpiredError,
  RtcSessionsError,
  TimeoutError,
} from './errors.js';
export {
  type CallOptions,
  callOptionKeys,
  createFetch,
  DEFAULT_TIMEOUT_MS,
  type ErrorBodyPointers,
  type PipelineOptions,
  PlainRequest,
  type ProviderProfile,
  retryKeys,
} from './fetch.js';
export { nodeCrypto } from './node-crypto.js';
export { closestKey, editDistance, keysOf, rejectUnknownKeys, type ValidKeys, validKeys } from './options.js';
export {
  type ListOperation,
  type PaginateOptions,
  type Pagination,
  pageItems,
  readPointer,
  walkPages,
} from './pagination.js';
export {
  type CommonClientOptions,
  commonClientOptionKeys,
  createProviderClient,
  type ProviderClientSpec,
} from './provider.js';
export {
  backoffDelay,
  parseRetryAfter,
  type RetryOptions,
  retryableStatuses,
  retryDefaults,
} from './retry.js';
export { rsaPublicKey, rsaVerify } from './rsa-public-key.js';
export { isTransient, statusOf } from './transient.js';
export {
  bytesEqual,
  fromBase64,
  fromHex,
  fromUtf8,
  hmacSha256,
  secretsEqual,
  subtle,
  toBase64Url,
  toHex,
  utf8,
} from './web-crypto.js';
export {
  defineWebhookVerifier,
  defineWebhookVerifierSync,
  type SchemeResult,
  type VerifyWebhook,
  type VerifyWebhookSync,
  type WebhookScheme,
} from './webhook-verifier.js';
export * from './webhooks.js';
