/**
 * The errors `@rtc-sessions/sessions` and `rtc-sessions export` let reach a user. Every one extends
 * the runtime's `RtcSessionsError`, so one `instanceof` catches them and the clients' errors alike.
 */
import { ConfigurationError, RtcSessionsError } from '@rtc-sessions/runtime';

/**
 * A walk that would never end (a server handing back a cursor already followed): the runtime's own,
 * as `paginate` throws it, so one class means this wherever it comes from.
 */
export { PaginationError } from '@rtc-sessions/runtime';

/** A provider id that is not one of the adapters of this package. */
export class UnknownProviderError extends ConfigurationError {
  override name = 'UnknownProviderError';
}

/** The provider's client package (an optional peer dependency) is not installed. */
export class MissingProviderPackageError extends ConfigurationError {
  override name = 'MissingProviderPackageError';
  constructor(
    readonly provider: string,
    readonly packageName: string,
  ) {
    super(
      `provider "${provider}" needs its client package ${packageName}, which is not installed: run \`npm install ${packageName}\` (or pnpm add / yarn add)`,
    );
  }
}

/** A `to` before `from`, an instant that is not one (`2023-02-30`), or a bound that is not a count. */
export class InvalidQueryError extends ConfigurationError {
  override name = 'InvalidQueryError';
}

/**
 * A provider answered with a record the model cannot read (a missing or malformed field): a
 * contract break, named by field. Running again does not help.
 */
export class ProviderDataError extends RtcSessionsError {
  override name = 'ProviderDataError';
}

/** A checkpoint that cannot be resumed or written: unreadable, of another export, or its output changed. */
export class CheckpointError extends RtcSessionsError {
  override name = 'CheckpointError';
}

/** The output cannot be opened, is locked by another export, or holds a partial export. */
export class OutputError extends RtcSessionsError {
  override name = 'OutputError';
}

/** A command line the CLI cannot run: the message is printed as one line and the exit code is 2. */
export class UsageError extends ConfigurationError {
  override name = 'UsageError';
}

/** Neither credentials, a client nor the provider's environment variables were given. */
export class MissingCredentialsError extends ConfigurationError {
  override name = 'MissingCredentialsError';
}
