import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Module = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: any class, whatever its constructor takes
type Class = abstract new (...args: any[]) => unknown;

/** What every client package must be, as seen from its main entry. */
export interface ClientPackage {
  /** The client's npm name, for the test titles. */
  name: string;
  /** `import * as client from '../src/index.js'`. */
  client: Module;
  /** `import * as runtime from '@rtc-sessions/runtime'` (passed in: the runtime's own tests use these helpers). */
  runtime: Module;
  /** Calls the client's `createClient` with no credentials anywhere (it must throw). */
  createWithoutCredentials: () => unknown;
  /** The client's `src/index.ts`, whose `ClientOptions` JSDoc names the credential variables. */
  source: URL;
}

/** The client's `credentialEnv` (from the spec's `x-rtc-provider.credentials`). */
interface CredentialEnv {
  keys: readonly (readonly [option: string, env: string])[];
  tokenEnv: string;
}

/** The variable each credential option's JSDoc names as its `@default`, by option. */
function documentedDefaults(source: string): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const match of source.matchAll(/@default process\.env\.(\w+)[\s\S]*?\*\/\s*(\w+)\?:/g))
    defaults.set(match[2] as string, match[1] as string);
  return defaults;
}

/** The runtime's error classes: every export that is `RtcSessionsError` or extends it. */
function errorClasses(runtime: Module): [string, Class][] {
  const base = runtime.RtcSessionsError as Class;
  return Object.entries(runtime).filter(
    (entry): entry is [string, Class] =>
      typeof entry[1] === 'function' && (entry[1] === base || entry[1].prototype instanceof base),
  );
}

/**
 * The tests every client package shares: it re-exports the runtime's error family, one class per
 * error whichever entry a user imports, and what it throws belongs to that family.
 */
export function describeClientPackage(pkg: ClientPackage): void {
  describe(`${pkg.name} as a client package`, () => {
    it("re-exports the runtime's error family: one class per error, whichever import", () => {
      const classes = errorClasses(pkg.runtime);
      expect(classes.map(([name]) => name)).toEqual(
        expect.arrayContaining([
          'RtcSessionsError',
          'ApiError',
          'ConnectionError',
          'TimeoutError',
          'ConfigurationError',
        ]),
      );
      for (const [name, errorClass] of classes) expect(pkg.client[name], name).toBe(errorClass);
    });

    it('throws errors of that family', () => {
      expect(pkg.createWithoutCredentials).toThrow(pkg.runtime.RtcSessionsError as Class);
      const TimeoutError = pkg.client.TimeoutError as new (m: string, p: string, ms: number) => Error;
      expect(new TimeoutError('GET', '/x', 1)).toBeInstanceOf(pkg.client.RtcSessionsError as Class);
    });

    it("documents the spec's credential variables, and only those, in ClientOptions", () => {
      const env = pkg.client.credentialEnv as CredentialEnv;
      const expected = new Map([
        ...env.keys.map(([option, name]) => [option, name] as const),
        ['token', env.tokenEnv],
      ]);
      const source = readFileSync(pkg.source, 'utf8');
      expect(documentedDefaults(source)).toEqual(expected);
      // every variable named elsewhere (`NAME`, or process.env.NAME) is one of the spec's too
      const named = [...source.matchAll(/(?:`|process\.env\.)([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)/g)];
      expect(named.length).toBeGreaterThan(0);
      for (const [, name] of named) expect([...expected.values()], name).toContain(name);
    });
  });
}
