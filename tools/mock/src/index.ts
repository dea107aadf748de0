import { existsSync } from 'node:fs';
import { specPackageName } from '@rtc-sessions/openapi-model';
import { launchPrism, MockStartError } from './prism-process.js';
import { prismSpec } from './prism-spec.js';
import { findSpecFile, loadSpec, specProviders } from './specs.js';

export { findFreePort, MockStartError } from './prism-process.js';
export { FAULT_NAMES, type Faults, parseFaults } from './sim/faults.js';
export type { PlayOptions, PlayResult } from './sim/player.js';
export {
  loadScenario,
  type PlayStep,
  parseScenario,
  type Scenario,
  ScenarioError,
  type ScenarioStep,
} from './sim/scenario.js';
export {
  type RunningSimulator,
  type SimulatedProvider,
  type StartSimulatorOptions,
  startSimulator,
} from './sim/simulator.js';
export type { SavedState } from './sim/state-file.js';
export {
  DEFAULT_SIGNING,
  type Delivery,
  type DeliveryAttempt,
  type RetryPolicy,
  retryPolicyOf,
  UNPUBLISHED_TIMEOUT_MS,
} from './sim/webhook-delivery.js';
/** The scenarios that ship with the package (`class-drop-rejoin`, `webinar-200`, `ends-while-connected`). */
export const bundledScenario = (name: string): string =>
  new URL(`../scenarios/${name}.yaml`, import.meta.url).pathname;

/** A provider id (`videosdk`…): one of {@link providers}. */
export type Provider = string;

/** The providers whose specs can be mocked: the spec packages this package depends on. */
export const providers: readonly Provider[] = specProviders;

/**
 * The fixed port `pnpm mock` serves a provider on: its spec's `info.x-rtc-provider.mockPort`
 * (tests use free ports instead).
 */
export function defaultPort(provider: Provider): number {
  assertProvider(provider);
  let port = mockPorts.get(provider);
  if (port === undefined) {
    port = loadSpec(provider).facts.mockPort;
    mockPorts.set(provider, port);
  }
  return port;
}
// Each port read once: reading it parses the whole bundled spec.
const mockPorts = new Map<Provider, number>();

function assertProvider(provider: Provider): void {
  if (!providers.includes(provider)) {
    throw new MockStartError(
      `unknown provider "${String(provider)}" (expected one of ${providers.join(', ')})`,
    );
  }
}

export interface StartMockOptions {
  /** Which provider's spec to serve. */
  provider: Provider;
  /** Port on 127.0.0.1; `0` (the default) picks a free port. */
  port?: number;
  /**
   * Dynamic mode (`prism mock -d`): bodies are generated from the schemas instead of taken from
   * the spec's examples. Per request, `Prefer: dynamic=true` does the same. Default `false`.
   */
  dynamic?: boolean;
  /** Serve this OpenAPI document instead of the provider's bundled spec (tests, local edits). */
  specPath?: string;
  /** How long to wait for Prism to answer HTTP before giving up. Default 60 000 ms. */
  startTimeoutMs?: number;
}

export interface RunningMock {
  /**
   * Base URL of the mock: its origin and the spec's server path, e.g. `http://127.0.0.1:41234/v2`
   * for `https://api.zoom.us/v2`; use it as a client's `baseUrl`. A URL from the docs works with
   * only its origin changed.
   */
  readonly url: string;
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  readonly port: number;
  readonly provider: Provider;
  /** The OpenAPI document Prism serves. */
  readonly specPath: string;
  /** Settles with Prism's exit code once the process has exited (after `stop()`, or on a crash). */
  readonly exited: Promise<number | null>;
  /** Stops Prism and resolves once the process has exited. Safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * Path of the provider's bundled spec: `@rtc-sessions/spec-<p>/openapi.json` in this repository,
 * the copy in the package's `dist/specs/` once installed; throws if neither exists.
 */
export function specPathFor(provider: Provider): string {
  assertProvider(provider);
  const path = findSpecFile(provider);
  if (!path) throw missingSpec(specPackageName(provider), `${specPackageName(provider)}/openapi.json`);
  return path;
}

function missingSpec(specPackage: string, path: string): MockStartError {
  return new MockStartError(
    `the bundled spec ${path} does not exist: build it first (pnpm turbo run build --filter=${specPackage})`,
  );
}

/** Starts Prism for one provider on 127.0.0.1 and resolves once it answers HTTP requests. */
export async function startMock(options: StartMockOptions): Promise<RunningMock> {
  const { provider, dynamic = false, startTimeoutMs = 60_000 } = options;
  const specPath = options.specPath ?? specPathFor(provider);
  if (!existsSync(specPath)) throw new MockStartError(`spec file ${specPath} does not exist`);
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new MockStartError(`invalid port ${port}`);
  const served = prismSpec(specPath);
  // Prism's faker fills objects with made-up properties unless told not to.
  const args = ['mock', served.path, ...(dynamic ? ['-d', '--json-schema-faker-fillProperties=false'] : [])];
  const prism = await launchPrism({ label: `Prism for ${provider}`, args, port, startTimeoutMs });
  return {
    url: `${prism.origin}${served.basePath}`,
    origin: prism.origin,
    port: prism.port,
    provider,
    specPath,
    exited: prism.exited,
    stop: prism.stop,
  };
}
