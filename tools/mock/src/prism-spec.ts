/**
 * The document Prism is given: the bundled spec with every path under the first server's base
 * path (`/v2/videosdk/sessions`), so that a URL copied from the docs works against the stand-in
 * with only its origin changed. Prism matches request paths against `paths:` only; it does not
 * strip a server's base path (its `servers` only check a `__server` query parameter).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonObject } from '@rtc-sessions/openapi-model';
import { serverBasePath } from './sim/spec-facts.js';

let dir: string | undefined;
const written = new Map<string, { path: string; basePath: string }>();

function workDir(): string {
  if (!dir) {
    const created = mkdtempSync(join(tmpdir(), 'rtc-mock-'));
    dir = created;
    process.once('exit', () => rmSync(created, { recursive: true, force: true }));
  }
  return dir;
}

/** Writes (once per process and spec) the prefixed copy of `specPath`; returns it with the base path. */
export function prismSpec(specPath: string): { path: string; basePath: string } {
  const cached = written.get(specPath);
  if (cached) return cached;
  let doc: JsonObject;
  try {
    doc = JSON.parse(readFileSync(specPath, 'utf8')) as JsonObject;
  } catch {
    // Not JSON we can read: Prism gets the file as it is and says what is wrong with it.
    return { path: specPath, basePath: '' };
  }
  const basePath = serverBasePath(doc);
  const paths = (doc.paths ?? {}) as Record<string, unknown>;
  const prefixed = Object.fromEntries(
    Object.entries(paths).map(([path, item]) => [`${basePath}${path}`, item]),
  );
  const out = join(workDir(), `${written.size}-${basePath.replace(/\W/g, '_')}-openapi.json`);
  writeFileSync(out, JSON.stringify({ ...doc, paths: prefixed }));
  const result = { path: out, basePath };
  written.set(specPath, result);
  return result;
}
