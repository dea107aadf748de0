export {
  type ExtensionName,
  extensionProblems,
  extensionSchema,
  type ProviderFacts,
  providerFacts,
  validatePagination,
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
  type HeaderInfo,
  HTTP_METHODS,
  type MediaInfo,
  type OperationInfo,
  type Pagination,
  type ParameterInfo,
  type ResponseInfo,
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
