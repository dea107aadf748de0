/**
 * Build step (run with tsx after tsc; not part of the published output): compiles the contract
 * validators of the bundled specs this package depends on (its `@rtc-sessions/spec-*`
 * devDependencies: adding a provider is adding its spec package there) ahead of time into ajv
 * standalone modules under dist/generated/, plus a manifest of providers (their facts from
 * `info.x-rtc-provider`), operations and documented responses, and the cassette format (its JSON
 * Schema with the provider ids filled in, and its validator).
 *
 * Generated modules import the format implementations from dist/formats.js by name, so the code
 * that runs is the code that was unit-tested.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  annotationKeywords,
  type BundledSpec,
  childPointer,
  deref,
  describeOperations,
  isJsonMediaType,
  type JsonObject,
  loadBundledSpecs,
  type OperationInfo,
  resolvePointer,
  toJsonSchemaDocument,
} from '@rtc-sessions/openapi-model';
import { createContractAjv } from '../src/ajv.js';
import { formats } from '../src/formats.js';
import {
  MANIFEST_FORMAT,
  type Manifest,
  type ManifestLink,
  type ManifestOperation,
} from '../src/manifest.js';
import { LOCATION_KEYWORD } from '../src/violations.js';
import { clientPackages } from './client-packages.js';
import { compileWebhookValidators } from './compile-webhook-validators.js';
import { CODE_OPTIONS, CompiledModules, PRELUDE, standaloneCode } from './compiled-modules.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(packageRoot, 'dist', 'generated');

/** Where a request schema is copied to in the contract document (under `$defs`). */
function requestPointer(op: OperationInfo, ...tokens: string[]): string {
  return childPointer('#/$defs/requests', op.operationId, ...tokens);
}

/**
 * The request schemas of every operation (query and path parameters, JSON request bodies), copied
 * under the contract document's `$defs/requests`: the document holds only the spec's schemas and
 * paths, and a parameter or body may live in `components/parameters` or `components/requestBodies`.
 * Their `$ref`s point into `components/schemas`, which the document holds. Each copy carries its
 * place in the spec (the location keyword), so a violation names it.
 */
function addRequestSchemas(
  contract: JsonObject,
  spec: JsonObject,
  operations: readonly OperationInfo[],
): void {
  const requests: JsonObject = {};
  for (const op of operations) {
    const entry: JsonObject = {};
    for (const p of op.parameters) {
      if (p.in !== 'query' && p.in !== 'path') continue;
      entry[`${p.in}:${p.name}`] = {
        ...structuredClone(p.schema),
        [LOCATION_KEYWORD]: `${p.pointer}/schema`,
      };
    }
    for (const media of op.requestBody) {
      const schema = media.schema ? resolvePointer(spec, media.schema) : undefined;
      if (!media.contentType || !schema || typeof schema !== 'object') continue;
      entry[`body:${media.contentType}`] = {
        ...structuredClone(schema as JsonObject),
        [LOCATION_KEYWORD]: media.schema,
      };
    }
    requests[op.operationId] = entry;
  }
  contract.$defs = { requests };
}

