/**
 * The errors `@rtc-sessions/contract` lets reach a user. All of them are `RtcSessionsError`s (the
 * runtime's family), so one `instanceof` catches whatever the checker, or a client it calls, throws.
 * Each maps to one exit code of the CLI (exit-codes.ts `exitCodeOf`).
 */
import { ConfigurationError, RtcSessionsError } from '@rtc-sessions/runtime';

export { ConfigurationError, RtcSessionsError } from '@rtc-sessions/runtime';

/**
 * A bad command line: an unknown flag or command, a missing or malformed value. Exit 2. A
 * `ConfigurationError`, as the sessions CLI's `UsageError` is: set up wrongly, fixed by the user.
 */
export class UsageError extends ConfigurationError {
  override name = 'UsageError';
}

/** A file that cannot be checked: missing, not a regular file, not JSON, or not a cassette. Exit 2. */
export class InputError extends UsageError {
  override name = 'InputError';
}

/** An unknown provider, operation, status or event: a usage mistake, not a contract violation. Exit 2. */
export class ContractLookupError extends UsageError {
  override name = 'ContractLookupError';
}

/**
 * The package's build output (the compiled validators and their manifests) is missing or does not
 * match this code: rebuild `@rtc-sessions/contract`. Exit 2, reported as an internal error.
 */
export class IncompleteBuildError extends RtcSessionsError {
  override name = 'IncompleteBuildError';
}
