/**
 * The TypeScript samples are for copying, so they must compile against the real clients: every
 * sample the build generates (each operation's, and the TypeScript blocks of each page's opening sections) is written to test-results/samples/ and type-checked with tsc, next
 * to a canary that calls a path the client does not have (tsc must reject it, or the check checks nothing).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describeOperations } from '@rtc-sessions/openapi-model';
import { expect, test } from 'vitest';
import { docsCopyContext } from '../src/build-site.js';
import { clientPackageOf } from '../src/client-facts.js';
import { docsCopy } from '../src/docs-copy.js';
import { loadProviders } from '../src/providers.js';
import { operationObject } from '../src/spec-document.js';
import { resultsDir } from './built-site.js';

test('every generated TypeScript sample type-checks against its client', async () => {
  const folder = join(resultsDir, 'samples');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let written = 0;
  let firstClient = '';
  for (const provider of loadProviders()) {
    const { id } = provider;
    const copy = docsCopy(provider.document, await docsCopyContext(provider));
    firstClient ||= clientPackageOf(id);
    for (const entry of describeOperations(copy, { webhooks: true })) {
      const sample = operationObject(copy, entry)['x-codeSamples']?.find(
        (candidate) => candidate.label === 'TypeScript',
      );
      if (!sample) continue;
      writeFileSync(join(folder, `${id}.${entry.operationId}.ts`), `${sample.source}\n`);
      written++;
    }
    // The TypeScript of the page's own sections (Getting started's first request).
    const blocks = [...(copy.info.description ?? '').matchAll(/```ts\n([\s\S]*?)\n```/g)];
    expect(blocks.length, `${id}: Getting started has a TypeScript request`).toBeGreaterThan(0);
    for (const [index, block] of blocks.entries()) {
      writeFileSync(join(folder, `${id}.page-${index}.ts`), `${block[1]}\n`);
      written++;
    }
  }
  expect(written).toBeGreaterThan(5);
  writeFileSync(
    join(folder, 'canary.ts'),
    `import { createClient } from '${firstClient}';\nawait createClient().GET('/no/such/path', {});\n`,
  );
  writeFileSync(
    join(folder, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../../../tsconfig.base.json',
      compilerOptions: { noEmit: true, declaration: false, declarationMap: false, types: [] },
      include: ['*.ts'],
    }),
  );
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', folder, '--pretty', 'false'], { encoding: 'utf8' });
  const errors = `${result.stdout}${result.stderr}`.split('\n').filter((line) => /error TS\d+/.test(line));
  expect(
    errors.filter((line) => !/canary\.ts\(/.test(line)),
    'errors in generated samples',
  ).toEqual([]);
  expect(
    errors.some((line) => /canary\.ts\(/.test(line)),
    'tsc rejects a call to a path the client lacks',
  ).toBe(true);
}, 120_000);
