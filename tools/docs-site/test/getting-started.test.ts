/**
 * The commands the built pages tell a reader to run, run: the token one-liner of "Getting started",
 * and the `rtc-contract trigger` commands (of step 4 and of every webhook's sample) against a
 * receiver built as the pages advise, which verifies each delivery with the provider's scheme. The
 * raw curl of a webhook sample carries example signature headers: the same receiver rejects it, as
 * its comment says.
 */
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describeOperations } from '@rtc-sessions/openapi-model';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clientPackageOf, credentialEnvOf } from '../src/client-facts.js';
import { RTC_CONTRACT } from '../src/code-samples.js';
import { loadProviders } from '../src/providers.js';
import { operationObject, type SpecDocument } from '../src/spec-document.js';
import { assertSiteBuilt, readProviderPage } from './built-site.js';

const run = promisify(execFile);
const packageRoot = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const contractBin = (() => {
  const manifest = require.resolve('@rtc-sessions/contract/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifest), bin['rtc-contract'] ?? '');
})();

/** The definition Redoc renders on a provider's page. */
function pageDefinition(id: string): SpecDocument {
  const json = readProviderPage(id).match(/const __redoc_definition = (.*);\n/)?.[1];
  if (!json) throw new Error(`${id}: the page embeds no definition`);
  return JSON.parse(json) as SpecDocument;
}

function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```sh\n([\s\S]*?)\n```/g)].map((match) => match[1] ?? '');
}

/** Secrets for the test receiver and for trigger: throwaway values, never a real credential. */
const WEBHOOK_ENV: Record<string, Record<string, string>> = {
  'zoom-videosdk': { ZOOM_WEBHOOK_SECRET_TOKEN: 'docs-test-secret-token' },
  '100ms': { HMS_WEBHOOK_HEADER: 'x-docs-test-secret', HMS_WEBHOOK_SECRET: 'docs-test-secret-value' },
};

interface Adapter {
  secretEnv: readonly { env: string; required: boolean }[];
  createVerifier(
    env: Record<string, string | undefined>,
  ): (
    body: Buffer,
    headers: Record<string, string | string[] | undefined>,
  ) => Promise<{ known?: boolean; event?: string; body?: unknown }>;
  reply(
    event: unknown,
    env: Record<string, string | undefined>,
  ): { status: number; body: unknown } | undefined;
}

async function testingModule(
  id: string,
): Promise<{ webhookAdapter: Adapter; TEST_WEBHOOK_PUBLIC_KEY?: string }> {
  return (await import(`${clientPackageOf(id)}/webhooks/testing`)) as {
    webhookAdapter: Adapter;
    TEST_WEBHOOK_PUBLIC_KEY?: string;
  };
}

/** The environment a reader sets: the required secrets, and for a key the provider publishes, the test key trigger signs with. */
async function receiverEnv(id: string): Promise<Record<string, string>> {
  const module = await testingModule(id);
  const env: Record<string, string> = { ...(WEBHOOK_ENV[id] ?? {}) };
  for (const variable of module.webhookAdapter.secretEnv) {
    if (variable.required) expect(env[variable.env], `${id}: a test value for ${variable.env}`).toBeDefined();
    // What the page says the receiver fetches from the mock: the published test key's public half.
    else if (module.TEST_WEBHOOK_PUBLIC_KEY) env[variable.env] = module.TEST_WEBHOOK_PUBLIC_KEY;
  }
  return env;
}

interface Receiver {
  url: string;
  deliveries: { verified: boolean; event?: string; reason?: string }[];
  close(): Promise<void>;
}

