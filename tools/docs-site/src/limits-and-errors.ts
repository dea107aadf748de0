/**
 * The "Rate limits and error codes" section of a provider's page: one table of the rate-limit
 * labels (requests, window, scope, daily cap, the provider's words, which operations carry it),
 * the provider's webhook retry policy, and one table of the error answers (status, the provider's
 * code from the response's example, what it means, which operations answer it). All are read from
 * the spec: `x-rtc-rate-limits` and each operation's `x-rtc-rate-limit` (via openapi-model's
 * `rateLimits`), `info.x-rtc-provider.webhookRetries`, the non-2xx `responses` and their headers.
 */
import {
  childPointer,
  deref,
  type Json,
  type OperationInfo,
  resolvePointer,
} from '@rtc-sessions/openapi-model';
import { LIMITS_AND_ERRORS } from './page-sections.js';
import {
  dailyCapText,
  rateLimitOf,
  rateLimitTable,
  webhookRetries,
  webhookRetriesText,
} from './rate-limits.js';
import type { SpecDocument } from './spec-document.js';

export interface ErrorRow {
  status: string;
  /** The provider's codes in the error body, from the response's examples (`3001`, `fetch_error`). */
  codes: string[];
  meaning: string;
  operations: string[];
  /** Headers the answer documents (`Retry-After`, `X-RateLimit-*`). */
  headers: string[];
}

function firstSentence(text: string | undefined): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? flat;
}

function exampleCodes(response: OperationInfo['responses'][number]): string[] {
  const codes: string[] = [];
  for (const example of response.examples) {
    const code = (example.value as { code?: unknown } | undefined)?.code;
    if ((typeof code === 'string' || typeof code === 'number') && !codes.includes(String(code)))
      codes.push(String(code));
  }
  return codes;
}

/** Every documented error answer of the operations, one row per status, code and meaning. */
export function errorRows(document: SpecDocument, operations: OperationInfo[]): ErrorRow[] {
  const rows = new Map<string, ErrorRow>();
  for (const operation of operations) {
    if (operation.kind !== 'operation') continue;
    for (const response of operation.responses) {
      if (/^[23]/.test(response.status)) continue;
      const at = childPointer(operation.pointer, 'responses', response.status);
      const { node } = deref(document as unknown as Json, resolvePointer(document, at) as Json, at);
      const meaning = firstSentence(typeof node.description === 'string' ? node.description : undefined);
      const codes = exampleCodes(response);
      const key = `${response.status}\u0000${codes.join(',')}\u0000${meaning}`;
      const row = rows.get(key) ?? {
        status: response.status,
        codes,
        meaning,
        operations: [],
        headers: response.headers.map((header) => header.name),
      };
      row.operations.push(operation.operationId);
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort(
    (a, b) => a.status.localeCompare(b.status) || a.codes.join().localeCompare(b.codes.join()),
  );
}

const cell = (text: string) => text.replaceAll('|', '\\|');
const codeList = (names: string[]) => names.map((name) => `\`${name}\``).join(', ');

function rateLimitLines(document: SpecDocument, ops: OperationInfo[]): string[] {
  const table = rateLimitTable(document);
  const lines = ['### Rate limits', ''];
  const labelled = ops.filter((operation) => rateLimitOf(document, operation));
  if (!table.published || table.labels.size === 0 || labelled.length === 0) {
    lines.push('The provider publishes no rate limits for these operations.');
    if (table.description.trim() !== '') lines.push('', table.description.trim());
    return lines;
  }
  if (table.url) lines.push(`From [the provider's rate-limit page](${table.url}).`, '');
  lines.push(
    '| label | requests | per | scope | daily cap | description | operations |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const limit of table.labels.values()) {
    const using = labelled.filter((operation) => rateLimitOf(document, operation)?.label === limit.label);
    const operations = using.length > 0 ? codeList(using.map((o) => o.operationId)) : '—';
    lines.push(
      `| ${cell(limit.label)} | ${limit.requests} | ${limit.per} | ${limit.scope} | ${cell(dailyCapText(limit) || '—')} | ${cell(limit.description)} | ${operations} |`,
    );
  }
  return lines;
}

/** The section's Markdown. */
export function limitsAndErrors(document: SpecDocument, operations: OperationInfo[]): string {
  const ops = operations.filter((operation) => operation.kind === 'operation');
  const lines = [`## ${LIMITS_AND_ERRORS}`, '', ...rateLimitLines(document, ops)];
  lines.push('', '### Webhook retries', '', webhookRetriesText(webhookRetries(document)));
  lines.push(
    '',
    '### Error codes',
    '',
    "Every error answer the spec documents: its status, the provider's code in the example body (the meaning names the others), and the operations that answer it.",
    '',
  );
  lines.push('| status | example code | meaning | operations |', '| --- | --- | --- | --- |');
  for (const row of errorRows(document, ops)) {
    const headers = row.headers.length > 0 ? ` Headers: ${codeList(row.headers)}.` : '';
    const codes = row.codes.length > 0 ? codeList(row.codes.map(cell)) : '—';
    const where = row.operations.length === ops.length ? 'every operation' : codeList(row.operations);
    lines.push(`| ${row.status} | ${codes} | ${cell(row.meaning)}${cell(headers)} | ${where} |`);
  }
  return lines.join('\n');
}
