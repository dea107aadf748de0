export {
  CASSETTE_FORMAT,
  type Cassette,
  type CassetteResult,
  readCassette,
  verifyCassette,
} from './cassette.js';
export {
  type CassetteSearch,
  collectCassetteFiles,
  type FileProblem,
  findCassettes,
  MAX_FILE_BYTES,
  parseShard,
  shardFiles,
} from './cassette-files.js';
export { main } from './cli.js';
export { credentialEnv, MissingCredentialsError } from './credentials.js';
export {
  ConfigurationError,
  ContractLookupError,
  IncompleteBuildError,
  InputError,
  RtcSessionsError,
  UsageError,
} from './errors.js';
export { EXIT } from './exit-codes.js';
export { formats, isDate, isDateTime, isUri } from './formats.js';
export type { Io } from './io.js';
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
  loadValidators,
  type OperationDescription,
  type RequestToValidate,
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
