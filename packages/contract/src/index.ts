export {
  CASSETTE_FORMAT,
  type Cassette,
  type CassetteResult,
  collectCassetteFiles,
  InputError,
  parseShard,
  readCassette,
  shardFiles,
  verifyCassette,
} from './cassette.js';
export { credentialEnv, MissingCredentialsError } from './credentials.js';
export { formats, isDate, isDateTime, isUri } from './formats.js';
export { isProvider, type Provider, providerIds } from './manifest.js';
export {
  createPseudonymizer,
  type Pseudonymizer,
  REDACTED,
  type RedactOptions,
  redactCassette,
  redactJson,
  redactText,
} from './redact.js';
export {
  type CheckKind,
  type CheckResult,
  countKinds,
  formatReport,
  type KindCounts,
  type ReportFormat,
  type Summary,
  summarizeResults,
  summaryLine,
} from './report.js';
export {
  ContractLookupError,
  loadValidators,
  type OperationDescription,
  type ResponseDescription,
  type ResponseToValidate,
  type ValidationResult,
  type Validators,
} from './validators.js';
export { MISSING, type Severity, type Violation } from './violations.js';
export {
  isWebhookCassette,
  redactWebhookCassette,
  verifyWebhookCassette,
  type WebhookCassette,
} from './webhook-cassette.js';
export {
  loadWebhookValidators,
  type WebhookManifestEvent,
  type WebhookToValidate,
  type WebhookValidators,
} from './webhook-validators.js';
