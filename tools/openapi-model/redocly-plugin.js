// Redocly lint plugin: the rtc-sessions extensions must match their JSON Schemas (schemas/*.json),
// reported like any other lint problem, with file and line. Plain JS so lint runs before any build.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';

// Every schema is added first: one may $ref another (x-rtc-rate-limits names labels by x-rtc-rate-limit).
const ajv = new Ajv2020({ allErrors: true });
const names = readdirSync(new URL('./schemas/', import.meta.url))
  .filter((file) => file.endsWith('.schema.json'))
  .map((file) => file.replace(/\.schema\.json$/, ''));
for (const name of names) {
  ajv.addSchema(JSON.parse(readFileSync(new URL(`./schemas/${name}.schema.json`, import.meta.url), 'utf8')));
}
const schema = (name) => ajv.getSchema(`https://rtc-sessions.dev/openapi-model/${name}.schema.json`);
const validateProvider = schema('x-rtc-provider');
const validateRateLimits = schema('x-rtc-rate-limits');
// the extensions of the document's root and info; every other schema is an operation's or a link's
const DOCUMENT_EXTENSIONS = new Set(['x-rtc-provider', 'x-rtc-rate-limits']);
// extensions of a response link, linted there (LinkExtensions), never allowed on an operation
const linkExtensions = new Map([['x-rtc-map-keys', schema('x-rtc-map-keys')]]);
// every operation-level extension with a schema under schemas/ (x-rtc-pagination, x-rtc-rate-limit…)
const operationExtensions = new Map(
  names
    .filter((name) => !DOCUMENT_EXTENSIONS.has(name) && !linkExtensions.has(name))
    .map((name) => [name, schema(name)]),
);

/** Edit distance, to name the extension a typo meant. */
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(current + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** JSON pointer tokens of an ajv instancePath, array indexes as numbers. */
function tokens(instancePath) {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((t) => (/^\d+$/.test(t) ? Number(t) : t));
}

function message(name, error) {
  const where = error.instancePath ? ` ${error.instancePath}` : '';
  const params = error.params ?? {};
  const detail =
    error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties'
      ? `has an unknown property "${params.additionalProperty ?? params.unevaluatedProperty}"`
      : error.keyword === 'enum' || error.keyword === 'const'
        ? `${error.message}: ${JSON.stringify(params.allowedValues ?? params.allowedValue)}`
        : error.keyword === 'false schema'
          ? 'belongs to the other scheme, not to this one'
          : error.message;
  return `${name}${where} ${detail} (schema: tools/openapi-model/schemas/${name}.schema.json)`;
}

function report(ctx, name, validate, value) {
  if (validate(value)) return;
  // "must match then schema" only repeats the errors of the branch, reported before it
  const errors = validate.errors.filter((e) => e.keyword !== 'if');
  for (const error of errors) {
    ctx.report({
      message: message(name, error),
      location: ctx.location.child([name, ...tokens(error.instancePath)]),
    });
  }
}

/** The labels of a spec's `x-rtc-rate-limits` (none when it publishes no limits or is malformed). */
function rateLimitLabels(root) {
  const labels = root?.['x-rtc-rate-limits']?.labels;
  return labels && typeof labels === 'object' && !Array.isArray(labels) ? Object.keys(labels) : [];
}

/** The root's `x-rtc-rate-limits`: present, valid, and a daily cap shared only with its own labels. */
function checkRateLimits(root, ctx) {
  const limits = root['x-rtc-rate-limits'];
  if (limits === undefined) {
    ctx.report({
      message:
        'the spec must have a root x-rtc-rate-limits saying whether the provider publishes rate limits (tools/openapi-model/schemas/x-rtc-rate-limits.schema.json)',
      location: ctx.location.child(['openapi']).key(),
    });
    return;
  }
  report(ctx, 'x-rtc-rate-limits', validateRateLimits, limits);
  const labels = rateLimitLabels(root);
  for (const label of labels) {
    const shared = limits.labels[label]?.dailyCap?.sharedWith;
    if (!Array.isArray(shared)) continue;
    shared.forEach((other, i) => {
      if (labels.includes(other) && other !== label) return;
      ctx.report({
        message: `x-rtc-rate-limits label ${label} shares its daily cap with "${other}", which is ${other === label ? 'itself' : 'no other label'} (labels: ${labels.join(', ')})`,
        location: ctx.location.child(['x-rtc-rate-limits', 'labels', label, 'dailyCap', 'sharedWith', i]),
      });
    });
  }
}

function ProviderFacts() {
  return {
    Root: {
      enter(root, ctx) {
        checkRateLimits(root, ctx);
      },
    },
    Info: {
      enter(info, ctx) {
        const facts = info['x-rtc-provider'];
        if (facts === undefined) {
          ctx.report({
            message:
              'info must have x-rtc-provider: the facts code reads about this provider (tools/openapi-model/schemas/x-rtc-provider.schema.json)',
            location: ctx.location.key(),
          });
          return;
        }
        report(ctx, 'x-rtc-provider', validateProvider, facts);
        // spec/<id>/openapi.yaml: the id is the folder's name (and the spec package's suffix)
        const folder = basename(dirname(ctx.location.source.absoluteRef));
        if (typeof facts?.id === 'string' && facts.id !== folder) {
          ctx.report({
            message: `x-rtc-provider id "${facts.id}" must be the spec's folder name "${folder}"`,
            location: ctx.location.child(['x-rtc-provider', 'id']),
          });
        }
      },
    },
  };
}

function OperationExtensions() {
  // the labels an operation's x-rtc-rate-limit may name: the root is entered before any operation
  let labels = [];
  return {
    Root: {
      enter(root) {
        labels = rateLimitLabels(root);
      },
    },
    Operation: {
      enter(operation, ctx) {
        for (const [name, value] of Object.entries(operation)) {
          if (!name.startsWith('x-rtc-')) continue;
          const validate = operationExtensions.get(name);
          if (validate) {
            report(ctx, name, validate, value);
            if (name === 'x-rtc-rate-limit' && typeof value === 'string' && !labels.includes(value)) {
              ctx.report({
                message: `x-rtc-rate-limit "${value}" is not a label of the spec's x-rtc-rate-limits (${labels.length > 0 ? labels.join(', ') : 'which publishes none'})`,
                location: ctx.location.child([name]),
              });
            }
            continue;
          }
          const known = [...operationExtensions.keys()];
          const closest = known.map((k) => [k, distance(name, k)]).sort((a, b) => a[1] - b[1])[0];
          const hint = closest && closest[1] <= 3 ? `; did you mean ${closest[0]}?` : '';
          ctx.report({
            message: `unknown extension ${name}${hint} (operations know ${known.join(', ')}: tools/openapi-model/schemas/)`,
            location: ctx.location.child([name]).key(),
          });
        }
      },
    },
  };
}

function LinkExtensions() {
  return {
    Link: {
      enter(link, ctx) {
        for (const [name, value] of Object.entries(link)) {
          if (!name.startsWith('x-rtc-')) continue;
          const validate = linkExtensions.get(name);
          if (validate) report(ctx, name, validate, value);
          else
            ctx.report({
              message: `unknown extension ${name} (links know ${[...linkExtensions.keys()].join(', ')}: tools/openapi-model/schemas/)`,
              location: ctx.location.child([name]).key(),
            });
        }
      },
    },
  };
}

export default function rtcSessionsPlugin() {
  return {
    id: 'rtc',
    rules: {
      oas3: {
        'provider-facts': ProviderFacts,
        'operation-extensions': OperationExtensions,
        'link-extensions': LinkExtensions,
      },
    },
  };
}
