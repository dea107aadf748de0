/**
 * What the simulator reads from a provider's bundled spec: its operations (paths, parameters,
 * paging, rate-limit labels), the example bodies it renders entities into, the base path of its
 * first server and its webhook events. Nothing here is a fact of its own.
 */
import {
  type BundledSpec,
  describeOperations,
  describeWebhooks,
  type Json,
  type JsonObject,
  type OperationInfo,
  type Pagination,
  type RateLimits,
  rateLimits,
  resolvePointer,
} from '@rtc-sessions/openapi-model';

/** An operation's rate-limit label and its budget (`x-rtc-rate-limits`), as the simulator counts it. */
export interface RateLimit {
  label: string;
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

export interface SimOperation {
  info: OperationInfo;
  pagination?: Pagination;
  rateLimit?: RateLimit;
  /** Matches a request path (the server's base path included); groups are the path parameters. */
  pattern: RegExp;
  paramNames: string[];
  /** The status of its success response (`200`, `201`, `204`…). */
  successStatus: number;
  /** The first example of its success body: the template entities are rendered into. */
  example?: Json;
}

export interface SpecFacts {
  spec: BundledSpec;
  /** `/v2` for `https://api.zoom.us/v2`; '' when the first server has no path. */
  basePath: string;
  operations: Map<string, SimOperation>;
  /** The published example of each webhook event's body, by event name. */
  webhookExamples: Map<string, JsonObject>;
  /** Parameter schemas of an operation, by name (limits, enums and defaults). */
  parameter(operationId: string, name: string): JsonObject;
}

/** `/v2` from `https://api.zoom.us/v2/`. */
export function serverBasePath(doc: JsonObject): string {
  const servers = (doc.servers ?? []) as Array<{ url?: string }>;
  const url = servers[0]?.url;
  if (!url) return '';
  return new URL(url).pathname.replace(/\/+$/, '');
}

function pathPattern(basePath: string, template: string): { pattern: RegExp; paramNames: string[] } {
  const paramNames: string[] = [];
  const escaped = `${basePath}${template}`
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]+)\}/g, (_, name) => {
      paramNames.push(name);
      return '([^/]+)';
    });
  return { pattern: new RegExp(`^${escaped}$`), paramNames };
}

function simOperation(basePath: string, info: OperationInfo, limits: RateLimits) {
  const success = info.responses.find((r) => /^2\d\d$/.test(r.status));
  const label = limits.of(info);
  const op: SimOperation = {
    info,
    ...pathPattern(basePath, info.path),
    successStatus: success ? Number(success.status) : 200,
  };
  if (info.pagination) op.pagination = info.pagination;
  if (label)
    op.rateLimit = { label: label.label, limit: label.requests, windowMs: label.windowSeconds * 1000 };
  const example = success?.examples[0]?.value;
  if (example !== undefined) op.example = example;
  return op;
}

export function specFacts(spec: BundledSpec): SpecFacts {
  const doc = spec.doc as JsonObject;
  const basePath = serverBasePath(doc);
  const limits = rateLimits(doc, spec.specPath);
  const operations = new Map<string, SimOperation>();
  for (const info of describeOperations(doc))
    operations.set(info.operationId, simOperation(basePath, info, limits));
  const webhookExamples = new Map<string, JsonObject>();
  for (const hook of describeOperations(doc, { webhooks: true }).filter((o) => o.kind === 'webhook')) {
    const value = hook.requestBody[0]?.examples[0]?.value;
    if (value && typeof value === 'object') webhookExamples.set(hook.path, value as JsonObject);
  }
  return {
    spec,
    basePath,
    operations,
    webhookExamples,
    parameter(operationId, name) {
      const param = operations.get(operationId)?.info.parameters.find((p) => p.name === name);
      if (!param) throw new Error(`${spec.id} ${operationId} has no parameter ${name}`);
      return param.schema;
    },
  };
}

/** A webhook's signature headers as the spec declares them, for error messages and checks. */
export function webhookEvents(spec: BundledSpec): string[] {
  return describeWebhooks(spec.doc).map((w) => w.event);
}

/** `resolvePointer` for callers that only hold the facts. */
export const at = (facts: SpecFacts, pointer: string): Json | undefined =>
  resolvePointer(facts.spec.doc, pointer);
