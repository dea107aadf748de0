#!/usr/bin/env node
// `pnpm mock`: every provider's Prism mock on its fixed loopback port (from its spec), until Ctrl-C.
import { parseArgs } from 'node:util';
import { defaultPort, type Provider, providers, type RunningMock, startMock } from './index.js';

// A function: the default ports are read from the specs only when the help is shown.
const usage =
  () => `Usage: pnpm mock [--dynamic] [--provider <p>]... ${providers.map((p) => `[--${p}-port N]`).join(' ')}

Starts Prism mocks of the bundled specs on 127.0.0.1 (defaults: ${providers
    .map((p) => `${p} ${defaultPort(p)}`)
    .join(', ')}).
  --dynamic          generate bodies from the schemas instead of serving the spec's examples
  --provider <p>     start only this provider (repeatable)
  --<p>-port N       serve provider <p> on port N (0 = a free port)
`;

function parse() {
  const { values } = parseArgs({
    options: {
      dynamic: { type: 'boolean', default: false },
      provider: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
      ...Object.fromEntries(providers.map((p) => [`${p}-port`, { type: 'string' as const }])),
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(usage());
    process.exit(0);
  }
  const selected = (values.provider as string[] | undefined) ?? [...providers];
  for (const p of selected) {
    if (!providers.includes(p as Provider)) throw new Error(`unknown provider "${p}"`);
  }
  const ports = new Map<Provider, number>();
  for (const p of selected as Provider[]) {
    const raw = (values as Record<string, unknown>)[`${p}-port`];
    const port = raw === undefined ? defaultPort(p) : Number(raw);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`invalid --${p}-port ${raw}`);
    ports.set(p, port);
  }
  return { dynamic: values.dynamic === true, ports };
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parse>;
  try {
    options = parse();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage()}`);
    process.exit(2);
  }
  const mocks: RunningMock[] = [];
  let shuttingDown = false;
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    await Promise.all(mocks.map((m) => m.stop()));
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  const mode = options.dynamic ? 'dynamic (bodies generated from the schemas)' : 'static (the spec examples)';
  process.stdout.write(`Starting Prism mocks, ${mode}…\n`);
  const started = await Promise.allSettled(
    [...options.ports].map(async ([provider, port]) => {
      const mock = await startMock({ provider, port, dynamic: options.dynamic });
      mocks.push(mock);
      // A Prism that dies while the others run leaves the set incomplete: stop everything.
      void mock.exited.then((code) => {
        if (shuttingDown) return;
        process.stderr.write(`Prism for ${provider} exited unexpectedly (code ${code}); stopping.\n`);
        void shutdown(1);
      });
      process.stdout.write(`  ${provider.padEnd(14)} ${mock.url}\n`);
      return mock;
    }),
  );
  const failures = started.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failures.length > 0) {
    for (const f of failures) process.stderr.write(`${(f.reason as Error).message}\n`);
    await shutdown(1);
    return;
  }
  process.stdout.write(
    [
      '',
      'Per request, Prism honours these headers:',
      '  Prefer: dynamic=true   a body generated from the schema instead of the example',
      '  Prefer: code=404       the response documented for that status',
      '  Prefer: example=<key>  a named example',
      "Requests are validated against the spec: a bad parameter gets the operation's documented 400/422 (Prism's own 422 where none is documented), a missing Authorization header 401.",
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

void main();
