// For client packages (`@rtc-sessions/<provider>`), not application code: the pieces a provider's
// `createClient` is built from. No promise of stability beyond the clients of the same release.
// The build bundles this module into one file (a client's import cost is mostly files loaded), and
// the main entry re-exports its public part from it.

export { attempt, type Outcome } from './attempt.js';
export { cachedSignedToken, signHs256, staticToken, type TokenSource } from './auth.js';
export { BodyTooLarge, readBody } from './body.js';
export {
  type ApiClient,
  type ApiClientConfig,
  type AtPointer,
  callOptionKeys,
  createApiClient,
  type GetInit,
  type ItemOf,
  type ListOperations,
  type ListPath,
  type OkMethod,
  type PageOf,
  type PaginateArgs,
  retryKeys,
  type Succeeded,
  type WithCallOptions,
} from './client.js';
export { checkNumber, clientDefaults, type NumberRule } from './config.js';
export { type CredentialSpec, type ResolvedCredentials, resolveCredentials } from './credentials.js';
export {
  ApiError,
  ConfigurationError,
  ConnectionError,
  callerAbortError,
  ERROR_BODY_KEEP_CHARS,
  PageTokenExpiredError,
  PaginationError,
  type PaginationFailure,
  ResponseTooLargeError,
  RtcSessionsError,
  TimeoutError,
} from './errors.js';
export {
  abortableSleep,
  type CallOptions,
  createFetch,
  type ErrorBodyPointers,
  type Pipeline,
  type PipelineOptions,
  type ProviderProfile,
  type RequestTokenSource,
} from './fetch.js';
export { type Logger, type RequestLogEntry, stderrLogger } from './log.js';
export { nodeCrypto } from './node-crypto.js';
export { closestKey, editDistance, keysOf, rejectUnknownKeys, type ValidKeys, validKeys } from './options.js';
export {
  cursorGuard,
  type ListOperation,
  type PaginateOptions,
  type Pagination,
  pageItems,
  walkBounds,
  walkPages,
} from './pagination.js';
export { PlainRequest, type RequestLike } from './plain-request.js';
export { readPointer } from './pointer.js';
export {
  type CommonClientOptions,
  commonClientOptionKeys,
  createProviderClient,
  type ProviderClientSpec,
} from './provider.js';
export { type RateLimit, type RateLimitHeaders, rateLimitOf, readRateLimit } from './rate-limit.js';
export {
  type AttemptSummary,
  backoffDelay,
  type Decision,
  decide,
  parseRetryAfter,
  type RetryContext,
  type RetryOptions,
  retryableStatuses,
  retryDefaults,
} from './retry.js';
export { rsaPublicKey, rsaVerify } from './rsa-public-key.js';
export { isTransient, statusOf } from './transient.js';
export {
  bytesEqual,
  fromBase64,
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
