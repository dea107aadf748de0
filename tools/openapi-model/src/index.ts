export { type Pagination, validatePagination } from './extensions/pagination.js';
export { type ExtensionName, extensionProblems, extensionSchema } from './extensions/schema.js';
export {
  annotationKeywords,
  extensionKeywords,
  inlineReferences,
  type JsonSchemaDocumentOptions,
  OPENAPI_ANNOTATIONS,
  toJsonSchemaDocument,
} from './json-schema.js';
export {
  describeOperations,
  type ExampleInfo,
  type HeaderInfo,
  HTTP_METHODS,
  isJsonMediaType,
  type MediaInfo,
  type OperationInfo,
  type OperationKind,
  type ParameterInfo,
  parameterExample,
  type ResponseInfo,
  type SecurityRequirement,
} from './operations.js';
export { paginationTypeTargets } from './pagination-targets.js';
export { paginationTypeSource } from './pagination-type.js';
export {
  childPointer,
  deref,
  escapePointerToken,
  type Json,
  type JsonObject,
  resolvePointer,
  unescapePointerToken,
} from './pointer.js';
export { type ProviderFacts, providerFacts, type WebhookRetries } from './provider.js';
export {
  RATE_LIMIT_WINDOW_SECONDS,
  type RateLimitLabel,
  type RateLimits,
  type RateLimitWindow,
  rateLimits,
} from './rate-limits.js';
export { type SecurityScheme, securityScheme } from './security.js';
export {
  describeWebhooks,
  toWebhookJsonSchemaDocument,
  WEBHOOKS_KEYWORD,
  type WebhookInfo,
} from './webhooks.js';
export {
  type BundledSpec,
  bundledSpecPath,
  loadBundledSpec,
  loadBundledSpecs,
  SPEC_PACKAGE_PREFIX,
  specDependencies,
  specPackageName,
} from './workspace.js';
