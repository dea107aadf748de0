#!/usr/bin/env node
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { describeDrift, findDrift, writeGenerated } from './index.js';

// Usage (from a client package): rtc-codegen <generate|check|copy-spec> <spec package>
const [command, specPackage] = process.argv.slice(2);
if (!['generate', 'check', 'copy-spec'].includes(command ?? '') || !specPackage) {
  console.error(
    'usage: rtc-codegen <generate|check|copy-spec> <spec package, e.g. @rtc-sessions/spec-videosdk>',
  );
  process.exit(2);
}
const cwd = process.cwd();
const specPath = createRequire(resolve(cwd, 'package.json')).resolve(`${specPackage}/openapi.json`);
const { name, version } = JSON.parse(await readFile(resolve(cwd, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const target = { specPackage, specPath, outDir: resolve(cwd, 'src/generated'), client: { name, version } };
if (command === 'copy-spec') {
  // The bundled spec ships with the client as `<client>/openapi.json`.
  const out = resolve(cwd, 'dist/openapi.json');
  await mkdir(dirname(out), { recursive: true });
  await copyFile(specPath, out);
  console.log(`copied ${specPackage}/openapi.json to dist/openapi.json`);
} else if (command === 'generate') {
  const written = await writeGenerated(target);
  console.log(`wrote ${written.map((f) => `src/generated/${f}`).join(', ')} from ${specPackage}`);
} else {
  const message = describeDrift(target, await findDrift(target));
  if (message) {
    console.error(message);
    process.exit(1);
  }
  console.log(`src/generated is up to date with ${specPackage}`);
}
