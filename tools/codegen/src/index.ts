import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeOperations, providerFacts } from '@rtc-sessions/openapi-model';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { constSource } from './const-source.js';
import { webhookEventsSource } from './webhook-events.js';

/** The files codegen writes into a client package's `src/generated/`, keyed by file name. */
export type GeneratedFiles = Record<'schema.ts' | 'operations.ts' | 'webhook-events.ts', string>;

/** Where a client package's generated files come from and go to. */
export interface CodegenTarget {
  /** The package whose spec is read, e.g. `@rtc-sessions/spec-videosdk` (named in the header). */
  specPackage: string;
  /** Absolute path of that package's bundled `openapi.json`. */
  specPath: string;
  /** Absolute path of the directory the files are written to (`src/generated`). */
  outDir: string;
}

function header(target: Pick<CodegenTarget, 'specPackage'>, spec: OpenAPI3, what: string): string {
  return [
    '/**',
    ` * GENERATED FILE — DO NOT EDIT. ${what}`,
    ` * Source: ${target.specPackage}/openapi.json (${spec.info.title} ${spec.info.version}).`,
    ' * Regenerate with `pnpm generate` (at the repository root, or in this package); the build and',
    ' * `pnpm test` fail while this file is out of date.',
    ' */',
    '',
  ].join('\n');
}

/**
 * What the client and its runtime read from the spec at run time, as `as const` data: the default
 * server, the provider's facts (`info.x-rtc-provider`) and, for each list operation, its
 * `x-rtc-pagination` and the limits/defaults of its paging parameters. Only the spec goes in: the
 * package version is the build's (`src/version.ts`), so a release never makes this file stale.
 */
export function operationsSource(spec: OpenAPI3): string {
  const facts = providerFacts(spec, 'the spec');
  const lists: Record<string, unknown> = {};
  for (const op of describeOperations(spec)) {
    if (!op.pagination) continue;
    const { pagination } = op;
    const pagingNames =
      pagination.scheme === 'page-number'
        ? [pagination.pageParam, pagination.sizeParam]
        : [pagination.cursorParam, pagination.sizeParam];
    const params: Record<string, Record<string, unknown>> = {};
    for (const name of pagingNames) {
      const parameter = op.parameters.find((p) => p.name === name && p.in === 'query');
      const { default: def, minimum, maximum } = (parameter?.schema ?? {}) as Record<string, unknown>;
      const limits = Object.entries({ default: def, minimum, maximum }).filter(([, v]) => v !== undefined);
      if (limits.length > 0) params[name] = Object.fromEntries(limits);
    }
    lists[op.path] = { pagination, params };
  }
  const clientFacts = {
    id: facts.id,
    name: facts.name,
    requestIdHeaders: facts.requestIdHeaders,
    errorBody: facts.errorBody,
    // `{}` for a provider that sends none, so every client passes the field alike
    rateLimitHeaders: facts.rateLimitHeaders ?? {},
    credentialEnv: {
      keys: facts.credentials.keys.map(({ option, env }) => [option, env]),
      tokenEnv: facts.credentials.tokenEnv,
    },
  };
  return [
    `/** The spec's \`servers[0].url\`: the client's default \`baseUrl\`. */`,
    `export const defaultBaseUrl = ${JSON.stringify(facts.baseUrl)};`,
    '',
    '/**',
    " * The provider's facts from its spec (`info.x-rtc-provider`): its id and name, the response headers",
    " * that may carry a request id (best first), where an error body keeps the provider's code, message",
    ' * and details (JSON pointers, tried in order), and the `[option, environment variable]` pairs of the',
    ' * key + secret with the variable of a ready token.',
    ' */',
    `export const providerFacts = ${JSON.stringify(clientFacts, null, 2)} as const;`,
    '',
    constSource(
      'listOperations',
      lists as Parameters<typeof constSource>[1],
      "/** Each list operation (GET) by path: its `x-rtc-pagination` and its paging parameters' limits. */",
    ),
    '',
  ].join('\n');
}

const CONSTRAINT_ONLY_KEYS = new Set(['required', 'description', 'title']);

