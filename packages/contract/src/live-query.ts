/** The query and path parameters `rtc-contract live` sends, read from the spec. */
import { InputError } from './errors.js';
import type { OperationDescription } from './validators.js';

export interface DateRange {
  from?: string;
  to?: string;
}

type Parameter = OperationDescription['parameters'][number];

export function pathParams(op: OperationDescription): string[] {
  return op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
}

export function isDateRangeParameter(p: Parameter): boolean {
  return (
    p.in === 'query' &&
    (p.name === 'from' || p.name === 'to') &&
    (p.schema as { format?: string }).format === 'date'
  );
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A required parameter's value from its schema: default, first enum value, or example. */
function specValue(p: Parameter): string | undefined {
  const schema = p.schema as { default?: unknown; enum?: unknown[]; examples?: unknown[] };
  if (schema.default !== undefined) return String(schema.default);
  if (schema.enum?.length) return String(schema.enum[0]);
  if (p.example !== undefined) return String(p.example);
  if (schema.examples?.length) return String(schema.examples[0]);
  return undefined;
}

/**
 * Values for the query parameters an operation requires, read from the spec: the default, else
 * the first enum value; a required `date` range (Zoom's `from`/`to`) spans the last 28 days, the
 * window the provider accepts, unless `dates` gives a bound; otherwise the spec's example.
 */
export function requiredQuery(
  op: OperationDescription,
  dates: DateRange = {},
  today = new Date(),
): Record<string, string> {
  const query: Record<string, string> = {};
  let dateParams = 0;
  for (const p of op.parameters) {
    if (p.in !== 'query') continue;
    const schema = p.schema as { default?: unknown; enum?: unknown[]; format?: string };
    const given = isDateRangeParameter(p) ? dates[p.name as keyof DateRange] : undefined;
    let value = given;
    if (value === undefined && p.required) {
      const dateDefault = schema.default === undefined && !schema.enum?.length && schema.format === 'date';
      value = dateDefault
        ? isoDate(new Date(today.getTime() - (dateParams === 0 ? 28 : 0) * 86_400_000))
        : specValue(p);
    }
    if (value === undefined) continue;
    query[p.name] = value;
    if (schema.format === 'date') dateParams++;
  }
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    throw new InputError(
      `${op.operationId}: the range starts after it ends (from ${query.from}, to ${query.to})`,
    );
  }
  return query;
}
