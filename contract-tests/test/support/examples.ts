// Every media-type example of the bundled specs, as test cases.
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
    for (const { operationId, op } of operations(provider, doc)) {
      const containers: Array<[string, Json]> = [];
      if (op.requestBody) containers.push(['request', deref(doc, op.requestBody)]);
      for (const [status, response] of Object.entries<Json>(op.responses)) {
        containers.push([status, deref(doc, response)]);
      }
      for (const [where, container] of containers) {
        for (const [mediaType, media] of Object.entries<Json>(container.content ?? {})) {
          if (media.example !== undefined) {
            cases.push({
              provider,
              operationId,
              where,
              mediaType,
              name: 'example',
              schema: media.schema,
              value: media.example,
            });
          }
          for (const [name, example] of Object.entries<Json>(media.examples ?? {})) {
            cases.push({
              provider,
              operationId,
              where,
              mediaType,
              name,
              schema: media.schema,
              value: deref(doc, example).value,
            });
          }
        }
      }
    }
  }
  return cases;
}
