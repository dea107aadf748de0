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
  clientDefaults,
  type Logger,
  PageTokenExpiredError,
  type PaginateOptions,
  PaginationError,
  type PaginationFailure,
  type RateLimit,
  type RequestLogEntry,
  ResponseTooLargeError,
  type RetryOptions,
  RtcSessionsError,
  rateLimitOf,
  retryDefaults,
  stderrLogger,
  TimeoutError,
} from './internal.js';
// Webhook verification (WebhookVerificationError, the event types) is exported by each client's
// `./webhooks` subpath, so a client that never verifies a delivery does not carry it.
