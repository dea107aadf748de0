import { ApiError, ConnectionError } from './errors.js';
import { retryableStatuses } from './retry.js';

/** A client error's HTTP status, if it is an `ApiError` (or carries a numeric `status`). */
export function statusOf(error: unknown): number | undefined {
  if (error instanceof ApiError) return error.status;
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * The one classification of "worth another try", shared by the clients' retries and the sessions
 * limiter: no answer came (`ConnectionError`, which `TimeoutError` extends), or the answer was a
 * status in `retryableStatuses` (429 and the gateway errors).
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof ConnectionError) return true;
  const status = statusOf(error);
  return status !== undefined && retryableStatuses.has(status);
}
