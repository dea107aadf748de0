/** `rtc-mock` / `pnpm mock` arguments: parsed and checked, nothing started. */
import { parseArgs } from 'node:util';
import { ConfigurationError } from '@rtc-sessions/runtime';
import { defaultPort, type Provider, providers } from './index.js';
import { FAULT_NAMES, type Faults, parseFaults } from './sim/faults.js';

export interface CliOptions {
  help: boolean;
  dynamic: boolean;
  ports: Map<Provider, number>;
  simulate?: {
    seed: number;
    sessions?: number;
    scenario?: string;
    webhooks?: string;
    speed: number;
    faults: Faults;
    load?: string;
    save?: string;
  };
}

export const usage =
  () => `Usage: pnpm mock [--dynamic] [--provider <p>]... ${providers.map((p) => `[--${p}-port N]`).join(' ')}
       pnpm mock --simulate [--seed N] [--sessions N] [--scenario FILE] [--webhooks URL] [--speed X]
                 [--faults LIST] [--load FILE] [--save FILE] [--provider <p>]... [--<p>-port N]

Serves each provider's API on 127.0.0.1 (defaults: ${providers.map((p) => `${p} ${defaultPort(p)}`).join(', ')}), under the
path of the spec's first server (https://api.zoom.us/v2/… → http://127.0.0.1:${defaultPort(providers[1] ?? providers[0] ?? '')}/v2/…).
  --dynamic          Prism mock: bodies generated from the schemas instead of the spec's examples
  --provider <p>     only this provider (repeatable)
  --<p>-port N       serve provider <p> on port N (0 = a free port)
  --simulate         a stateful simulator per provider behind Prism (proxy mode, validating both ways)
  --seed N           the world's seed (default 1): same seed, same world
  --sessions N       sessions in each generated world (default 60)
  --scenario FILE    play this scenario (JSON or YAML) once the simulators are up
  --webhooks URL     post the scenario's webhooks here, signed as each provider signs them
  --speed X          play the scenario X times faster than real time (default 1; "max": no waiting)
  --faults LIST      comma-separated: ${FAULT_NAMES.map((f) => (f === 'rate-limit' ? f : `${f}=N`)).join(', ')}
                     (latency and slow-body in ms, 5xx/expired-cursor/repeat-cursor a share 0-1,
                     huge-body in bytes)
  --load FILE        start from the worlds saved in FILE instead of generating them
  --save FILE        on exit (Ctrl-C), save the worlds to FILE
`;

const SIMULATE_ONLY = [
  'seed',
  'sessions',
  'scenario',
  'webhooks',
  'speed',
  'faults',
  'load',
  'save',
] as const;

function count(option: string, raw: string, max: number): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new ConfigurationError(`--${option} must be a whole number from 0 to ${max}, got "${raw}"`);
  }
  return value;
}

function speedOf(raw: string | undefined): number {
  if (raw === undefined) return 1;
  if (raw === 'max') return Number.POSITIVE_INFINITY;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value <= 0) {
    throw new ConfigurationError(`--speed must be a positive number or "max", got "${raw}"`);
  }
  return value;
}

function checkUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(`--webhooks must be an http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigurationError(`--webhooks must be an http(s) URL, got "${raw}"`);
  return raw;
}

/** Throws a ConfigurationError for unknown flags, bad values and simulator flags without `--simulate`. */
export function parseCli(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      dynamic: { type: 'boolean', default: false },
      simulate: { type: 'boolean', default: false },
      provider: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
      ...Object.fromEntries(SIMULATE_ONLY.map((name) => [name, { type: 'string' as const }])),
      ...Object.fromEntries(providers.map((p) => [`${p}-port`, { type: 'string' as const }])),
    },
    strict: true,
    allowPositionals: false,
  });
  const v = values as Record<string, string | boolean | string[] | undefined>;
  const selected = (v.provider as string[] | undefined) ?? [...providers];
  for (const p of selected)
    if (!providers.includes(p)) throw new ConfigurationError(`unknown provider "${p}"`);
  const ports = new Map<Provider, number>();
  for (const p of selected) {
    const raw = v[`${p}-port`] as string | undefined;
    ports.set(p, raw === undefined ? defaultPort(p) : count(`${p}-port`, raw, 65_535));
  }
  const options: CliOptions = { help: v.help === true, dynamic: v.dynamic === true, ports };
  if (v.simulate !== true) {
    const stray = SIMULATE_ONLY.find((name) => v[name] !== undefined);
    if (stray) throw new ConfigurationError(`--${stray} needs --simulate`);
    return options;
  }
  if (options.dynamic)
    throw new ConfigurationError('--dynamic is a Prism mock mode; it does not go with --simulate');
  if (v.webhooks !== undefined && v.scenario === undefined)
    throw new ConfigurationError('--webhooks needs --scenario');
  options.simulate = {
    seed: v.seed === undefined ? 1 : count('seed', v.seed as string, 2 ** 32 - 1),
    speed: speedOf(v.speed as string | undefined),
    faults: v.faults === undefined ? {} : parseFaults(v.faults as string),
    ...(v.sessions !== undefined ? { sessions: count('sessions', v.sessions as string, 1_000_000) } : {}),
    ...(v.scenario !== undefined ? { scenario: v.scenario as string } : {}),
    ...(v.webhooks !== undefined ? { webhooks: checkUrl(v.webhooks as string) } : {}),
    ...(v.load !== undefined ? { load: v.load as string } : {}),
    ...(v.save !== undefined ? { save: v.save as string } : {}),
  };
  return options;
}
