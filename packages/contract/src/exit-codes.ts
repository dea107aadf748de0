/** The exit codes of every `rtc-contract` command, documented in --help and the README. */
import { ConfigurationError } from '@rtc-sessions/runtime';
import { MissingCredentialsError } from './credentials.js';

export const EXIT = {
  /** Every response and delivery matches its contract (warnings allowed). */
  ok: 0,
  /** Contract violations found (or, for `trigger`, the endpoint did not answer 2xx). */
  violations: 1,
  /** A usage or configuration error, or a cassette that could not be checked. */
  usage: 2,
  /** Credentials or webhook secrets missing: the message names the variables to set. */
  credentials: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Whether the error is one the user caused and can fix (its message is the whole story). */
export function isUserError(error: unknown): boolean {
  // UsageError and MissingCredentialsError are ConfigurationErrors too
  return error instanceof ConfigurationError || exitCodeOf(error) === EXIT.credentials;
}

/** The exit code an error that ended a command maps to. */
export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof MissingCredentialsError) return EXIT.credentials;
  // by name, not class: the clients and this package may resolve different copies of the runtime
  const { name, reason } = error as { name?: unknown; reason?: unknown };
  if (name === 'WebhookVerificationError' && reason === 'missing_secret') return EXIT.credentials;
  return EXIT.usage;
}
