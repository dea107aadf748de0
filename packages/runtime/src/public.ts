// What every client package re-exports (`export * from '@rtc-sessions/runtime/public'`), so the
// errors a client throws and the option types it takes are importable from the client itself.
export {
  ApiError,
  ConfigurationError,
  ConnectionError,
  PageTokenExpiredError,
  TimeoutError,
} from './errors.js';
export type { PaginateOptions } from './pagination.js';
export type { RetryOptions } from './retry.js';
