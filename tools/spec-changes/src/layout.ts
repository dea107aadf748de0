/**
 * Where the facts live in a checkout (or a scratch copy of one): each provider's current bundle
 * (`spec/<p>/dist/openapi.json`, built by the spec package), its last released bundle
 * (`spec/<p>/released/openapi.json` + `released.json`, written by `version-packages`), and the
 * client package generated from it (`packages/<id>/package.json`, `<id>` from
 * `info.x-rtc-provider.id`). A provider is its folder: no list here names one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Json } from './client-view.js';

/** What `released.json` says about the snapshot beside it. */
export interface ReleasedInfo {
  /** The client package the snapshot was released with. */
  client: string;
  /** Its version at release, or null when the snapshot predates any release (the seed). */
  version: string | null;
  /** How the snapshot was made. */
  basis: string;
  /** Anything a reader of the changelog should know about it. */
  note?: string;
}

export interface ProviderFiles {
  /** The folder name under spec/. */
  folder: string;
  current: Json;
  released: Json | undefined;
  releasedInfo: ReleasedInfo | undefined;
  /** The client package's name and version. */
  client: { name: string; version: string; dir: string };
}

export class SpecChangesError extends Error {
  override readonly name = 'SpecChangesError';
}

const MAX_SPEC_BYTES = 32 * 1024 * 1024;

export function readJson(path: string): Json {
  const text = readFileSync(path, 'utf8');
  if (text.length > MAX_SPEC_BYTES)
    throw new SpecChangesError(`${path} is larger than ${MAX_SPEC_BYTES} bytes`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SpecChangesError(`${path} is not JSON: ${(error as Error).message}`);
  }
}

/** Every provider under `<root>/spec`, with its bundles and client. */
export function readProviders(root: string): ProviderFiles[] {
  const specDir = join(root, 'spec');
  if (!existsSync(specDir)) throw new SpecChangesError(`no spec/ folder under ${root}`);
  const folders = readdirSync(specDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(specDir, entry.name, 'openapi.yaml')))
    .map((entry) => entry.name)
    .sort();
  return folders.map((folder) => readProvider(root, folder));
}

function readProvider(root: string, folder: string): ProviderFiles {
  const bundle = join(root, 'spec', folder, 'dist', 'openapi.json');
  if (!existsSync(bundle))
    throw new SpecChangesError(`${bundle} is missing: build the spec first (pnpm build, or turbo's ^build)`);
  const current = readJson(bundle);
  const id = current?.info?.['x-rtc-provider']?.id;
  if (typeof id !== 'string' || id === '')
    throw new SpecChangesError(`${bundle} has no info.x-rtc-provider.id, which names its client package`);
  const dir = join(root, 'packages', id);
  const pkg = readJson(join(dir, 'package.json'));
  const releasedDir = join(root, 'spec', folder, 'released');
  const hasReleased = existsSync(join(releasedDir, 'openapi.json'));
  return {
    folder,
    current,
    released: hasReleased ? readJson(join(releasedDir, 'openapi.json')) : undefined,
    releasedInfo: hasReleased ? (readJson(join(releasedDir, 'released.json')) as ReleasedInfo) : undefined,
    client: { name: String(pkg.name), version: String(pkg.version), dir },
  };
}

export function releasedDir(root: string, folder: string): string {
  return join(root, 'spec', folder, 'released');
}
