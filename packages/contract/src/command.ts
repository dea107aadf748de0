/**
 * What every command shares: one flag table per command feeds both node:util `parseArgs` and the
 * command's help text (so help cannot drift from what is parsed), our own one-line messages for an
 * unknown flag (naming the closest valid one) or a missing value, and the checks of numeric options.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closestKey, editDistance } from '@rtc-sessions/runtime/internal';
import { ConfigurationError, UsageError } from './errors.js';

/** One flag: what `parseArgs` needs, plus its line in the help text. */
export interface Flag {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** The value's placeholder in the help (`N`, `URL`, `DIR`); string flags only. */
  value?: string;
  /** The help text; a `\n` starts a continuation line. */
  description: string;
}

export type FlagTable = Record<string, Flag>;

/** A command: its name, usage lines and summary (for the help), and its flags. */
export interface CommandSpec<F extends FlagTable = FlagTable> {
  name: string;
  /** Usage lines after `rtc-contract `, e.g. `verify [options] PATHS...`. */
  usage: readonly string[];
  summary: string;
  flags: F;
}

/** `--help` / `-h`, which every command takes. */
export const HELP_FLAG = { type: 'boolean', short: 'h', description: 'this help' } as const satisfies Flag;

type Parsed<F extends FlagTable> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: F }>
>;

/** A message on one line (stderr reports are one line each). */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/** Parses `args` with the command's table; an unknown flag or a missing value is a UsageError. */
export function parseFlags<F extends FlagTable>(command: CommandSpec<F>, args: string[]): Parsed<F> {
  try {
    // parseArgs ignores the table's help-only keys (`value`, `description`)
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: command.flags as F & NonNullable<ParseArgsConfig['options']>,
    });
  } catch (error) {
    throw flagError(command, error);
  }
}

function flagError(command: CommandSpec, error: unknown): unknown {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message;
  const see = `(see rtc-contract ${command.name} --help)`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(message)?.[1] ?? message;
    const known = Object.keys(command.flags).map((name) => `--${name}`);
    const bare = flag.replace(/=.*/, '');
    const closest = closestKey(bare, known);
    const hint = closest && editDistance(bare, closest) <= 3 ? `; did you mean ${closest}?` : '';
    return new UsageError(`unknown flag ${flag} for ${command.name}${hint} ${see}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /'(--[a-z-]+)/.exec(message)?.[1];
    return new UsageError(flag ? `${flag} needs a value ${see}` : oneLine(message));
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new UsageError(oneLine(message));
  return error;
}

const FLAG_COLUMN = 24;

/** The help lines of a flag table: `--name VALUE` then the description, aligned. */
export function flagHelp(flags: FlagTable): string {
  const lines: string[] = [];
  for (const [name, flag] of Object.entries(flags)) {
    const head = `  --${name}${flag.value ? ` ${flag.value}` : ''}${flag.short ? `, -${flag.short}` : ''}`;
    const [first = '', ...rest] = flag.description.split('\n');
    const pad =
      head.length + 2 > FLAG_COLUMN ? `\n${' '.repeat(FLAG_COLUMN)}` : ' '.repeat(FLAG_COLUMN - head.length);
    lines.push(`${head}${pad}${first}`, ...rest.map((line) => `${' '.repeat(FLAG_COLUMN)}${line}`));
  }
  return lines.join('\n');
}

/** A command's own help: usage, summary and every flag of its table. */
export function commandHelp(command: CommandSpec, extra = ''): string {
  const usage = command.usage.map((line) => `  rtc-contract ${line}`).join('\n');
  return `Usage\n${usage}\n\n${command.summary}\n\nOptions\n${flagHelp(command.flags)}\n${extra}`;
}

/** A command takes no positional arguments. */
export function noPositionals(command: CommandSpec, positionals: readonly string[]): void {
  if (positionals.length > 0) {
    throw new UsageError(`${command.name} takes no positional arguments, got "${positionals[0]}"`);
  }
}

export interface NumberRule {
  /** Only whole numbers. */
  integer?: boolean;
  /** @default 0 */
  min?: number;
  /** @default Number.MAX_SAFE_INTEGER */
  max?: number;
}

/**
 * A numeric option's value: NaN, infinity, a negative value or one outside [min, max] is a
 * ConfigurationError naming the option. Undefined stays undefined (the caller's default applies).
 */
export function numberOption(
  name: string,
  value: string | undefined,
  rule: NumberRule = {},
): number | undefined {
  if (value === undefined) return undefined;
  const min = rule.min ?? 0;
  const max = rule.max ?? Number.MAX_SAFE_INTEGER;
  // decimal notation only: Number() would also take '0x10', '0b1' and ' '
  const n = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(value) ? Number(value) : Number.NaN;
  const what = rule.integer ? 'an integer' : 'a number';
  if (!Number.isFinite(n) || (rule.integer && !Number.isInteger(n)) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`;
    throw new ConfigurationError(`${name} must be ${what} ${range}, got "${value}"`);
  }
  return n;
}

/** `name=value` → `[name, value]`, for flags that take pairs. */
export function splitPair(flag: string, pair: string, shape: string): [string, string] {
  const at = pair.indexOf('=');
  if (at <= 0) throw new UsageError(`${flag} takes ${shape}, got "${pair}"`);
  return [pair.slice(0, at), pair.slice(at + 1)];
}

/** A `--format` value among the command's formats. */
export function formatOption<T extends string>(value: string | undefined, formats: readonly T[]): T {
  const format = (value ?? formats[0]) as T;
  if (!formats.includes(format)) {
    throw new UsageError(`--format must be one of ${formats.join(', ')}, got "${value}"`);
  }
  return format;
}

/** A `--base-url`/`--upstream`-style option: an absolute http(s) URL. */
export function urlOption(name: string, value: string | undefined): URL | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${name} is not a URL: "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`${name} must be an http(s) URL, got "${value}"`);
  }
  return url;
}