/** Expressions of a link's parameter map, each a string (a constant or a runtime expression). */
function expressions(value: unknown, where: string): Record<string, string> {
  if (value === undefined) return {};
  if (!value || typeof value !== 'object') throw new Error(`${where}: expected an object`);
  const entries = Object.entries(value as JsonObject);
  for (const [name, expression] of entries) {
    if (typeof expression !== 'string') throw new Error(`${where}/${name}: expected a string`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

/** The `links` of an operation's 2xx responses, for `live` to find path ids where the spec says. */
function linksOf(spec: JsonObject, op: OperationInfo): { links?: ManifestLink[] } {
  const raw = resolvePointer(spec, op.pointer) as JsonObject | undefined;
  const links: ManifestLink[] = [];
  for (const [status, response] of Object.entries((raw?.responses ?? {}) as JsonObject)) {
    if (!/^2/.test(status)) continue;
    const at = childPointer(`${op.pointer}/responses`, status);
    const { node } = deref(spec, response, at);
    for (const [name, link] of Object.entries((node.links ?? {}) as JsonObject)) {
      const where = childPointer(`${at}/links`, name);
      const { node: target } = deref(spec, link, where);
      if (typeof target.operationId !== 'string')
        throw new Error(`${where}: only operationId links are read`);
      links.push({
        operationId: target.operationId,
        parameters: expressions(target.parameters, `${where}/parameters`),
        mapKeys: expressions(target['x-rtc-map-keys'], `${where}/x-rtc-map-keys`),
      });
    }
  }
  return links.length > 0 ? { links } : {};
}

function compileProvider({ id: provider, doc: spec }: BundledSpec): ManifestOperation[] {
  const base = `https://rtc-sessions.dev/contract/${provider}`;
  const locationKeyword = LOCATION_KEYWORD;
  const described = describeOperations(spec);
  const contract = toJsonSchemaDocument(spec, { id: `${base}/contract.json`, locationKeyword });
  addRequestSchemas(contract, spec as JsonObject, described);
  const modules = new CompiledModules(
    base,
    {
      contract,
      strict: toJsonSchemaDocument(spec, { id: `${base}/strict.json`, strict: true, locationKeyword }),
    },
    annotationKeywords(spec, LOCATION_KEYWORD),
    'v',
  );
  const operations: ManifestOperation[] = described.map((op) => ({
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    pointer: op.pointer,
    parameters: op.parameters.map((p) =>
      p.in === 'query' || p.in === 'path'
        ? { ...p, validate: modules.validator(requestPointer(op, `${p.in}:${p.name}`)) }
        : p,
    ),
    requestBody: op.requestBody.flatMap((media) =>
      media.contentType && media.schema
        ? [
            {
              contentType: media.contentType,
              schema: media.schema,
              contract: modules.validator(requestPointer(op, `body:${media.contentType}`)),
              json: isJsonMediaType(media.contentType),
            },
          ]
        : [],
    ),
    ...(op.pagination ? { pagination: op.pagination } : {}),
    ...linksOf(spec as JsonObject, op),
    responses: op.responses.map((response) => ({
      status: response.status,
      contentType: response.contentType,
      schema: response.schema,
      contract: response.schema ? modules.validator(response.schema) : null,
      strict: response.schema ? modules.validator(response.schema, true) : null,
      fast: response.schema ? modules.fast(response.schema) : null,
      json: isJsonMediaType(response.contentType),
      headers: response.headers.map((header) => ({ ...header, validate: modules.validator(header.schema) })),
    })),
  }));
  modules.write(outDir, provider);
  return operations;
}

/** The cassette format's schema, published with the provider ids filled in, and its validator. */
function compileCassetteSchema(providers: readonly string[]): void {
  const schema = JSON.parse(readFileSync(join(packageRoot, 'cassette.schema.json'), 'utf8'));
  schema.properties.provider.enum = providers;
  writeFileSync(join(packageRoot, 'dist', 'cassette.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
  const ajv = createContractAjv({ formats, keywords: [], code: CODE_OPTIONS });
  const validate = ajv.compile(schema);
  writeFileSync(join(outDir, 'cassette.js'), `${PRELUDE}${standaloneCode(ajv, validate)}\n`);
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  const packageJson = join(packageRoot, 'package.json');
  const specs = loadBundledSpecs(packageJson);
  if (specs.length === 0) throw new Error('no @rtc-sessions/spec-* devDependency: no provider to check');
  const clients = clientPackages(packageJson);
  const manifest: Manifest = { format: MANIFEST_FORMAT, providers: {} };
  for (const spec of specs) {
    // `rtc-contract live` calls each provider through its client package, `listen` and `trigger`
    // load its webhook adapter from there
    const client = clients.get(spec.id);
    if (!client)
      throw new Error(
        `no dependency of @rtc-sessions/contract is built from ${spec.specPackage}: add the provider's ` +
          'client package to its dependencies',
      );
    const { facts } = spec;
    const [key, secret] = facts.credentials.keys;
    manifest.providers[spec.id] = {
      name: facts.name,
      title: facts.title,
      version: facts.version,
      server: facts.baseUrl,
      client: client.name,
      webhooks: client.webhooks,
      credentials: { key: key.env, secret: secret.env, token: facts.credentials.tokenEnv },
      operations: compileProvider(spec),
    };
  }
  compileCassetteSchema(specs.map((s) => s.id));
  const webhookCount = compileWebhookValidators(specs, outDir);
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const count = Object.values(manifest.providers).reduce(
    (n, p) => n + p.operations.reduce((m, op) => m + op.responses.length, 0),
    0,
  );
  console.log(`compiled ${count} response validators (contract + strict) for ${specs.length} providers`);
  console.log(`compiled the payload validators of ${webhookCount} webhook events`);
}

main();
