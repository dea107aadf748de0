import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { JsonObject } from '../pointer.js';

/** The extensions with a JSON Schema under `schemas/` (the Redocly plugin lints them with these). */
export type ExtensionName = 'x-rtc-provider' | 'x-rtc-pagination' | 'x-rtc-rate-limits' | 'x-rtc-rate-limit';

const EXTENSION_NAMES: readonly ExtensionName[] = [
  'x-rtc-provider',
  'x-rtc-pagination',
  'x-rtc-rate-limits',
  'x-rtc-rate-limit',
];
const SCHEMA_ID = (name: ExtensionName) => `https://rtc-sessions.dev/openapi-model/${name}.schema.json`;

/** The JSON Schema of an extension, as shipped in `schemas/<name>.schema.json`. */
export function extensionSchema(name: ExtensionName): JsonObject {
  return JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8'));
}

let ajv: Ajv2020 | undefined;

function validatorFor(name: ExtensionName): ValidateFunction {
  if (!ajv) {
    // all at once: a schema may $ref another (x-rtc-rate-limits names labels by x-rtc-rate-limit)
    ajv = new Ajv2020({ allErrors: true });
    for (const each of EXTENSION_NAMES) ajv.addSchema(extensionSchema(each));
  }
  const validate = ajv.getSchema(SCHEMA_ID(name));
  if (!validate) throw new Error(`no JSON Schema for ${name}`);
  return validate;
}

/** Problems as one line. */
export function describeProblems(errors: readonly ErrorObject[]): string {
  return errors.map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}`).join('; ');
}

/** Problems of a value against an extension's schema, one line each (empty when it conforms). */
export function extensionProblems(name: ExtensionName, value: unknown): ErrorObject[] {
  const validate = validatorFor(name);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
