import type { Pagination } from '../generated/pagination.js';
import { describeProblems, extensionProblems } from './schema.js';

export type { Pagination } from '../generated/pagination.js';

/**
 * An operation's `x-rtc-pagination`, checked against its schema and against the operation: only a
 * GET pages, and every parameter it names is one of the operation's query parameters.
 * `where` names the operation in errors (`GET /sessions (listSessions)`).
 */
export function validatePagination(
  value: unknown,
  where: string,
  method: string,
  queryParams: readonly string[],
): Pagination {
  const problems = extensionProblems('x-rtc-pagination', value);
  if (problems.length > 0)
    throw new Error(`${where}: invalid x-rtc-pagination: ${describeProblems(problems)}`);
  if (method !== 'GET') throw new Error(`${where}: only GET lists can be paginated.`);
  const pagination = value as Pagination;
  const names =
    pagination.scheme === 'page-number'
      ? [pagination.pageParam, pagination.sizeParam]
      : [pagination.cursorParam, pagination.sizeParam];
  for (const name of names) {
    if (!queryParams.includes(name))
      throw new Error(`${where}: x-rtc-pagination names "${name}", which is no query parameter.`);
  }
  return pagination;
}
