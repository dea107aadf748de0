import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { JsonObject } from '../pointer.js';

/** The extensions with a JSON Schema under `schemas/` (the Redocly plugin lints them with these). */
export type ExtensionName = 'x-rtc-provider' | 'x-rtc-pagination';

const validators = new Map<ExtensionName, ValidateFunction>();

/** The JSON Schema of an extension, as shipped in `schemas/<name>.schema.json`. */
export function extensionSchema(name: ExtensionName): JsonObject {
  return JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8'));
}

function validatorFor(name: ExtensionName): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    validate = new Ajv2020({ allErrors: true }).compile(extensionSchema(name));
    validators.set(name, validate);
  }
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
