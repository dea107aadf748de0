/** The operations of a bundled spec as the tests walk them (the site itself reads describeOperations). */
import { describeOperations, resolvePointer } from '@rtc-sessions/openapi-model';

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  summary: string;
  /** The operation's tags: Redoc groups its menu by the first. */
  tags: string[];
}

/** The operations (not the webhooks), in the order the spec lists them; each must have an operationId and a summary. */
export function operationsOf(document: unknown): Operation[] {
  return describeOperations(document).map((op) => {
    // describeOperations names an operation without an id `<method> <path>`; the tests need the spec's own.
    const { operationId } = resolvePointer(document, op.pointer) as { operationId?: unknown };
    if (!op.summary || typeof operationId !== 'string') {
      throw new Error(`${op.method} ${op.path} has no operationId or summary`);
    }
    return {
      method: op.method.toLowerCase(),
      path: op.path,
      operationId,
      summary: op.summary,
      tags: op.tags,
    };
  });
}
