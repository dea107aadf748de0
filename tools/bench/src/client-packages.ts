import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A client package this benchmark depends on. */
export interface ClientPackage {
  /** Its npm name, e.g. `@rtc-sessions/videosdk`. */
  name: string;
  /** The provider's name from the spec it ships (`info.x-rtc-provider.name`). */
  providerName: string;
}

interface Manifest {
  devDependencies?: Record<string, string>;
  exports?: Record<string, unknown>;
}

/**
 * The client packages among this package's dependencies: the workspace packages that ship their
 * provider's spec (`./openapi.json`). Found, not listed, so a new provider's client is measured once
 * it is added to package.json (which also makes turbo build it first).
 */
export function clientPackages(): ClientPackage[] {
  const own = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Manifest;
  return Object.keys(own.devDependencies ?? {})
    .filter((name) => name.startsWith('@rtc-sessions/'))
    .filter((name) => {
      const manifest = require(`${name}/package.json`) as Manifest;
      return manifest.exports?.['./openapi.json'] !== undefined;
    })
    .map((name) => {
      const spec = require(`${name}/openapi.json`) as { info: { 'x-rtc-provider': { name: string } } };
      return { name, providerName: spec.info['x-rtc-provider'].name };
    });
}
