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
} from './client.js';
export { type CredentialSpec, type ResolvedCredentials, resolveCredentials } from './credentials.js';
export {
  ApiError,
  ConfigurationError,
  ConnectionError,
  PageTokenExpiredError,
  type Provider,
  TimeoutError,
} from './errors.js';
export { createFetch, DEFAULT_TIMEOUT_MS, type PipelineOptions, type ProviderProfile } from './fetch.js';
export {
  type ListOperation,
  type PaginateOptions,
  type Pagination,
  pageItems,
  readPointer,
  walkPages,
} from './pagination.js';
export { type CommonClientOptions, createProviderClient, type ProviderClientSpec } from './provider.js';
export { parseRetryAfter, type RetryOptions, retryDefaults } from './retry.js';
export * from './webhooks.js';
