import { EXIT } from './exit-codes.js';
import type { Violation } from './violations.js';

export type ReportFormat = 'pretty' | 'json' | 'junit';
export const REPORT_FORMATS: readonly ReportFormat[] = ['pretty', 'json', 'junit'];

/**
 * What a result checked: a provider's response (a cassette, a raw body or a live request), a
 * webhook delivery (a webhook cassette), or a file that could not be read as either.
 */
export type CheckKind = 'response' | 'webhook' | 'unrecognized';

/** One checked response or webhook delivery: a cassette file or a live request. */
export interface CheckResult {
  /** The cassette file, or the live request (`GET /sessions/?page=1`). */
  name: string;
  provider: string;
  operationId: string;
  /** For a webhook delivery, `operationId` is the event and `status` the receiver's answer. */
  status: number;
  /** @default 'response' */
  kind?: CheckKind;
  ok: boolean;
  errors: Violation[];
  warnings: Violation[];
  /**
   * Set when the response could not be checked at all (an unreadable file, invalid JSON, not a
   * cassette, an unknown operation): what went wrong. `ok` is then false and `errors` empty.
   */
  error?: string;
  /**
   * Set when the operation was not called at all (`live`: no value for a path id): why. `ok` is
   * then true and `errors` empty; JUnit shows it as a skipped test case.
   */
  skipped?: string;
}

export interface Summary {
  total: number;
  passed: number;
  /** Checked and in breach of the contract. */
  failed: number;
  /** Could not be checked (see {@link CheckResult.error}). */
  errored: number;
  /** Not checked on purpose (see {@link CheckResult.skipped}). */
  skipped: number;
  warnings: number;
}

export function summarizeResults(results: readonly CheckResult[]): Summary {
  const errored = results.filter((r) => r.error !== undefined).length;
  const failed = results.filter((r) => !r.ok).length - errored;
  const skipped = results.filter((r) => r.skipped !== undefined).length;
  return {
    total: results.length,
    passed: results.length - failed - errored - skipped,
    failed,
    errored,
    skipped,
    warnings: results.reduce((n, r) => n + r.warnings.length, 0),
  };
}

/** How many results of each kind, in the order the summary line names them. */
export type KindCounts = Record<CheckKind, number>;

export function countKinds(results: readonly CheckResult[]): KindCounts {
  const counts: KindCounts = { response: 0, webhook: 0, unrecognized: 0 };
  // a skipped operation was not checked: it is counted as skipped, not as a response
  for (const result of results) if (result.skipped === undefined) counts[result.kind ?? 'response'] += 1;
  return counts;
}

const KIND_NOUNS: Record<CheckKind, [one: string, many: string]> = {
  response: ['response', 'responses'],
  webhook: ['webhook delivery', 'webhook deliveries'],
  unrecognized: ['unrecognized file', 'unrecognized files'],
};

/** `249 responses and 61 webhook deliveries`: only the kinds present (`0 responses` for none). */
function kindsText(kinds: KindCounts): string {
  const parts = (Object.keys(KIND_NOUNS) as CheckKind[])
    .filter((kind) => kinds[kind] > 0)
    .map((kind) => `${kinds[kind]} ${KIND_NOUNS[kind][kinds[kind] === 1 ? 0 : 1]}`);
  if (parts.length === 0) return '0 responses';
  const last = parts.pop() as string;
  return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
}

/**
 * `N passed, N failed, N warnings (N responses and N webhook deliveries checked)`. Without
 * `kinds`, every result counts as a response.
 */
export function summaryLine(summary: Summary, kinds?: KindCounts): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const errored = summary.errored > 0 ? `, ${summary.errored} could not be checked` : '';
  const skipped = summary.skipped > 0 ? `, ${summary.skipped} skipped` : '';
  const checked = kindsText(kinds ?? { response: summary.total, webhook: 0, unrecognized: 0 });
  return `${summary.passed} passed, ${summary.failed} failed${errored}${skipped}, ${plural(summary.warnings, 'warning')} (${checked} checked)`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
}

function where(v: Violation): string {
  if (v.in === 'header') return `header ${v.header ?? ''}`;
  if (v.in === 'status') return 'status';
  if (v.in === 'contentType') return 'content-type';
  if (v.in === 'query' || v.in === 'path') return `${v.in} parameter ${v.parameter ?? ''}${v.pointer}`;
  if (v.in === 'requestBody') return `request body ${v.pointer === '' ? '(root)' : v.pointer}`;
  if (v.in === 'operation') return 'operation';
  return v.pointer === '' ? '(body root)' : v.pointer;
}

