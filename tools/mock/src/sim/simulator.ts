/**
 * `startSimulator()`: a stateful, seeded simulator per provider, each behind Prism in proxy mode
 * (`prism proxy SPEC UPSTREAM --errors`), so every request and response is checked against the
 * contract on the way through.
 */

import { ConfigurationError } from '@rtc-sessions/runtime';
import { launchPrism, type PrismProcess } from '../prism-process.js';
import { prismSpec } from '../prism-spec.js';
import { loadSpec } from '../specs.js';
import { SimContext } from './context.js';
import { checkFaults, type Faults } from './faults.js';
import { createPlayer, type PlayOptions, type PlayResult } from './player.js';
import { providerModules } from './providers/index.js';
import { loadScenario, parseScenario, type Scenario } from './scenario.js';
import { startSimServer } from './server.js';
import { specFacts } from './spec-facts.js';
import { loadState, type SavedState, saveState } from './state-file.js';
import { type Delivery, loadSigner, type Signer } from './webhook-delivery.js';
import { generateWorld, type WorldOptions } from './world.js';

export interface StartSimulatorOptions {
  /** Which providers to simulate. Default: every provider the simulator knows. */
  providers?: readonly string[];
  /** Seed of the world, its ids and the faults' dice. Default 1. */
  seed?: number;
  /** Size and time span of the generated world (ignored when `stateFile` is given). */
  world?: Omit<WorldOptions, 'seed'>;
  /** Load the worlds from this file (written by `save()`) instead of generating them. */
  stateFile?: string;
  /** Faults to switch on for the run. Default none. */
  faults?: Faults;
  /**
   * Put Prism in proxy mode in front of each simulator (default `true`). `false` serves the
   * simulators directly, unchecked: for benchmarks' baselines only.
   */
  prism?: boolean;
  /** Prism's port per provider; 0 (the default) picks a free one. */
  ports?: Readonly<Record<string, number>>;
  /** The simulators' clock (epoch ms): cursor expiry, write times. Default `Date.now`. */
  clock?: () => number;
  /** How long to wait for each Prism to answer. Default 60 000 ms. */
  startTimeoutMs?: number;
  /**
   * Per provider, the options of its `createTestDelivery` (`@rtc-sessions/<p>/webhooks/testing`)
   * that deliveries are signed with: Zoom `{ secretToken }`, 100ms `{ secretHeaders }`,
   * VideoSDK `{ privateKey, publicKey }`. Defaults: `DEFAULT_SIGNING` (VideoSDK: the client's
   * test key pair, whose public key `getWebhookPublicKey` serves).
   */
  webhookSigning?: Readonly<Record<string, Record<string, unknown>>>;
}

export interface SimulatedProvider {
  provider: string;
  /** Base URL through Prism, with the spec's server path (`http://127.0.0.1:4011/v2`): a client's `baseUrl`. */
  baseUrl: string;
  /** The simulator itself, unchecked (same path layout). */
  directUrl: string;
  context: SimContext;
  /** The tail of Prism's log (its validation messages), or '' without Prism. */
  prismOutput(): string;
}

export interface RunningSimulator {
  providers: Readonly<Record<string, SimulatedProvider>>;
  /** The base URL of one provider (through Prism). */
  baseUrl(provider: string): string;
  /** One simulated provider; throws when it is not part of this run. */
  provider(provider: string): SimulatedProvider;
  /**
   * Plays a scenario (a file path, or one already parsed) against every simulated provider;
   * resolves once every step ran and every delivery was delivered or ran out of retries.
   */
  play(scenario: string | Scenario, options?: PlayOptions): Promise<PlayResult>;
  /** Every webhook delivery sent so far, with its attempts. */
  deliveries(): Delivery[];
  /** Every world as it is now. */
  snapshot(): SavedState;
  /** Writes every world to `path` (JSON); `stateFile` loads it back. */
  save(path: string): void;
  /** Stops Prism and the simulators; resolves once they are down. Safe to call twice. */
  stop(): Promise<void>;
}

