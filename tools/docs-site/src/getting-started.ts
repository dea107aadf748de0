/**
 * The "Getting started" section of a provider's page: install the client, turn key and secret into
 * a token, make a first request, receive a first webhook. Every command is built from the spec
 * (credentials, servers, the mock's port, operations, webhooks and their replies) and from what the
 * client exports (its token signer, its webhook variables), so it stays true as they change.
 */
import { type OperationInfo, providerFacts } from '@rtc-sessions/openapi-model';
import type { CredentialEnv } from './client-facts.js';
import {
  curlSample,
  isLoopbackUrl,
  productionServer,
  RTC_CONTRACT,
  type SampleContext,
  shellWord,
  typescriptSample,
} from './code-samples.js';
import { GETTING_STARTED } from './page-sections.js';
import type { SpecDocument } from './spec-document.js';
import type { WebhookSecretVariable } from './webhook-facts.js';

export interface GettingStartedContext extends SampleContext {
  /** The client's export that signs an API token from key and secret. */
  tokenSigner: string;
}

/** Where `rtc-contract listen` receives in the steps below. */
export const LISTEN_PORT = 8787;

/** The one-liner that mints a token for curl with the client's signer, reading key and secret from the environment. */
export function mintTokenCommand(clientPackage: string, signer: string, env: CredentialEnv): string {
  const options = env.keys.map(([option, variable]) => `${option}: process.env.${variable}`).join(', ');
  const script = `import { ${signer} } from '${clientPackage}'; console.log(await ${signer}({ ${options} }));`;
  return `export ${env.tokenEnv}="$(node --input-type=module -e "${script}")"`;
}

/** The local stand-in's URL: the spec's loopback server if it lists one, else Prism on the provider's mock port. */
export function mockServer(document: SpecDocument): string {
  const listed = document.servers?.find((server) => isLoopbackUrl(server.url));
  return (listed?.url ?? `http://127.0.0.1:${providerFacts(document).mockPort}`).replace(/\/+$/, '');
}

function fence(language: string, code: string): string {
  return [`\`\`\`${language}`, code, '```'].join('\n');
}

/** Webhooks the provider expects a body in reply to (a 2xx response with content): a challenge. */
function challenges(entries: OperationInfo[]): OperationInfo[] {
  return entries.filter(
    (entry) =>
      entry.kind === 'webhook' &&
      entry.responses.some((response) => /^2/.test(response.status) && response.contentType !== null),
  );
}

function envPrefix(variables: readonly WebhookSecretVariable[]): string {
  return variables
    .filter((variable) => variable.required)
    .map((variable) => `${variable.env}=… `)
    .join('');
}

function webhookStep(context: GettingStartedContext, entries: OperationInfo[]): string[] {
  const webhooks = entries.filter((entry) => entry.kind === 'webhook');
  const replies = challenges(entries);
  const first = webhooks.find((entry) => !replies.includes(entry));
  if (!first) return [];
  const prefix = envPrefix(context.webhookEnv);
  // A key the provider publishes (not a secret of yours) is fetched from the mock, which serves the test key trigger signs with.
  const fetchesKey = context.webhookEnv.some((variable) => !variable.required);
  const listen = `${prefix}${RTC_CONTRACT} listen --provider ${context.providerId} --port ${LISTEN_PORT}${
    fetchesKey ? ` --base-url ${mockServer(context.document)}` : ''
  }`;
  const trigger = (event: string) =>
    `${prefix}${RTC_CONTRACT} trigger --provider ${context.providerId} ${shellWord(event)} --to http://127.0.0.1:${LISTEN_PORT}/`;
  const lines = [
    '### 4. Receive a first webhook',
    '',
    `\`rtc-contract listen\` is a receiver that verifies each delivery as \`verifyWebhook\` from \`${context.clientPackage}/webhooks\` does and checks its payload against this spec; \`rtc-contract trigger\` posts the spec's example of an event, signed as the provider signs it, and prints the answer.${
      fetchesKey
        ? ` Trigger signs with a published **test** key pair: the receiver fetches its public half from the mock (\`pnpm mock\` in this repository).`
        : ''
    }`,
    '',
    fence(
      'sh',
      `# Terminal 1: the receiver\n${listen}\n\n# Terminal 2: a signed delivery\n${trigger(first.path)}`,
    ),
    '',
    `Your own endpoint: pass its URL to \`--to\`, and verify with \`verifyWebhook\` from \`${context.clientPackage}/webhooks\` over the raw body (the client's README shows a server).`,
  ];
  for (const challenge of replies) {
    const answer = challenge.responses.find((response) => /^2/.test(response.status) && response.contentType);
    const example = answer?.examples.find((candidate) => candidate.value !== undefined)?.value;
    lines.push(
      '',
      `**\`${challenge.path}\` expects a reply.** ${(challenge.description ?? '').split('\n\n')[0]?.replace(/\s+/g, ' ').trim()} \`rtc-contract listen\` answers it; trigger it to see the answer:`,
      '',
      fence('sh', trigger(challenge.path)),
    );
    if (example !== undefined)
      lines.push(
        '',
        `The answer's shape (${answer?.examples[0]?.name ?? 'example'}):`,
        '',
        fence('json', JSON.stringify(example, null, 2)),
      );
  }
  return lines;
}

/** The section's Markdown. */
export function gettingStarted(context: GettingStartedContext, entries: OperationInfo[]): string {
  const { clientPackage, env, document } = context;
  const keys = env.keys.map(([, variable]) => `\`${variable}\``).join(' and ');
  const firstList =
    entries.find((entry) => entry.kind === 'operation' && entry.method === 'GET' && entry.pagination) ??
    entries.find((entry) => entry.kind === 'operation' && entry.method === 'GET');
  const lines = [
    `## ${GETTING_STARTED}`,
    '',
    '### 1. Install the client',
    '',
    fence('sh', `npm install ${clientPackage}`),
    '',
    '### 2. Turn your key and secret into a token',
    '',
    `Set ${keys}: \`createClient()\` reads them, signs its own token and renews it before it expires. For curl, mint one into \`${env.tokenEnv}\`:`,
    '',
    fence('sh', mintTokenCommand(clientPackage, context.tokenSigner, env)),
  ];
  if (firstList) {
    lines.push(
      '',
      `### 3. Make a first request: ${firstList.summary ?? firstList.operationId}`,
      '',
      fence('sh', curlSample(context, firstList)),
      '',
      fence('ts', typescriptSample(context, firstList)),
      '',
      `Against the local mock (\`pnpm mock\` in this repository), replace \`${productionServer(document)}\` with \`${mockServer(document)}\`: the mock serves the paths at its root. \`createClient({ baseUrl: '${mockServer(document)}' })\` does the same for the client.`,
    );
  }
  lines.push('', ...webhookStep(context, entries));
  return lines.join('\n');
}