/**
 * A copy of the spec without `anyOf`/`oneOf` lists whose branches only say which properties are
 * `required` ("`id` or `_id`"). They constrain values, not shapes, and openapi-typescript types such a
 * branch as `unknown` — which turns the whole object into `unknown`. The validator still checks them.
 */
export function withoutConstraintOnlyBranches<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withoutConstraintOnlyBranches) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const constraintOnly =
      (key === 'anyOf' || key === 'oneOf') &&
      Array.isArray(value) &&
      value.every(
        (branch) =>
          branch &&
          typeof branch === 'object' &&
          Object.keys(branch).every((k) => CONSTRAINT_ONLY_KEYS.has(k)),
      );
    if (!constraintOnly) out[key] = withoutConstraintOnlyBranches(value);
  }
  return out as T;
}

/** Generates the files in memory from a bundled spec. */
export async function generate(
  target: Pick<CodegenTarget, 'specPackage' | 'specPath'>,
): Promise<GeneratedFiles> {
  const spec = JSON.parse(await readFile(target.specPath, 'utf8')) as OpenAPI3;
  const ast = await openapiTS(withoutConstraintOnlyBranches(spec), { silent: true });
  return {
    'schema.ts':
      header(target, spec, 'TypeScript types of the spec, by openapi-typescript.') + astToString(ast),
    'operations.ts':
      header(target, spec, 'What the client and its runtime need from the spec.') + operationsSource(spec),
    'webhook-events.ts': header(target, spec, "The spec's webhook event names.") + webhookEventsSource(spec),
  };
}

/** Writes the generated files to `outDir`; returns the names written. */
export async function writeGenerated(target: CodegenTarget): Promise<string[]> {
  const files = await generate(target);
  await mkdir(target.outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(target.outDir, name), text);
  return Object.keys(files);
}

/** One committed file that differs from what the spec produces. */
export interface Drift {
  file: string;
  reason: 'missing' | 'different';
  /** 1-based line of the first difference. */
  line?: number;
}

/** Regenerates in memory and compares with the committed files. */
export async function findDrift(target: CodegenTarget): Promise<Drift[]> {
  const files = await generate(target);
  const drift: Drift[] = [];
  for (const [file, want] of Object.entries(files)) {
    let have: string;
    try {
      have = await readFile(join(target.outDir, file), 'utf8');
    } catch {
      drift.push({ file, reason: 'missing' });
      continue;
    }
    if (have === want) continue;
    const haveLines = have.split('\n');
    const wantLines = want.split('\n');
    let line = 0;
    while (line < Math.max(haveLines.length, wantLines.length) && haveLines[line] === wantLines[line]) line++;
    drift.push({ file, reason: 'different', line: line + 1 });
  }
  return drift;
}

/** A message that says what is out of date and how to fix it, or `undefined` when nothing is. */
export function describeDrift(target: CodegenTarget, drift: Drift[]): string | undefined {
  if (drift.length === 0) return undefined;
  const lines = drift.map((d) =>
    d.reason === 'missing'
      ? `  ${join(target.outDir, d.file)}: missing`
      : `  ${join(target.outDir, d.file)}: differs from what ${target.specPackage} produces (first at line ${d.line})`,
  );
  return [
    `The committed generated files are out of date with ${target.specPackage}:`,
    ...lines,
    'Run `pnpm generate` (at the repository root: every client; or `pnpm generate` in the client package) and commit the result.',
  ].join('\n');
}

/** A client package's `name` and `version`, as in its `package.json`. */
export interface ClientPackage {
  name: string;
  version: string;
}

/**
 * `src/version.ts` of a client package: its name and version, read from its package.json by every
 * build (not committed). `changeset version` bumps package.json, and the next build says so in the
 * default `User-Agent`; nothing generated from the spec changes.
 */
export function versionSource(client: ClientPackage): string {
  return [
    `// Written by \`rtc-codegen version\` from package.json on every build and lint; not committed.`,
    '',
    "/** This package's version, from its package.json. */",
    `export const version = ${JSON.stringify(client.version)};`,
    '',
    "/** The client's default `User-Agent`: its package name and version. */",
    `export const userAgent = ${JSON.stringify(`${client.name}/${client.version}`)};`,
    '',
  ].join('\n');
}
