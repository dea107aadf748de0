import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describeDrift, findDrift } from '@rtc-sessions/codegen';
import { expect, it } from 'vitest';

const specPackage = '@rtc-sessions/spec-zoom-videosdk';
const target = {
  specPackage,
  specPath: createRequire(import.meta.url).resolve(`${specPackage}/openapi.json`),
  outDir: fileURLToPath(new URL('../src/generated', import.meta.url)),
  // The default User-Agent is generated from this package's name and version.
  client: JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    name: string;
    version: string;
  },
};

it('the committed src/generated matches what the spec produces (check:generated)', async () => {
  const message = describeDrift(target, await findDrift(target));
  expect(message, message).toBeUndefined();
});
