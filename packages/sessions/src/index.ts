export {
  type Batch,
  type ClientSetup,
  type CredentialsFrom,
  PageBudget,
  type Position,
  type ProviderAdapter,
  pageNumberWalk,
  START,
  type WalkContext,
  windowedWalk,
} from './adapter.js';
export {
  AttendanceTracker,
  attendanceOf,
  type TrackedParticipant,
  type TrackedSession,
  toSessionEvents,
} from './attendance.js';
export {
  CheckpointError,
  InvalidQueryError,
  MissingCredentialsError,
  MissingProviderPackageError,
  OutputError,
  PaginationError,
  ProviderDataError,
  UnknownProviderError,
  UsageError,
} from './errors.js';
export { exactSessions, matches } from './exact.js';
export {
  type LimiterOptions,
  type LimiterStats,
  MAX_CONCURRENCY,
  RequestLimiter,
  type RetryInfo,
  type RunOptions,
} from './limiter.js';
export type {
  EpochMs,
  Interval,
  Participant,
  ProviderTraits,
  ResolvedQuery,
  Session,
  SessionQuery,
} from './model.js';
export { type PublishedRateLimits, publishedRateLimits, rateLimitsOf } from './rate-limits.js';
export {
  type AdapterOf,
  type ClientOf,
  type CredentialsOf,
  checkProviderId,
  clientPackageOf,
  isProviderId,
  loadAdapter,
  type ProviderId,
  providerIds,
  type TraitsOf,
} from './registry.js';
export {
  type ConnectOptions,
  connect,
  getSession,
  listParticipants,
  listSessions,
  resolveQuery,
  SessionsClient,
  type SessionsOptions,
} from './sessions.js';
export type {
  ParticipantEvent,
  SessionEndedEvent,
  SessionEvent,
  SessionStartedEvent,
  VerifiedDelivery,
  WebhookEventOptions,
} from './webhook-events.js';
