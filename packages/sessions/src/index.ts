export {
  type Batch,
  type ClientSetup,
  type Position,
  type ProviderAdapter,
  pageNumberWalk,
  START,
  type WalkContext,
  windowedWalk,
} from './adapter.js';
export { type LimiterOptions, RequestLimiter, type RetryInfo } from './limiter.js';
export type {
  EpochMs,
  Interval,
  Participant,
  ProviderTraits,
  ResolvedQuery,
  Session,
  SessionQuery,
} from './model.js';
export {
  loadAdapter,
  type ProviderRegistry,
  providerIds,
  type TraitsOf,
  UnknownProviderError,
} from './registry.js';
export {
  connect,
  getSession,
  InvalidQueryError,
  listParticipants,
  listSessions,
  resolveQuery,
  SessionsClient,
  type SessionsOptions,
} from './sessions.js';
