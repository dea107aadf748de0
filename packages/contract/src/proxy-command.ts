/** `rtc-contract proxy`: its flags, the run until a signal or a bound, and the report. */
import {
  type CommandSpec,
  commandHelp,
  formatOption,
  HELP_FLAG,
  noPositionals,
  numberOption,
  parseFlags,
  urlOption,
} from './command.js';
import { credentialEnv } from './credentials.js';
import { EXIT } from './exit-codes.js';
import { type Io, untilStopped } from './io.js';
import { requireProvider } from './manifest.js';
import { DEFAULT_UPSTREAM_TIMEOUT_MS, startProxy } from './proxy.js';
import { exitCodeFor, formatReport, REPORT_FORMATS, summarizeResults, summaryLine } from './report.js';
import { loadValidators } from './validators.js';

/** The port `proxy` listens on unless `--port` says otherwise. */
export const DEFAULT_PROXY_PORT = 8790;

export const PROXY = {
  name: 'proxy',
  usage: [
    'proxy --provider P [--upstream URL] [--port N] [--record DIR] [--format F] [--max-exchanges N] [--duration S]',
  ],
  summary: `A validating proxy in front of the provider: point your app's base URL (or staging traffic) at it.
Each request goes to the upstream unchanged and its answer back unchanged; then the request
(parameters, body) and the response (status, headers, body) are checked against the contract and
a line per exchange goes to stderr. On Ctrl-C / SIGTERM, --max-exchanges or --duration it prints
the report to stdout (pretty, json or junit) and exits as verify does. Authorization and other
credentials the app sends are redacted from the report and the recordings.`,
  flags: {
    provider: {
      type: 'string',
      value: 'P',
      description: 'the provider whose contract the traffic is checked against',
    },
    upstream: {
      type: 'string',
      value: 'URL',
      description: "where to forward to (default: the spec's first server)",
    },
    port: { type: 'string', value: 'N', description: `default ${DEFAULT_PROXY_PORT} (0: any free port)` },
    host: { type: 'string', value: 'H', description: 'the address to listen on (default 127.0.0.1)' },
    record: {
      type: 'string',
      value: 'DIR',
      description: 'write each exchange as a redacted cassette under DIR/<provider>/<operationId>/',
    },
    strict: {
      type: 'boolean',
      description: 'properties the contract does not describe are errors, not warnings',
    },
    format: { type: 'string', value: 'F', description: 'the final report: pretty (default) | json | junit' },
    verbose: { type: 'boolean', description: 'pretty: list passing exchanges too' },
    'max-exchanges': { type: 'string', value: 'N', description: 'stop after N exchanges' },
    duration: { type: 'string', value: 'SECONDS', description: 'stop after this long' },
    timeout: {
      type: 'string',
      value: 'SECONDS',
      description: `how long the upstream may take per request (default ${DEFAULT_UPSTREAM_TIMEOUT_MS / 1000})`,
    },
    help: HELP_FLAG,
  },
} as const satisfies CommandSpec;

type ProxyValues = ReturnType<typeof parseFlags<typeof PROXY.flags>>['values'];

/** The numeric bounds, each checked (NaN, negative, infinite: a ConfigurationError naming it). */
function bounds(values: ProxyValues) {
  const duration = numberOption('--duration', values.duration, { min: 0.001 });
  const timeout = numberOption('--timeout', values.timeout, { min: 0.001 });
  return {
    port: numberOption('--port', values.port, { integer: true, max: 65535 }) ?? DEFAULT_PROXY_PORT,
    maxExchanges: numberOption('--max-exchanges', values['max-exchanges'], { integer: true, min: 1 }),
    durationMs: duration === undefined ? undefined : duration * 1000,
    timeoutMs: timeout === undefined ? DEFAULT_UPSTREAM_TIMEOUT_MS : timeout * 1000,
  };
}

/** The `proxy` command. Resolves with the exit code once stopped. */
export async function proxyCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(PROXY, args);
  if (values.help) {
    io.stdout(commandHelp(PROXY));
    return EXIT.ok;
  }
  noPositionals(PROXY, positionals);
  const provider = requireProvider(values.provider);
  const format = formatOption(values.format, REPORT_FORMATS);
  const { port, maxExchanges, durationMs, timeoutMs } = bounds(values);
  const validators = await loadValidators();
  const upstream = urlOption('--upstream', values.upstream) ?? new URL(validators.server(provider));
  const env = credentialEnv(provider);
  const credentials = [env.key, env.secret, env.token].flatMap((name) =>
    io.env[name] ? [io.env[name] as string] : [],
  );
  const { stopped, stop } = untilStopped();
  const proxy = await startProxy({
    validators,
    provider,
    upstream,
    port,
    ...(values.host !== undefined ? { host: values.host } : {}),
    ...(values.record !== undefined ? { recordDir: values.record } : {}),
    strict: values.strict === true,
    timeoutMs,
    knownSecrets: credentials,
    onExchange: (result) => {
      const verdict = result.error ?? (result.ok ? 'ok' : `${result.errors.length} violation(s)`);
      io.stderr(`${result.name} → ${result.status} ${verdict}\n`);
      if (maxExchanges !== undefined && proxy.results.length >= maxExchanges) stop();
    },
  }).catch((error: unknown) => {
    stop();
    throw error;
  });
  const timer = durationMs === undefined ? undefined : setTimeout(stop, durationMs);
  io.stderr(`proxying ${proxy.url} → ${upstream.href} for ${provider} (Ctrl-C ends with the report)\n`);
  await stopped;
  if (timer) clearTimeout(timer);
  await proxy.close();
  const results = [...proxy.results];
  io.stdout(
    formatReport(results, format, { color: io.color, command: 'proxy', verbose: values.verbose === true }),
  );
  if (format !== 'pretty') io.stderr(`${summaryLine(summarizeResults(results))}\n`);
  return exitCodeFor(results);
}
