export {
  describeProblems,
  type ExtensionName,
  extensionProblems,
  extensionSchema,
  type ProviderFacts,
  providerFacts,
  validatePagination,
  type WebhookRetries,
} from './extensions.js';
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
  type Pagination,
  type ParameterInfo,
  parameterExample,
  type ResponseInfo,
  type SecurityRequirement,
} from './operations.js';
export {
  childPointer,
  deref,
  escapePointerToken,
  type Json,
  type JsonObject,
  resolvePointer,
  unescapePointerToken,
} from './pointer.js';
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
