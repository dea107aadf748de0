/**
 * The classified spec changes of a provider, when the repository has them: `spec/<provider>/CHANGELOG.spec.json`,
 * written by the spec-diff step (each change of the spec against the last released bundle, classified
 * as breaking or not for someone who imports the generated client). The hub lists each change with
 * its class. The file is optional: without it the hub shows the changesets only.
 *
 * Accepted shape (extra fields are ignored):
 * `{ "base"?: string, "changes": [{ "class": "breaking" | "non-breaking" | string,
 *    "message" | "description" | "text": string, "operation"? | "pointer"? | "path"?: string }] }`
 * or the `changes` array alone.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './repo-history.js';

export interface SpecChange {
  /** `breaking`, `non-breaking`, or another class the diff step names. */
  class: string;
  text: string;
  /** The operation, path or pointer the change is at. */
  where?: string;
}

export interface SpecChangelog {
  /** The file, relative to the repository root. */
  file: string;
  /** What the spec was compared with (a version or a bundle), if the file says. */
  base?: string;
  changes: SpecChange[];
}

/** Where the hub looks for a provider's classified spec changes. */
export function specChangelogPath(providerId: string, root = repoRoot): string {
  return join(root, 'spec', providerId, 'CHANGELOG.spec.json');
}

const MAX_BYTES = 5 * 1024 * 1024;

function stringField(record: Record<string, unknown>, names: string[]): string | undefined {
  for (const name of names)
    if (typeof record[name] === 'string' && record[name] !== '') return record[name] as string;
  return undefined;
}

/** Reads and checks the file; undefined when there is none, an error naming the file when it is malformed. */
export function loadSpecChangelog(providerId: string, root = repoRoot): SpecChangelog | undefined {
  const path = specChangelogPath(providerId, root);
  if (!existsSync(path)) return undefined;
  const file = `spec/${providerId}/CHANGELOG.spec.json`;
  if (statSync(path).size > MAX_BYTES) throw new Error(`${file} is larger than ${MAX_BYTES} bytes`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not JSON: ${(error as Error).message}`);
  }
  const container = Array.isArray(parsed) ? { changes: parsed } : (parsed as Record<string, unknown> | null);
  const raw = container && typeof container === 'object' ? container.changes : undefined;
  if (!Array.isArray(raw)) throw new Error(`${file} has no "changes" array`);
  const changes = raw.map((item, index): SpecChange => {
    const record = (item ?? {}) as Record<string, unknown>;
    const klass = stringField(record, ['class', 'classification', 'kind']);
    const text = stringField(record, ['message', 'description', 'text', 'summary']);
    if (!klass || !text) throw new Error(`${file}: changes[${index}] needs a "class" and a "message"`);
    const where = stringField(record, ['operation', 'operationId', 'pointer', 'path', 'location']);
    return { class: klass, text, ...(where ? { where } : {}) };
  });
  const base = typeof container?.base === 'string' ? container.base : undefined;
  return { file, ...(base ? { base } : {}), changes };
}
