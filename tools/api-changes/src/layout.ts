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

/**
 * What `released.json` says about the snapshot beside it. It names no version: the snapshot is
 * replaced exactly when versions change (`version-packages`), so the released version is the
 * client's `package.json` version, read from there (one home for each fact).
 */
export interface ReleasedFile {
  /** How the snapshot was made. */
  basis: string;
  /** True for the seed, a snapshot taken before anything was published. */
  seed?: boolean;
  /** Anything a reader of the changelog should know about it. */
  note?: string;
}

/** The snapshot as reported: its file, plus the client and the version it was released as. */
export interface ReleasedInfo extends ReleasedFile {
  client: string;
  /** The client's version at release; null for the seed. */
  version: string | null;
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
    releasedInfo: hasReleased ? releasedInfo(join(releasedDir, 'released.json'), pkg) : undefined,
    client: { name: String(pkg.name), version: String(pkg.version), dir },
  };
}

function releasedInfo(path: string, pkg: Json): ReleasedInfo {
  const file = readJson(path) as ReleasedFile;
  if (typeof file?.basis !== 'string') throw new SpecChangesError(`${path} has no "basis"`);
  return { ...file, client: String(pkg.name), version: file.seed ? null : String(pkg.version) };
}

export function releasedDir(root: string, folder: string): string {
  return join(root, 'spec', folder, 'released');
}
