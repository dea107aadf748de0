/**
 * `rtc-contract`: the command dispatch and the top-level help. Importing this module does nothing;
 * bin.ts runs `main`.
 */
import { readFileSync } from 'node:fs';
import { type CommandSpec, flagHelp, oneLine } from './command.js';
import { credentialEnv } from './credentials.js';
import { UsageError } from './errors.js';
import { EXIT, exitCodeOf, isUserError } from './exit-codes.js';
import { type Io, processIo } from './io.js';
import { LIVE, liveCommand } from './live-command.js';
import { readManifest } from './manifest.js';
import { PROXY, proxyCommand } from './proxy-command.js';
import { redactText } from './redact.js';
import { VERIFY, verifyCommand } from './verify-command.js';
import { LISTEN, listenCommand, TRIGGER, triggerCommand } from './webhook-commands.js';

/** Every command with its flag table (the help is written from these) and its run. */
export const COMMANDS: ReadonlyArray<{
  spec: CommandSpec;
  run: (args: string[], io: Io) => Promise<number>;
}> = [
  { spec: VERIFY, run: verifyCommand },
  { spec: LIVE, run: liveCommand },
  { spec: LISTEN, run: listenCommand },
  { spec: TRIGGER, run: triggerCommand },
  { spec: PROXY, run: proxyCommand },
];

/** The environment section: each provider's credential variables, from the build's manifest. */
function environmentHelp(): string {
  const ids = Object.keys(readManifest().providers);
  const width = Math.max(...ids.map((id) => id.length)) + 2;
  const lines = ids.map((id) => {
    const env = credentialEnv(id);
    return `  ${id.padEnd(width)}${env.key} + ${env.secret}, or ${env.token}`;
  });
  return `Environment (live, unless --base-url is given; proxy scrubs these from what it writes)\n${lines.join('\n')}
  NO_COLOR        disable colours (colours are only used when stdout is a terminal)`;
}

/** The operations whose lists require a date range (live's --from/--to), from the manifest. */
function datedOperations(): string {
  const { providers } = readManifest();
  const dated = Object.entries(providers).flatMap(([id, entry]) =>
    entry.operations
      .filter((op) => op.parameters.some((p) => p.in === 'query' && p.required && p.name === 'from'))
      .map((op) => `${id} ${op.operationId}`),
  );
  return dated.join(', ') || 'none';
}

/** `--help`: every command's usage, summary and flag table, then the environment and exit codes. */
export function help(): string {
  const { providers } = readManifest();
  const ids = Object.keys(providers);
  const names = ids.map((id) => providers[id]?.name ?? id).join(', ');
  const commands = COMMANDS.map(({ spec }) => {
    const usage = spec.usage.map((line) => `  rtc-contract ${line}`).join('\n');
    return `${usage}\n${spec.summary.replace(/^/gm, '      ')}`;
  }).join('\n');
  const options = COMMANDS.map(({ spec }) => `Options (${spec.name})\n${flagHelp(spec.flags)}`).join('\n');
  return `rtc-contract — check provider responses against the rtc-sessions contracts
(${names} sessions APIs; OpenAPI 3.1, JSON Schema 2020-12)

Usage
${commands}
  rtc-contract help | --help
  rtc-contract --version

Providers: ${ids.join(' | ')}
Lists that require a date range (live --from/--to): ${datedOperations()}

${options}

${environmentHelp()}

Exit codes
  ${EXIT.ok}  every response and delivery matches its contract (warnings allowed)
  ${EXIT.violations}  contract violations found
  ${EXIT.usage}  usage or configuration error (bad flag, missing file, not a regular file, invalid JSON,
     not a cassette, unknown provider, operation or status, a numeric option out of range); with
     --format json or junit, a cassette or folder that cannot be checked is an errored test case
     in the report and the rest are still checked
  ${EXIT.credentials}  credentials or webhook secrets missing (the message names the variables to set)
`;
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

async function dispatch(command: string | undefined, rest: string[], io: Io): Promise<number> {
  const found = COMMANDS.find(({ spec }) => spec.name === command);
  if (found) return found.run(rest, io);
  switch (command) {
    case '--version':
    case '-V':
      io.stdout(`${packageVersion()}\n`);
      return EXIT.ok;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout(help());
      return command === undefined ? EXIT.usage : EXIT.ok;
    default: {
      const names = COMMANDS.map(({ spec }) => spec.name).join(', ');
      throw new UsageError(
        `unknown command "${command}" (commands: ${names}, help; flags: --help, --version)`,
      );
    }
  }
}

/**
 * Runs one `rtc-contract` command line and resolves with its exit code; every error ends as one
 * line on stderr (secrets from the environment scrubbed) and an exit code, never as a throw.
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    return await dispatch(command, rest, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const secrets = Object.entries(io.env)
      .filter(([name, value]) => value && /key|secret|token|password/i.test(name))
      .map(([, value]) => value as string);
    const text = redactText(oneLine(message), secrets);
    io.stderr(`rtc-contract: ${isUserError(error) ? '' : 'internal error: '}${text}\n`);
    return exitCodeOf(error);
  }
}
