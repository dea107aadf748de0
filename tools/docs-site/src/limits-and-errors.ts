/**
 * The "Rate limits and error codes" section of a provider's page: one table of the rate-limit
 * labels (what each allows, which operations carry it) and one of the error answers (status, the
 * provider's code from the response's example, what it means, which operations answer it). Both
 * are read from the spec: `x-rtc-rate-limits`, each operation's `x-rtc-rate-limit`, its non-2xx
 * `responses`, and the 429 answer's headers.
 */
import {
  childPointer,
  deref,
  type Json,
  type OperationInfo,
  resolvePointer,
} from '@rtc-sessions/openapi-model';
import { LIMITS_AND_ERRORS } from './page-sections.js';
import { rateLimitLabel, rateLimitTable } from './rate-limits.js';
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

/** The section's Markdown. */
export function limitsAndErrors(document: SpecDocument, operations: OperationInfo[]): string {
  const ops = operations.filter((operation) => operation.kind === 'operation');
  const table = rateLimitTable(document);
  const lines = [`## ${LIMITS_AND_ERRORS}`, '', '### Rate limits', ''];
  const labelled = ops.filter((operation) => rateLimitLabel(operation));
  if (!table || labelled.length === 0) {
    lines.push('The provider publishes no rate limits for these operations.');
  } else {
    if (table.url) lines.push(`From [the provider's rate-limit page](${table.url}).`, '');
    lines.push('| label | allows | operations |', '| --- | --- | --- |');
    for (const [label, meaning] of Object.entries(table.labels)) {
      const using = labelled.filter((operation) => rateLimitLabel(operation) === label);
      lines.push(
        `| ${cell(label)} | ${cell(meaning)} | ${using.length > 0 ? codeList(using.map((o) => o.operationId)) : '—'} |`,
      );
    }
  }
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
