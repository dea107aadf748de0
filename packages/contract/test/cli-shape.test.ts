/**
 * The CLI's shape (issue 16 §2, §3, §4.7): importing it runs nothing; `main(argv, io)` returns the
 * exit code; every flag of every command's table is in the help; every error a user can catch is
 * an RtcSessionsError; a numeric option that is NaN, negative, infinite or out of range is a
 * ConfigurationError naming the option, before anything starts.
 */
import { ConfigurationError, RtcSessionsError } from '@rtc-sessions/runtime';
import { describe, expect, it } from 'vitest';
import * as cli from '../dist/cli.js';
import { numberOption } from '../dist/command.js';
import * as entry from '../dist/index.js';
import type { Io } from '../dist/io.js';

function capture(env: Record<string, string> = {}): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    color: false,
    env,
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

describe('main', () => {
  it('importing the CLI module runs nothing', () => {
    // the import above happened in this process: had it run a command, the exit code would be set
    expect(process.exitCode).toBeUndefined();
    expect(typeof cli.main).toBe('function');
  });

  it('returns the exit code and writes through the io it is given', async () => {
    const version = capture();
    expect(await cli.main(['--version'], version)).toBe(0);
    expect(version.out).toMatch(/^\d+\.\d+\.\d+/);
    const unknown = capture();
    expect(await cli.main(['frobnicate'], unknown)).toBe(entry.EXIT.usage);
    expect(unknown.err).toMatch(
      /^rtc-contract: unknown command "frobnicate" \(commands: verify, live, listen, trigger, proxy/,
    );
  });

  it('never prints a secret of the environment in an error', async () => {
    const io = capture({ ZOOM_WEBHOOK_SECRET_TOKEN: 'env-secret-value' });
    expect(await cli.main(['verify', '/nonexistent/env-secret-value.json'], io)).toBe(2);
    expect(io.err).not.toContain('env-secret-value');
    expect(io.err).toContain('[REDACTED]');
  });
});

describe('help comes from the flag tables', () => {
  it.each(cli.COMMANDS.map(({ spec }) => [spec.name, spec]))(
    '%s: every flag is in its help and in the top-level help',
    async (name, spec) => {
      const own = capture();
      expect(await cli.main([name, '--help'], own)).toBe(0);
      const top = cli.help();
      for (const flag of Object.keys(spec.flags)) {
        expect(own.out, `${name} --${flag}`).toMatch(new RegExp(`\\n  --${flag}\\b`));
        expect(top, `help --${flag}`).toContain(`--${flag}`);
      }
      expect(top).toContain(`Options (${name})`);
    },
  );
});

describe('one error family', () => {
  it('every error class the package exports is an RtcSessionsError', () => {
    const classes = Object.entries(entry).filter(
      ([name, value]) => typeof value === 'function' && /Error$/.test(name),
    );
    expect(classes.map(([name]) => name).sort()).toEqual([
      'ConfigurationError',
      'ContractLookupError',
      'IncompleteBuildError',
      'InputError',
      'MissingCredentialsError',
      'RtcSessionsError',
      'UsageError',
    ]);
    for (const [name, value] of classes) {
      expect(
        (value as { prototype: unknown }).prototype instanceof RtcSessionsError || value === RtcSessionsError,
        name,
      ).toBe(true);
    }
  });

  it('a lookup error of the library is one too', async () => {
    const validators = await entry.loadValidators();
    expect(() => validators.operation('videosdk', 'nope')).toThrow(entry.ContractLookupError);
    expect(() => validators.operation('nope', 'x')).toThrow(RtcSessionsError);
  });
});

describe('numeric options', () => {
  it.each(['NaN', '-1', 'Infinity', '1e400', '', '0x10', '1.5'])(
    'numberOption rejects %j with a ConfigurationError naming the option',
    (value) => {
      expect(() => numberOption('--max-pages', value, { integer: true, min: 1 })).toThrow(ConfigurationError);
      expect(() => numberOption('--max-pages', value, { integer: true, min: 1 })).toThrow(
        /^--max-pages must be an integer/,
      );
    },
  );

  it('accepts what is meaningful, and undefined keeps the default', () => {
    expect(numberOption('--port', '0', { integer: true, max: 65535 })).toBe(0);
    expect(numberOption('--timeout', '0.5', { min: 0.001 })).toBe(0.5);
    expect(numberOption('--timeout', undefined)).toBeUndefined();
  });

  const cases: Array<[string[], string, string]> = [
    [['live', '--provider', 'videosdk', '--base-url', 'http://127.0.0.1:9'], '--max-pages', 'NaN'],
    [['live', '--provider', 'videosdk', '--base-url', 'http://127.0.0.1:9'], '--max-pages', '-2'],
    [['live', '--provider', 'videosdk', '--base-url', 'http://127.0.0.1:9'], '--max-pages', 'Infinity'],
    [['listen', '--provider', 'zoom-videosdk'], '--port', '-1'],
    [['listen', '--provider', 'zoom-videosdk'], '--port', '70000'],
    [['listen', '--provider', 'zoom-videosdk'], '--max', 'NaN'],
    [['listen', '--provider', 'zoom-videosdk'], '--max', '0'],
    [
      ['trigger', '--provider', 'zoom-videosdk', 'session.started', '--to', 'http://127.0.0.1:9/'],
      '--timeout',
      '-5',
    ],
    [
      ['trigger', '--provider', 'zoom-videosdk', 'session.started', '--to', 'http://127.0.0.1:9/'],
      '--timeout',
      'Infinity',
    ],
    [['proxy', '--provider', 'videosdk'], '--port', 'NaN'],
    [['proxy', '--provider', 'videosdk'], '--max-exchanges', '-1'],
    [['proxy', '--provider', 'videosdk'], '--duration', 'Infinity'],
    [['proxy', '--provider', 'videosdk'], '--timeout', 'NaN'],
  ];
  it.each(cases)('%j %s %s: exit 2, the option named, nothing started', async (args, flag, value) => {
    const io = capture({ ZOOM_WEBHOOK_SECRET_TOKEN: 'x-secret' });
    // `--flag=value`: parseArgs reads a separate `-1` as a flag
    const code = await cli.main([...args, `${flag}=${value}`], io);
    expect(code).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(new RegExp(`^rtc-contract: ${flag} must be (an integer|a number) `));
  });
});