function checkOptions(options: StartSimulatorOptions): string[] {
  const known = Object.keys(providerModules);
  const chosen = options.providers ? [...options.providers] : known;
  for (const p of chosen) {
    if (!known.includes(p))
      throw new ConfigurationError(`unknown provider "${p}" (expected one of ${known.join(', ')})`);
  }
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new ConfigurationError(`seed must be a non-negative integer, got ${seed}`);
  for (const [name, value] of Object.entries(options.world ?? {})) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new ConfigurationError(`world.${name} must be a finite non-negative number, got ${value}`);
    }
  }
  checkFaults(options.faults ?? {});
  return chosen;
}

async function startOne(provider: string, options: StartSimulatorOptions, saved: SavedState | undefined) {
  const module = providerModules[provider];
  if (!module) throw new ConfigurationError(`unknown provider "${provider}"`);
  const spec = loadSpec(provider);
  const facts = specFacts(spec);
  const loaded = saved?.providers[provider];
  if (saved && !loaded) throw new ConfigurationError(`the state file has no world for ${provider}`);
  const world = loaded ?? generateWorld(module.ids, { ...options.world, seed: options.seed ?? 1 });
  const context = new SimContext(world, facts, module.ids, options.clock ?? Date.now, options.faults ?? {});
  if (!loaded) module.seed?.(context);
  // Signing needs the provider's client (an optional peer dependency): loaded when present.
  const signer = await loadSigner(provider, options.webhookSigning?.[provider]).catch(
    (error: Error) => error,
  );
  if (!(signer instanceof Error)) context.webhookPublicKey = signer.publicKey;
  const server = await startSimServer(context, module);
  let prism: PrismProcess | undefined;
  if (options.prism !== false) {
    const served = prismSpec(spec.specPath);
    prism = await launchPrism({
      label: `Prism (proxy) for ${provider}`,
      args: ['proxy', served.path, server.url, '--errors'],
      port: options.ports?.[provider] ?? 0,
      startTimeoutMs: options.startTimeoutMs ?? 60_000,
    }).catch(async (error) => {
      await server.close();
      throw error;
    });
  }
  const sim: SimulatedProvider = {
    provider,
    baseUrl: `${prism?.origin ?? server.url}${facts.basePath}`,
    directUrl: `${server.url}${facts.basePath}`,
    context,
    prismOutput: () => prism?.output() ?? '',
  };
  const getSigner = async (): Promise<Signer> => {
    if (signer instanceof Error) throw signer;
    return signer;
  };
  return { sim, server, prism, getSigner };
}

/** Starts the simulators (and their Prisms) and resolves once every one answers. */
export async function startSimulator(options: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  const chosen = checkOptions(options);
  const saved = options.stateFile ? loadState(options.stateFile) : undefined;
  const started = await Promise.allSettled(chosen.map((p) => startOne(p, options, saved)));
  const running = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const stopAll = async () => {
    await Promise.all(running.map(async ({ server, prism }) => Promise.all([server.close(), prism?.stop()])));
  };
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await stopAll();
    throw failed.reason;
  }
  const providers = Object.fromEntries(running.map(({ sim }) => [sim.provider, sim]));
  const one = (provider: string): SimulatedProvider => {
    const sim = providers[provider];
    if (!sim) throw new ConfigurationError(`provider "${provider}" is not simulated in this run`);
    return sim;
  };
  let stopping: Promise<void> | undefined;
  const snapshot = (): SavedState => ({
    version: 1,
    providers: Object.fromEntries(running.map(({ sim }) => [sim.provider, sim.context.snapshot()])),
  });
  const player = createPlayer(running.map(({ sim, getSigner }) => ({ ctx: sim.context, signer: getSigner })));
  return {
    providers,
    play: (scenario, playOptions) => {
      const parsed =
        typeof scenario === 'string'
          ? loadScenario(scenario)
          : parseScenario(JSON.stringify(scenario), scenario.name);
      return player.play(parsed.scenario, parsed.steps, playOptions);
    },
    deliveries: player.deliveries,
    baseUrl: (provider) => one(provider).baseUrl,
    provider: (provider) => one(provider),
    snapshot,
    save: (path) => saveState(path, snapshot()),
    stop: () => {
      stopping ??= stopAll();
      return stopping;
    },
  };
}