/** The exit code of a report: 2 if a result could not be checked, 1 on violations, else 0. */
export function exitCodeFor(results: readonly CheckResult[]): number {
  if (results.some((r) => r.error !== undefined)) return EXIT.usage;
  return results.every((r) => r.ok) ? EXIT.ok : EXIT.violations;
}

export function formatPretty(
  results: readonly CheckResult[],
  options: { color: boolean; title?: string; verbose?: boolean },
): string {
  const paint = (code: string) => (text: string) =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  const red = paint('31');
  const yellow = paint('33');
  const green = paint('32');
  const dim = paint('2');
  const bold = paint('1');
  const lines: string[] = [];
  if (options.title) lines.push(bold(options.title), '');
  for (const result of results) {
    if (result.skipped !== undefined) {
      lines.push(
        `${yellow('-')} ${result.name} ${dim(`(${result.provider} ${result.operationId})`)} skipped: ${result.skipped}`,
      );
      continue;
    }
    const head = `${result.name} ${dim(`(${result.provider} ${result.operationId} → ${result.status})`)}`;
    if (result.ok && result.warnings.length === 0) {
      if (options.verbose) lines.push(`${green('✓')} ${head}`);
      continue;
    }
    lines.push(`${result.ok ? yellow('!') : red('✗')} ${head}`);
    if (result.error !== undefined) lines.push(`    ${red('error  ')} ${result.error}`);
    for (const v of [...result.errors, ...result.warnings]) {
      const label = v.severity === 'error' ? red('error  ') : yellow('warning');
      lines.push(`    ${label} ${bold(where(v))}  ${v.message}`);
      lines.push(`            ${dim('schema:  ')} ${v.schemaPath}`);
      lines.push(`            ${dim('expected:')} ${show(v.expected)}`);
      lines.push(`            ${dim('actual:  ')} ${show(v.actual)}`);
    }
    lines.push('');
  }
  const summary = summarizeResults(results);
  const line = summaryLine(summary, countKinds(results));
  const bad = summary.failed + summary.errored > 0;
  lines.push(bad ? red(line) : summary.warnings > 0 ? yellow(line) : green(line));
  return `${lines.join('\n')}\n`;
}

export function formatJson(results: readonly CheckResult[], command: string): string {
  return `${JSON.stringify(
    { format: 'rtc-sessions/contract-report@1', command, summary: summarizeResults(results), results },
    null,
    2,
  )}\n`;
}

function xml(text: string): string {
  return (
    text
      // characters XML 1.0 cannot carry at all
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function violationText(v: Violation): string {
  return [
    `${v.severity} at ${where(v)}: ${v.message}`,
    `  schema:   ${v.schemaPath}`,
    `  expected: ${show(v.expected)}`,
    `  actual:   ${show(v.actual)}`,
  ].join('\n');
}

export function formatJunit(results: readonly CheckResult[], suiteName: string): string {
  const summary = summarizeResults(results);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites name="${xml(suiteName)}" tests="${summary.total}" failures="${summary.failed}" errors="${summary.errored}">`,
    `  <testsuite name="${xml(suiteName)}" tests="${summary.total}" failures="${summary.failed}" errors="${summary.errored}" skipped="${summary.skipped}">`,
  );
  for (const r of results) {
    const attrs = `classname="${xml(`${r.provider}.${r.operationId}`)}" name="${xml(r.name)}"`;
    if (r.skipped !== undefined) {
      out.push(`    <testcase ${attrs}>`, `      <skipped message="${xml(r.skipped)}"/>`, '    </testcase>');
      continue;
    }
    if (r.ok && r.warnings.length === 0) {
      out.push(`    <testcase ${attrs}/>`);
      continue;
    }
    out.push(`    <testcase ${attrs}>`);
    if (r.error !== undefined) {
      out.push(`      <error type="InputError" message="${xml(r.error)}">${xml(r.error)}</error>`);
    } else if (!r.ok) {
      const first = r.errors[0];
      const message = `${r.errors.length} contract violation${r.errors.length === 1 ? '' : 's'}${first ? `; first at ${where(first)}: ${first.message}` : ''}`;
      out.push(
        `      <failure type="ContractViolation" message="${xml(message)}">${xml(r.errors.map(violationText).join('\n\n'))}</failure>`,
      );
    }
    if (r.warnings.length > 0) {
      out.push(`      <system-out>${xml(r.warnings.map(violationText).join('\n\n'))}</system-out>`);
    }
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}

export function formatReport(
  results: readonly CheckResult[],
  format: ReportFormat,
  options: { color: boolean; command: string; verbose?: boolean },
): string {
  if (format === 'json') return formatJson(results, options.command);
  if (format === 'junit') return formatJunit(results, `rtc-contract ${options.command}`);
  return formatPretty(results, { color: options.color, ...(options.verbose ? { verbose: true } : {}) });
}
