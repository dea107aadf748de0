// What users import — and what every client re-exports (`export * from '@rtc-sessions/runtime'`),
// so the errors a client throws and the option types it takes come from the client itself too.
// What client packages are built from is in `@rtc-sessions/runtime/internal`.
export {
  ApiError,
  ConfigurationError,
  ConnectionError,
  PageTokenExpiredError,
  RtcSessionsError,
  TimeoutError,
} from './errors.js';
export type { CallOptions } from './fetch.js';
export type { PaginateOptions } from './pagination.js';
export type { CommonClientOptions } from './provider.js';
export { type RetryOptions, retryDefaults } from './retry.js';
