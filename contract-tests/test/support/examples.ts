// Every media-type example of the bundled specs, as test cases.
import { resolvePointer } from '@rtc-sessions/openapi-model';
import { deref, type Json, operations, type Provider, type SpecValidator } from './openapi-ajv.js';

export interface ExampleCase {
  provider: Provider;
  operationId: string;
  /** 'request' for a request body, else the response status. */
  where: string;
  mediaType: string;
  name: string;
  schema: Json;
  value: unknown;
}

/** Every media-type example (request bodies and responses) of every operation of the bundled specs. */
export function collectExamples(validators: Record<Provider, SpecValidator>): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const [provider, { doc }] of Object.entries(validators) as Array<[Provider, SpecValidator]>) {
    for (const { operationId, info } of operations(provider, doc)) {
      const bodies = [
        ...info.requestBody.map((body) => ({ where: 'request', ...body })),
        ...info.responses.map((response) => ({ where: response.status, ...response })),
      ];
      for (const { where, contentType, media: at } of bodies) {
        if (!contentType || !at) continue;
        const media: Json = resolvePointer(doc, at);
        const base = { provider, operationId, where, mediaType: contentType, schema: media.schema };
        if (media.example !== undefined) cases.push({ ...base, name: 'example', value: media.example });
        for (const [name, example] of Object.entries<Json>(media.examples ?? {})) {
          cases.push({ ...base, name, value: deref(doc, example).value });
        }
      }
    }
  }
  return cases;
}