/** A webhook endpoint built as the pages advise: the raw body, verified with the provider's scheme; a challenge answered. */
async function startReceiver(id: string, env: Record<string, string>): Promise<Receiver> {
  const { webhookAdapter } = await testingModule(id);
  const verify = webhookAdapter.createVerifier(env);
  const deliveries: Receiver['deliveries'] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      verify(Buffer.concat(chunks), request.headers).then(
        (event) => {
          deliveries.push({ verified: true, ...(event.event ? { event: event.event } : {}) });
          const reply = webhookAdapter.reply(event, env);
          response.writeHead(reply?.status ?? 200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(reply?.body ?? { received: true }));
        },
        (error: { reason?: string }) => {
          deliveries.push({ verified: false, reason: error.reason ?? String(error) });
          response.writeHead(401).end();
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    deliveries,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Runs a trigger command as printed, with `rtc-contract` from this workspace and `--to` the test receiver. */
async function runTrigger(command: string, to: string, env: Record<string, string>) {
  const [, args = ''] = command.split(`${RTC_CONTRACT} `);
  const argv = args
    .replace(/--to ("\$WEBHOOK_URL"|\S+)/, `--to ${to}`)
    .split(' ')
    .map((word) => word.replace(/^'(.*)'$/, '$1'));
  expect(argv[0], command).toBe('trigger');
  return run(process.execPath, [contractBin, ...argv], { env: { ...process.env, ...env }, cwd: packageRoot });
}

/** The raw request of a webhook sample: its headers and body, as curl would send them. */
function rawRequest(curl: string): { headers: Record<string, string>; body: Buffer } {
  const headers: Record<string, string> = {};
  for (const [, header = ''] of curl.matchAll(/--header '([^']*)'/g)) {
    const at = header.indexOf(':');
    headers[header.slice(0, at).toLowerCase()] = header.slice(at + 1).trim();
  }
  const data = curl.match(/--data '((?:[^']|'\\'')*)'/)?.[1] ?? '';
  return { headers, body: Buffer.from(data.replaceAll("'\\''", "'")) };
}

const providers = loadProviders();

describe('Getting started, as printed on each page', () => {
  beforeAll(assertSiteBuilt);

  test.each(providers)('$title: the token one-liner mints a token the API would accept', async (provider) => {
    const env = credentialEnvOf(provider.document);
    const description = pageDefinition(provider.id).info.description ?? '';
    const mint = shellBlocks(description).find((block) => block.startsWith(`export ${env.tokenEnv}=`));
    expect(mint, 'the page prints the one-liner').toBeDefined();
    const [key, secret] = env.keys.map(([, variable]) => variable);
    const values = { [key ?? '']: 'docs-test-key', [secret ?? '']: 'docs-test-secret' };
    const { stdout } = await run('bash', ['-c', `${mint}\nprintf '%s' "$${env.tokenEnv}"`], {
      env: { ...process.env, ...values },
      cwd: packageRoot,
    });
    const [header = '', payload = '', signature = ''] = stdout.trim().split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({ alg: 'HS256' });
    // Signed with the secret, over the key.
    expect(createHmac('sha256', 'docs-test-secret').update(`${header}.${payload}`).digest('base64url')).toBe(
      signature,
    );
    expect(Object.values(JSON.parse(Buffer.from(payload, 'base64url').toString()))).toContain(
      'docs-test-key',
    );
  });

  describe('webhooks', () => {
    const receivers = new Map<string, { receiver: Receiver; env: Record<string, string> }>();
    beforeAll(async () => {
      for (const provider of providers) {
        const env = await receiverEnv(provider.id);
        receivers.set(provider.id, { receiver: await startReceiver(provider.id, env), env });
      }
    });
    afterAll(async () => {
      for (const { receiver } of receivers.values()) await receiver.close();
    });

    test.each(providers)(
      '$title: the trigger commands of the page deliver events the receiver verifies; the raw curl is rejected',
      async (provider) => {
        const setup = receivers.get(provider.id);
        if (!setup) throw new Error('no receiver');
        const { receiver, env } = setup;
        const definition = pageDefinition(provider.id);
        // Step 4 of Getting started: every trigger it prints (a first event, and a challenge that expects a reply).
        const triggers = shellBlocks(definition.info.description ?? '')
          .flatMap((block) => block.split('\n'))
          .filter((line) => line.includes(`${RTC_CONTRACT} trigger `))
          .map((line) => line.replace(/^(\w+=… )+/, ''));
        expect(triggers.length).toBeGreaterThan(0);
        // And the sample of the first webhook: its trigger line, then its raw request.
        const webhook = describeOperations(definition, { webhooks: true }).find(
          (entry) => entry.kind === 'webhook',
        );
        const sample = webhook && operationObject(definition, webhook)['x-codeSamples']?.[0]?.source;
        expect(sample, 'the first webhook has a sample').toBeDefined();
        const sampleTrigger = (sample ?? '')
          .split('\n')
          .find((line) => line.startsWith(`${RTC_CONTRACT} trigger `));
        expect(sampleTrigger).toBeDefined();

        for (const command of [...triggers, sampleTrigger ?? '']) {
          const { stdout } = await runTrigger(command, receiver.url, env);
          const delivered = receiver.deliveries.at(-1);
          expect(delivered, command).toMatchObject({ verified: true });
          // The event the command names is the one that arrived.
          expect(command).toContain(` ${delivered?.event} `);
          expect(stdout).toMatch(/ 200 /);
          if (/url_validation/.test(command)) {
            const answer = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
              plainToken: string;
              encryptedToken: string;
            };
            const secret = Object.values(env)[0] ?? '';
            expect(answer.encryptedToken).toBe(
              createHmac('sha256', secret).update(answer.plainToken).digest('hex'),
            );
          }
        }

        // The raw request: the receiver rejects it, as the sample's comment says.
        const raw = rawRequest((sample ?? '').slice((sample ?? '').indexOf('curl ')));
        const response = await fetch(receiver.url, {
          method: 'POST',
          headers: raw.headers,
          body: new Uint8Array(raw.body),
        });
        expect(response.status).toBe(401);
        expect(receiver.deliveries.at(-1)).toMatchObject({ verified: false });
      },
      60_000,
    );
  });
});
