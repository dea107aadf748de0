// What users import — and what every client re-exports (`export * from '@rtc-sessions/runtime'`),
// so the errors a client throws and the option types it takes come from the client itself too.
// What client packages are built from is in `@rtc-sessions/runtime/internal`. Everything comes
// through that one bundled module (see `build`), so each class exists once, whichever entry is used.
export {
  ApiError,
  type CallOptions,
  type CommonClientOptions,
  ConfigurationError,
  ConnectionError,
  type KnownWebhookEvent,
  PageTokenExpiredError,
  type PaginateOptions,
  type RawBody,
  type RetryOptions,
  RtcSessionsError,
  retryDefaults,
  TimeoutError,
  type UnknownWebhookEvent,
  type WebhookEventOf,
  type WebhookFailureReason,
  type WebhookHeaders,
  WebhookVerificationError,
} from './internal.js';
