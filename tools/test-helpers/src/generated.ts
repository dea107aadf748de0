import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describeDrift, findDrift } from '@rtc-sessions/codegen';
import { expect, it } from 'vitest';

/**
 * The drift check of a client package (its `check:generated`): the committed `src/generated` of the
 * package at `packageUrl` is what codegen makes of `specPackage`.
 */
export function itMatchesSpec(packageUrl: URL, specPackage: string): void {
  const target = {
    specPackage,
    // Resolved from the client package, whose devDependency the spec package is.
    specPath: createRequire(new URL('package.json', packageUrl)).resolve(`${specPackage}/openapi.json`),
    outDir: fileURLToPath(new URL('src/generated', packageUrl)),
    // The default User-Agent is generated from the client package's name and version.
    client: JSON.parse(readFileSync(new URL('package.json', packageUrl), 'utf8')) as {
      name: string;
      version: string;
    },
  };
  it('the committed src/generated matches what the spec produces (check:generated)', async () => {
    const message = describeDrift(target, await findDrift(target));
    expect(message, message).toBeUndefined();
  });
}
