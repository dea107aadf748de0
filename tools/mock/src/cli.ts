/**
 * `pnpm mock` / `rtc-mock`: Prism mocks, or (`--simulate`) the stateful simulators behind Prism,
 * on each provider's loopback port until Ctrl-C. Importing this module starts nothing: the bin
 * calls `main(argv)`.
 */
import { RtcSessionsError } from '@rtc-sessions/runtime';
import { type CliOptions, parseCli, usage } from './cli-options.js';
import { type RunningMock, type RunningSimulator, startMock, startSimulator } from './index.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Resolves when the user asks to stop (Ctrl-C, SIGTERM). */
  stopRequested: Promise<void>;
}

const defaultIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stopRequested: new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  }),
});

async function runMocks(options: CliOptions, io: CliIo): Promise<number> {
  const mocks: RunningMock[] = [];
  const mode = options.dynamic ? 'dynamic (bodies generated from the schemas)' : 'static (the spec examples)';
  io.stdout(`Starting Prism mocks, ${mode}…\n`);
  const started = await Promise.allSettled(
    [...options.ports].map(async ([provider, port]) => {
      const mock = await startMock({ provider, port, dynamic: options.dynamic });
      mocks.push(mock);
      io.stdout(`  ${provider.padEnd(14)} ${mock.url}\n`);
    }),
  );
  const failure = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) {
    io.stderr(`${(failure.reason as Error).message}\n`);
    await Promise.all(mocks.map((m) => m.stop()));
    return 1;
  }
  io.stdout(
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
  // A Prism that dies while the others run leaves the set incomplete: stop everything.
  const crashed = Promise.race(mocks.map((m) => m.exited.then((code) => ({ provider: m.provider, code }))));
  const outcome = await Promise.race([io.stopRequested.then(() => null), crashed]);
  await Promise.all(mocks.map((m) => m.stop()));
  if (outcome)
    io.stderr(`Prism for ${outcome.provider} exited unexpectedly (code ${outcome.code}); stopped.\n`);
  return outcome ? 1 : 0;
}

async function runSimulator(options: CliOptions, io: CliIo): Promise<number> {
  const sim = options.simulate;
  if (!sim) return 2;
  io.stdout(`Starting the simulators (seed ${sim.seed}) behind Prism…\n`);
  const running: RunningSimulator = await startSimulator({
    providers: [...options.ports.keys()],
    ports: Object.fromEntries(options.ports),
    seed: sim.seed,
    faults: sim.faults,
    ...(sim.sessions !== undefined ? { world: { sessions: sim.sessions } } : {}),
    ...(sim.load ? { stateFile: sim.load } : {}),
  });
  for (const p of Object.values(running.providers)) io.stdout(`  ${p.provider.padEnd(14)} ${p.baseUrl}\n`);
  try {
    if (sim.scenario) {
      io.stdout(`Playing ${sim.scenario}${sim.webhooks ? `, webhooks to ${sim.webhooks}` : ''}…\n`);
      const result = await running.play(sim.scenario, {
        speed: sim.speed,
        ...(sim.webhooks ? { webhooks: sim.webhooks } : {}),
        onStep: (step, _i, deliveries) => {
          const failed = deliveries.filter((d) => !d.delivered).length;
          io.stdout(
            `  +${step.at}s ${step.do}${step.who ? ` ${step.who}` : ''}: ${deliveries.length} deliveries${failed ? `, ${failed} not 2xx (retried where the provider retries)` : ''}\n`,
          );
        },
      });
      io.stdout(`Played: sessions ${JSON.stringify(result.sessions)}\n`);
    }
    io.stdout('Press Ctrl-C to stop.\n');
    await io.stopRequested;
  } finally {
    if (sim.save) {
      running.save(sim.save);
      io.stdout(`Saved the worlds to ${sim.save}\n`);
    }
    await running.stop();
  }
  return 0;
}

/** Runs the CLI; resolves with the exit code (2: usage error). */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCli(argv);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${usage()}`);
    return 2;
  }
  if (options.help) {
    io.stdout(usage());
    return 0;
  }
  try {
    return options.simulate ? await runSimulator(options, io) : await runMocks(options, io);
  } catch (error) {
    io.stderr(`${error instanceof RtcSessionsError ? error.message : ((error as Error).stack ?? error)}\n`);
    return 1;
  }
}
