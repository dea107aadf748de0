#!/usr/bin/env node
// Prints, as JSON, the providers the package in the current directory works with (its
// @rtc-sessions/spec-* dependencies) and their facts: what CI matrices are built from, so that no
// workflow lists the providers. Needs the bundled specs (pnpm turbo run build --filter='@rtc-sessions/spec-*').
import { join } from 'node:path';
import { loadBundledSpecs } from '../dist/index.js';

try {
  const specs = loadBundledSpecs(join(process.cwd(), 'package.json'));
  process.stdout.write(`${JSON.stringify(specs.map((spec) => spec.facts))}\n`);
} catch (error) {
  process.stderr.write(`rtc-providers: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
