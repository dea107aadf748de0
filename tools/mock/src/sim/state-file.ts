/** Saving the simulator's worlds to a JSON file and loading them back. */
import { readFileSync, writeFileSync } from 'node:fs';
import { ConfigurationError } from '@rtc-sessions/runtime';
import { parseWorld, type WorldState } from './world.js';

export interface SavedState {
  version: 1;
  /** One world per provider. */
  providers: Record<string, WorldState>;
}

/** Bounds what a load reads: a saved world of 10,000 sessions is about 20 MB. */
const MAX_STATE_BYTES = 256 * 1024 * 1024;

export function saveState(path: string, state: SavedState): void {
  writeFileSync(path, `${JSON.stringify(state)}\n`);
}

export function loadState(path: string): SavedState {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`cannot read the state file ${path}: ${(error as Error).message}`);
  }
  if (text.length > MAX_STATE_BYTES)
    throw new ConfigurationError(`${path}: a state file over ${MAX_STATE_BYTES} bytes`);
  let parsed: { version?: unknown; providers?: Record<string, unknown> };
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${path}: not JSON (${(error as Error).message})`);
  }
  if (parsed?.version !== 1 || typeof parsed.providers !== 'object' || parsed.providers === null) {
    throw new ConfigurationError(
      `${path}: not a simulator state file (expected {"version": 1, "providers": {…}})`,
    );
  }
  const providers: Record<string, WorldState> = {};
  for (const [id, world] of Object.entries(parsed.providers)) {
    try {
      providers[id] = parseWorld(JSON.stringify(world), `${path} (${id})`);
    } catch (error) {
      throw new ConfigurationError((error as Error).message);
    }
  }
  return { version: 1, providers };
}
