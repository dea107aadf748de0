import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/** The files codegen writes into a client package's `src/generated/`, keyed by file name. */
export type GeneratedFiles = Record<'schema.ts' | 'operations.ts', string>;

/** Where a client package's generated files come from and go to. */
export interface CodegenTarget {
  /** The package whose spec is read, e.g. `@rtc-sessions/spec-videosdk` (named in the header). */
  specPackage: string;
  /** Absolute path of that package's bundled `openapi.json`. */
  specPath: string;
  /** Absolute path of the directory the files are written to (`src/generated`). */
  outDir: string;
  /** The client package's own name and version (its `package.json`), for the default `User-Agent`. */
  client?: ClientPackage;
}

/** A client package's `name` and `version`, as in its `package.json`. */
export interface ClientPackage {
  name: string;
  version: string;
}

interface PaginationExtension {
  scheme: 'page-number' | 'cursor';
  [key: string]: unknown;
}

interface ParameterObject {
  name: string;
  in: string;
  schema?: { default?: unknown; minimum?: number; maximum?: number };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

function header(target: Pick<CodegenTarget, 'specPackage'>, spec: OpenAPI3, what: string): string {
  return [
    '/**',
    ` * GENERATED FILE — DO NOT EDIT. ${what}`,
    ` * Source: ${target.specPackage}/openapi.json (${spec.info.title} ${spec.info.version}).`,
    ' * Regenerate with `pnpm generate` in this package; `pnpm test` fails when this file is out of date.',
    ' */',
    '',
  ].join('\n');
}

function resolveRef<T>(spec: OpenAPI3, value: unknown): T {
  let current = value as { $ref?: string };
  // Bundled specs only hold local refs (`#/components/...`); follow them until a real object.
  while (current && typeof current.$ref === 'string') {
    const segments = current.$ref.replace(/^#\//, '').split('/');
    let target: unknown = spec;
    for (const segment of segments) {
      target = (target as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    current = target as { $ref?: string };
  }
  return current as T;
}

/**
 * What the runtime reads from the spec at run time, as `as const` data: the default server and,
 * for each list operation, its `x-rtc-pagination` and the limits/defaults of its paging parameters.
 */
export function operationsSource(spec: OpenAPI3, client?: ClientPackage): string {
  const server = spec.servers?.[0]?.url;
  if (!server) throw new Error('The spec has no servers[0].url: the client needs a default base URL.');
  const lists: Record<string, unknown> = {};
  for (const [path, rawItem] of Object.entries(spec.paths ?? {})) {
    const item = resolveRef<Record<string, unknown>>(spec, rawItem);
    for (const method of METHODS) {
      const operation = item[method] as Record<string, unknown> | undefined;
      const pagination = operation?.['x-rtc-pagination'] as PaginationExtension | undefined;
      if (!operation || !pagination) continue;
      if (method !== 'get')
        throw new Error(`${method.toUpperCase()} ${path}: only GET lists can be paginated.`);
      const parameters = [
        ...((item.parameters as unknown[]) ?? []),
        ...((operation.parameters as unknown[]) ?? []),
      ].map((p) => resolveRef<ParameterObject>(spec, p));
      const pagingNames = [pagination.pageParam, pagination.sizeParam, pagination.cursorParam].filter(
        (name): name is string => typeof name === 'string',
      );
      const params: Record<string, Record<string, unknown>> = {};
      for (const name of pagingNames) {
        const parameter = parameters.find((p) => p.name === name && p.in === 'query');
        if (!parameter)
          throw new Error(`${path}: x-rtc-pagination names "${name}", which is no query parameter.`);
        const { default: def, minimum, maximum } = parameter.schema ?? {};
        params[name] = Object.fromEntries(
          Object.entries({ default: def, minimum, maximum }).filter(([, v]) => v !== undefined),
        );
      }
      lists[path] = { operationId: operation.operationId, pagination, params };
    }
  }
  return [
    ...(client
      ? [
          "/** The client's default `User-Agent`: its package name and version, from its package.json. */",
          `export const userAgent = ${JSON.stringify(`${client.name}/${client.version}`)};`,
          '',
        ]
      : []),
    `/** The spec's \`servers[0].url\`: the client's default \`baseUrl\`. */`,
    `export const defaultBaseUrl = ${JSON.stringify(server)};`,
    '',
    "/** Each list operation (GET) by path: its `x-rtc-pagination` and its paging parameters' limits. */",
    `export const listOperations = ${JSON.stringify(lists, null, 2)} as const;`,
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

/** Generates both files in memory from a bundled spec. */
export async function generate(
  target: Pick<CodegenTarget, 'specPackage' | 'specPath' | 'client'>,
): Promise<GeneratedFiles> {
  const spec = JSON.parse(await readFile(target.specPath, 'utf8')) as OpenAPI3;
  const ast = await openapiTS(withoutConstraintOnlyBranches(spec), { silent: true });
  return {
    'schema.ts':
      header(target, spec, 'TypeScript types of the spec, by openapi-typescript.') + astToString(ast),
    'operations.ts':
      header(target, spec, 'What the runtime needs from the spec.') + operationsSource(spec, target.client),
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
    'The committed generated files are out of date with the spec:',
    ...lines,
    'Run `pnpm generate` in the client package (after building the spec) and commit the result.',
  ].join('\n');
}
