/**
 * Every command's flag parsing: node:util parseArgs, with our own one-line messages (an
 * InputError, exit 2) for an unknown flag (naming the closest valid one) or a missing value,
 * instead of Node's text reported as an internal error.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closestKey, editDistance } from '@rtc-sessions/runtime/internal';
import { InputError } from './cassette.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>
>;

export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

export function parseFlags<O extends Options>(command: string, args: string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const flag = /'([^']+)'/.exec(message)?.[1] ?? message;
      const known = Object.keys(options).map((name) => `--${name}`);
      const bare = flag.replace(/=.*/, '');
      const closest = closestKey(bare, known);
      const hint = closest && editDistance(bare, closest) <= 3 ? `; did you mean ${closest}?` : '';
      throw new InputError(`unknown flag ${flag} for ${command}${hint} (see rtc-contract ${command} --help)`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const flag = /'(--[a-z-]+)/.exec(message)?.[1];
      throw new InputError(
        flag ? `${flag} needs a value (see rtc-contract ${command} --help)` : `${oneLine(message)}`,
      );
    }
    throw error;
  }
}
