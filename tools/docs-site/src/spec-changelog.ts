/**
 * The classified spec changes of a provider: each change of its spec against the last released
 * bundle, classified for someone who imports the generated client. `@rtc-sessions/api-changes`
 * computes them (the same data `pnpm lint` judges) and its build writes `changes.json`; the hub
 * lists each breaking and non-breaking change with its class. Changes to words and examples only
 * are counted, not listed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ProviderChanges } from '@rtc-sessions/api-changes';

export interface SpecChange {
  /** `breaking` or `non-breaking`. */
  class: string;
  text: string;
  /** Where a client user meets it: the operation or webhook, and the part of it. */
  where?: string;
}

export interface SpecChangelog {
  /** Where the data comes from, as a reader can find it. */
  file: string;
  /** What the spec was compared with. */
  base?: string;
  changes: SpecChange[];
  /** Changes to descriptions and examples only. */
  docsChanges: number;
}

const source = '@rtc-sessions/api-changes/changes.json';

/** Every provider's changes, as `@rtc-sessions/api-changes` wrote them at its build. */
export function loadAllSpecChanges(): ProviderChanges[] {
  const path = createRequire(import.meta.url).resolve(source);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { providers?: ProviderChanges[] };
  if (!Array.isArray(parsed.providers)) throw new Error(`${source} has no "providers" array`);
  return parsed.providers;
}

/** One provider's changelog for the hub; undefined when the data has no entry for it. */
export function specChangelogOf(providerId: string, all: ProviderChanges[]): SpecChangelog | undefined {
  const entry = all.find((p) => p.provider === providerId);
  if (!entry) return undefined;
  const released = entry.released;
  const base = released
    ? released.version
      ? `${released.client}@${released.version}`
      : released.basis
    : undefined;
  return {
    file: `${source} (pnpm --filter @rtc-sessions/api-changes exec rtc-api-changes changelog)`,
    ...(base ? { base } : {}),
    changes: entry.changes
      .filter((c) => c.class !== 'docs')
      .map((c) => ({ class: c.class, text: c.change, where: c.where })),
    docsChanges: entry.counts.docs,
  };
}
