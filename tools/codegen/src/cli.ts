#!/usr/bin/env node
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { describeDrift, findDrift, versionSource, writeGenerated } from './index.js';

const USAGE = `usage (from a client package):
  rtc-codegen generate <spec package>   write src/generated/ from the bundled spec
  rtc-codegen check <spec package>      fail (exit 1) when src/generated/ is out of date with the spec
  rtc-codegen copy-spec <spec package>  copy the bundled spec to dist/openapi.json
  rtc-codegen version                   write src/version.ts from package.json (name, version)
e.g. rtc-codegen check @rtc-sessions/spec-videosdk`;

const [command, specPackage] = process.argv.slice(2);
const needsSpec = ['generate', 'check', 'copy-spec'].includes(command ?? '');
if (!(needsSpec ? specPackage : command === 'version')) {
  console.error(USAGE);
  process.exit(2);
}
const cwd = process.cwd();

if (command === 'version') {
  const { name, version } = JSON.parse(await readFile(resolve(cwd, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const out = resolve(cwd, 'src/version.ts');
  const text = versionSource({ name, version });
  // unchanged content is not rewritten: the file's mtime (and watchers) stay quiet
  const current = await readFile(out, 'utf8').catch(() => undefined);
  if (current !== text) await writeFile(out, text);
  console.log(`src/version.ts: ${name}/${version}`);
  process.exit(0);
}

const specPath = createRequire(resolve(cwd, 'package.json')).resolve(`${specPackage}/openapi.json`);
const target = { specPackage: specPackage as string, specPath, outDir: resolve(cwd, 'src/generated') };
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
