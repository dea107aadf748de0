/**
 * The smoke suite as a script for Node, Bun and Deno: `<runtime> smoke.js <harness URL>`. Prints
 * one JSON line, `{ runtime, report }`; a failure that is not a check's outcome exits non-zero.
 */
import { runSmoke } from './smoke.js';

interface Globals {
  Deno?: { args: string[]; version: { deno: string } };
  Bun?: { version: string };
  process?: { argv: string[]; version: string };
}

const globals = globalThis as Globals;
const runtime = globals.Deno
  ? `deno ${globals.Deno.version.deno}`
  : globals.Bun
    ? `bun ${globals.Bun.version}`
    : `node ${globals.process?.version}`;
const harness = globals.Deno ? globals.Deno.args[0] : globals.process?.argv[2];
if (!harness) throw new Error('usage: <runtime> smoke.js <harness URL>');

console.log(JSON.stringify({ runtime, report: await runSmoke(harness) }));
