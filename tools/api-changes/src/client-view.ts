/**
 * What a user of a generated client sees of a spec, as a document a diff tool understands.
 *
 * OpenAPI 3.1 `webhooks` are deliveries the client's user *receives*, like a response body, so a
 * change to a payload must be judged as a response change (a field that stops being required
 * breaks a receiver, a new one does not). The diff tool knows requests and responses but not
 * `webhooks` (an OpenAPI 3.1 addition), so each event is presented as a response of a path of its
 * own, under a prefix (`/{webhook}/<event>`) that is mapped back before anything is reported; a
 * spec with a real path under that prefix is refused rather than mixed up with its events.
 */

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is free-form JSON
export type Json = any;

export const WEBHOOK_PREFIX = '/{webhook}/';

export function clientView(doc: Json): Json {
  const view = structuredClone(doc ?? {});
  const paths: Record<string, Json> = { ...(view.paths ?? {}) };
  if (Object.keys(paths).some((path) => path.startsWith(WEBHOOK_PREFIX)))
    throw new Error(`a path starts with ${WEBHOOK_PREFIX}, the prefix that stands for webhooks here`);
  for (const [name, item] of Object.entries<Json>(view.webhooks ?? {})) {
    const operation = item?.post ?? Object.values<Json>(item ?? {}).find((value) => value?.requestBody);
    const content = operation?.requestBody?.content;
    if (!content) continue;
    paths[`${WEBHOOK_PREFIX}${name}`] = {
      post: {
        operationId: operation.operationId ?? name,
        responses: { delivery: { description: `The ${name} event`, content } },
      },
    };
  }
  view.paths = paths;
  delete view.webhooks;
  return view;
}

/** The node at `path` in `doc`, following internal `$ref`s on the way (a bundled spec has no others). */
export function nodeAt(doc: Json, path: readonly (string | number)[]): Json {
  let node = doc;
  for (const key of path) {
    node = deref(doc, node);
    if (node === null || typeof node !== 'object') return undefined;
    node = node[key];
  }
  return deref(doc, node);
}

function deref(doc: Json, node: Json): Json {
  let current = node;
  // bounded: a bundled spec's chains of bare $refs are short; a cycle of bare $refs is malformed
  for (let hops = 0; hops < 32 && current && typeof current.$ref === 'string'; hops++) {
    const ref: string = current.$ref;
    if (!ref.startsWith('#/')) return current;
    current = ref
      .slice(2)
      .split('/')
      .reduce<Json>(
        (at, token) => (at == null ? at : at[token.replace(/~1/g, '/').replace(/~0/g, '~')]),
        doc,
      );
  }
  return current;
}
