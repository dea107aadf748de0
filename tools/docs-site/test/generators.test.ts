import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeOperations } from '@rtc-sessions/openapi-model';
import { describe, expect, test } from 'vitest';
import { authOf, authOneLiner, authSection } from '../src/auth.js';
import {
  curlSample,
  itemName,
  productionServer,
  shellQuote,
  triggerCommand,
  tsLiteral,
  typescriptSample,
  webhookSample,
} from '../src/code-samples.js';
import { docsCopy, versionLabel } from '../src/docs-copy.js';
import { mockServer } from '../src/getting-started.js';
import { paginationLabel, redocAnchor } from '../src/hub.js';
import { unwrapMarkdown } from '../src/prose.js';
import { rateLimitParagraph, rateLimitSummary } from '../src/rate-limits.js';
import { hashRoutes, toClassicScript, useSharedRedocScript } from '../src/redoc-page.js';
import { blockMarkdown, inlineMarkdown } from '../src/render-index.js';
import { changeNotes, parseChangeset, recordingsOf } from '../src/repo-history.js';
import { extraSearchTerms } from '../src/search-terms.js';
import { operationObject, type SpecDocument } from '../src/spec-document.js';
import { operationsOf } from './spec-operations.js';

const env = {
  keys: [
    ['apiKey', 'ACME_KEY'],
    ['secret', 'ACME_SECRET'],
  ] as const,
  tokenEnv: 'ACME_TOKEN',
};

/** A small spec in the shape of ours: one scheme, a list with a cursor, a POST with a body, a webhook. */
function fixture(scheme: Record<string, unknown>): SpecDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Acme sessions API',
      version: '2',
      description: 'About\nthis API.',
      'x-rtc-provider': {
        id: 'acme',
        name: 'Acme',
        mockPort: 4099,
        credentials: {
          keys: [
            { option: 'apiKey', env: 'ACME_KEY' },
            { option: 'secret', env: 'ACME_SECRET' },
          ],
          tokenEnv: 'ACME_TOKEN',
        },
        requestIdHeaders: ['x-request-id'],
        errorBody: { code: ['/code'], message: ['/message'], details: ['/details'] },
        webhookRetries: {
          published: true,
          timeoutSeconds: 5,
          delaysSeconds: [60, 600],
          source: 'https://acme.test/webhooks',
        },
      },
    },
    servers: [{ url: 'https://api.acme.test/v2/' }],
    security: [{ Token: [] }],
    components: {
      securitySchemes: { Token: { description: 'A JWT\nsigned with HS256.', ...scheme } as never },
      parameters: {
        Room: {
          name: 'room',
          in: 'query',
          required: true,
          schema: { type: 'string' },
          example: "o'brien room",
        },
      },
    },
    paths: {
      '/rooms/{roomId}/users': {
        parameters: [
          { name: 'roomId', in: 'path', required: true, schema: { type: 'string' }, example: 'a/b' },
        ],
        get: {
          operationId: 'listRoomUsers',
          summary: 'List room users',
          tags: ['Users'],
          'x-rtc-rate-limit': 'Heavy',
          'x-rtc-pagination': {
            scheme: 'cursor',
            cursorParam: 'next',
            sizeParam: 'limit',
            items: '/users',
            nextCursor: '/next',
          },
          parameters: [
            { $ref: '#/components/parameters/Room' },
            { name: 'limit', in: 'query', schema: { type: 'integer', default: 10 } },
            { name: 'next', in: 'query', schema: { type: 'string' }, example: 'cursor-1' },
            { name: 'active', in: 'query', schema: { type: 'boolean', default: true }, example: false },
          ],
          responses: {},
        },
      },
      '/end': {
        post: {
          operationId: 'end',
          summary: 'End it',
          requestBody: {
            content: { 'application/json': { examples: { one: { value: { roomId: 'r1' } } } } },
          },
          responses: {},
        },
      },
    },
    webhooks: {
      'session.ended': {
        post: {
          operationId: 'sessionEnded',
          summary: 'Session ended',
          parameters: [
            {
              name: 'x-signature',
              in: 'header',
              required: true,
              schema: { type: 'string' },
              example: 'v0=abc',
            },
          ],
          requestBody: { content: { 'application/json': { example: { event: 'session.ended' } } } },
          responses: {},
        },
      },
    },
    'x-rtc-rate-limits': {
      published: true,
      url: 'https://acme.test/limits',
      description: 'Per account.',
      labels: {
        Heavy: {
          requests: 40,
          per: 'second',
          scope: 'account',
          dailyCap: { sharedWith: ['Bulk'], requests: 1000 },
          description: 'about 40 requests per second',
        },
        Bulk: { requests: 20, per: 'minute', scope: 'app', description: 'about 20 requests per minute' },
      },
    },
  };
}

const bearer = fixture({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
const rawHeader = fixture({ type: 'apiKey', in: 'header', name: 'Authorization' });
const webhookEnv = [{ env: 'ACME_WEBHOOK_SECRET', description: 'the webhook secret', required: true }];
const context = (document: SpecDocument) => ({
  document,
  clientPackage: '@rtc-sessions/acme',
  env,
  providerId: 'acme',
  webhookEnv,
});
const entry = (document: SpecDocument, id: string) => {
  const found = describeOperations(document, { webhooks: true }).find(
    (candidate) => candidate.operationId === id,
  );
  if (!found) throw new Error(id);
  return found;
};

describe('curl samples', () => {
  test('a bearer scheme sends `Authorization: Bearer $TOKEN`; required and exemplified parameters are filled, the cursor is not', () => {
    expect(curlSample(context(bearer), entry(bearer, 'listRoomUsers'))).toBe(
      [
        'curl --request GET',
        "  --url 'https://api.acme.test/v2/rooms/a%2Fb/users?room=o'\\''brien%20room&active=false'",
        '  --header "Authorization: Bearer $ACME_TOKEN"',
      ].join(' \\\n'),
    );
  });

  test('an apiKey-in-header scheme sends the token with no prefix', () => {
    const curl = curlSample(context(rawHeader), entry(rawHeader, 'listRoomUsers'));
    expect(curl).toContain('--header "Authorization: $ACME_TOKEN"');
    expect(curl).not.toContain('Bearer');
  });

  test('an apiKey-in-query scheme puts the token variable outside the quotes', () => {
    const query = fixture({ type: 'apiKey', in: 'query', name: 'key' });
    expect(curlSample(context(query), entry(query, 'listRoomUsers'))).toContain(
      `&active=false&key='"$ACME_TOKEN"`,
    );
  });

  test('a JSON body comes from the request example', () => {
    expect(curlSample(context(bearer), entry(bearer, 'end'))).toContain(
      `--header 'Content-Type: application/json' \\\n  --data '{"roomId":"r1"}'`,
    );
  });

  test('a webhook sample leads with the trigger command, then the raw request it says fails verification', () => {
    expect(webhookSample(context(bearer), entry(bearer, 'sessionEnded'))).toBe(
      [
        '# A signed "session.ended" delivery that a receiver which verifies accepts; set ACME_WEBHOOK_SECRET (the webhook secret) first:',
        'npx --package @rtc-sessions/contract rtc-contract trigger --provider acme session.ended --to "$WEBHOOK_URL"',
        '',
        "# The raw request: its signature headers are the spec's example values, so only a receiver with",
        '# verification off accepts it.',
        [
          'curl --request POST',
          '  --url "$WEBHOOK_URL"',
          "  --header 'x-signature: v0=abc'",
          "  --header 'Content-Type: application/json'",
          `  --data '{"event":"session.ended"}'`,
        ].join(' \\\n'),
      ].join('\n'),
    );
  });

  test('the trigger command quotes an event name only when the shell needs it', () => {
    expect(triggerCommand('acme', 'a.b_c')).toContain(' a.b_c --to');
    expect(triggerCommand('acme', "it's on")).toContain(` 'it'\\''s on' --to`);
  });

  test('an operation with `security: []` sends no credential, whatever the document default', () => {
    const open: SpecDocument = {
      ...bearer,
      paths: {
        ...(bearer.paths as object),
        '/public/key': {
          get: { operationId: 'publicKey', summary: 'Public key', security: [], responses: {} },
        },
      },
    };
    const curl = curlSample(context(open), entry(open, 'publicKey'));
    expect(curl).toBe("curl --request GET \\\n  --url 'https://api.acme.test/v2/public/key'");
    // The document default still applies to the others.
    expect(curlSample(context(open), entry(open, 'end'))).toContain('"Authorization: Bearer $ACME_TOKEN"');
  });

  test("a webhook's curl never carries the API's credential", () => {
    for (const document of [bearer, rawHeader]) {
      const curl = webhookSample(context(document), entry(document, 'sessionEnded'));
      expect(curl).not.toContain('Authorization');
      expect(curl).not.toContain('$ACME_TOKEN');
    }
  });

  test('with a local stand-in listed among the servers, samples still call the real API; Getting started names the stand-in', () => {
    const withMock: SpecDocument = {
      ...bearer,
      servers: [{ url: 'http://127.0.0.1:4100' }, { url: 'https://api.acme.test/v2/' }],
    };
    expect(productionServer(withMock)).toBe('https://api.acme.test/v2');
    expect(curlSample(context(withMock), entry(withMock, 'end'))).toContain(
      "--url 'https://api.acme.test/v2/end'",
    );
    expect(mockServer(withMock)).toBe('http://127.0.0.1:4100');
    // Without one, the stand-in is Prism on the spec's mock port.
    expect(mockServer(bearer)).toBe('http://127.0.0.1:4099');
    expect(
      mockServer({
        ...bearer,
        servers: [{ url: 'https://api.acme.test/v2/' }, { url: 'http://localhost:5000/' }],
      }),
    ).toBe('http://localhost:5000');
  });

  test('shellQuote survives single quotes', () => {
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });
});

describe('TypeScript samples', () => {
  test('a paged list walks every page with paginate, with typed literals', () => {
    const source = typescriptSample(context(bearer), entry(bearer, 'listRoomUsers'));
    expect(source).toContain("import { ApiError, createClient } from '@rtc-sessions/acme';");
    expect(source).toContain('ACME_KEY + ACME_SECRET, or sends ACME_TOKEN');
    expect(source).toContain(
      [
        "  for await (const user of client.paginate('/rooms/{roomId}/users', {",
        '    params: {',
        "      path: { roomId: 'a/b' },",
        "      query: { room: 'o\\'brien room', active: false },",
        '    },',
        '  })) {',
        '    console.log(user);',
        '  }',
      ].join('\n'),
    );
  });

  test('other operations call the method with their body, inside a try that handles the ApiError', () => {
    const source = typescriptSample(context(bearer), entry(bearer, 'end'));
    expect(source).toContain("  const { data } = await client.POST('/end', { body: { roomId: 'r1' } });");
    expect(source).toMatch(/^try \{$/m);
    expect(source).toContain('  if (!(error instanceof ApiError)) throw error;');
    expect(source).toContain('  console.error(error.status, error.code, error.providerMessage);');
  });

  test('an operation whose success has no body prints the status, not an undefined data', () => {
    const document = structuredClone(bearer);
    const end = (document.paths as Record<string, { post: { responses: object } }>)['/end'];
    if (end) end.post.responses = { '204': { description: 'Ended.' } };
    const source = typescriptSample(context(document), entry(document, 'end'));
    expect(source).toContain("const { response } = await client.POST('/end'");
    expect(source).toContain('console.log(response.status);');
    expect(source).not.toContain('data');
  });

  test.each([
    ['/sessions', 'session'],
    ['/data/participants', 'participant'],
    ['/data', 'item'],
    [undefined, 'item'],
  ])('itemName(%s) is %s', (pointer, want) => {
    expect(itemName(pointer)).toBe(want);
  });

  test('tsLiteral breaks long objects over lines and quotes odd keys', () => {
    expect(tsLiteral({ 'a-b': 1 })).toBe("{ 'a-b': 1 }");
    expect(tsLiteral({ long: 'x'.repeat(80) })).toBe(`{\n  long: '${'x'.repeat(80)}',\n}`);
  });
});

describe('auth', () => {
  test('reads the header and prefix from the scheme', () => {
    expect(authOf(bearer)).toMatchObject({ in: 'header', name: 'Authorization', prefix: 'Bearer ' });
    expect(authOf(rawHeader)).toMatchObject({ in: 'header', name: 'Authorization', prefix: '' });
    expect(authOneLiner(authOf(rawHeader), env)).toContain('no prefix');
  });

  test('an undefined scheme is an error naming it', () => {
    const broken = { ...bearer, security: [{ Missing: [] }] };
    expect(() => authOf(broken)).toThrow(/Missing is not defined/);
  });

  test('the section has the header, the scheme description and how the client finds credentials', () => {
    const section = authSection(rawHeader, env, '@rtc-sessions/acme');
    expect(section).toMatch(/^## Authentication\n/);
    expect(section).toContain('`Authorization: <token>` — the token itself, with **no** `Bearer ` prefix');
    expect(section).toContain('A JWT\nsigned with HS256.');
    expect(section).toContain('`ACME_KEY` (option `apiKey`) and `ACME_SECRET` (option `secret`)');
  });
});

describe('rate limits', () => {
  test('a label is shown with what it allows; none says so', () => {
    const list = entry(bearer, 'listRoomUsers');
    expect(rateLimitParagraph(bearer, list)).toBe(
      "**Rate limit:** Heavy — 40 requests per second per account, daily cap of 1000 requests shared with Bulk ([the provider's limits](https://acme.test/limits)).",
    );
    expect(rateLimitParagraph(bearer, entry(bearer, 'end'))).toMatch(/publishes none/);
    expect(rateLimitSummary(bearer, [list])).toBe(
      'Heavy: 40 requests per second per account, daily cap of 1000 requests shared with Bulk',
    );
    expect(rateLimitSummary(bearer, [])).toBe('none published');
  });

  test('a label the spec does not define is an error listing the defined ones', () => {
    const list = entry(bearer, 'listRoomUsers');
    const operation = { ...list, extensions: { ...list.extensions, 'x-rtc-rate-limit': 'Hevy' } };
    expect(() => rateLimitParagraph(bearer, operation)).toThrow(
      /"Hevy" is not a label of x-rtc-rate-limits \(Heavy, Bulk\)/,
    );
  });
});

describe('operationsOf', () => {
  test("lists the spec's operations (not its webhooks) and refuses one without an operationId", () => {
    expect(operationsOf(bearer).map((op) => [op.method, op.path, op.operationId])).toEqual([
      ['get', '/rooms/{roomId}/users', 'listRoomUsers'],
      ['post', '/end', 'end'],
    ]);
    const anonymous = structuredClone(bearer);
    const end = (anonymous.paths as Record<string, { post: { operationId?: string } }>)['/end'];
    if (end) delete end.post.operationId;
    expect(() => operationsOf(anonymous)).toThrow('POST /end has no operationId or summary');
  });
});

describe('the docs copy', () => {
  const copy = docsCopy(bearer, {
    providerId: 'acme',
    clientPackage: '@rtc-sessions/acme',
    env,
    tokenSigner: 'signAcmeToken',
    webhookEnv,
  });

  test('adds samples to every operation and webhook, leaving the bundle alone', () => {
    const copied = describeOperations(copy, { webhooks: true });
    expect(copied.map((item) => item.kind)).toEqual(['operation', 'operation', 'webhook']);
    for (const item of copied)
      expect(operationObject(copy, item)['x-codeSamples']?.length).toBeGreaterThan(0);
    const bundled = describeOperations(bearer, { webhooks: true });
    expect(bundled.every((item) => operationObject(bearer, item)['x-codeSamples'] === undefined)).toBe(true);
  });

  test('opens with Authentication, unwraps prose, labels the version', () => {
    expect(copy.info.description).toMatch(/^## Authentication\n/);
    expect(copy.info.description).toContain('A JWT signed with HS256.');
    expect(copy.info.description).toContain('About this API.');
    expect(copy.info.version).toBe('v2');
    expect(versionLabel('v2')).toBe('v2');
  });

  test('Authentication, then Getting started (install, token, first request, first webhook), then limits and errors', () => {
    const description = copy.info.description ?? '';
    const at = (heading: string) => description.indexOf(`\n${heading}\n`);
    const order = [
      '## Getting started',
      '### 1. Install the client',
      '### 2. Turn your key and secret into a token',
      '### 3. Make a first request: List room users',
      '### 4. Receive a first webhook',
      '## Rate limits and error codes',
      '## About this description',
    ].map(at);
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(description).toContain('npm install @rtc-sessions/acme');
    expect(description).toContain(
      'export ACME_TOKEN="$(node --input-type=module -e "import { signAcmeToken } from \'@rtc-sessions/acme\'; console.log(await signAcmeToken({ apiKey: process.env.ACME_KEY, secret: process.env.ACME_SECRET }));")"',
    );
    expect(description).toContain(
      'ACME_WEBHOOK_SECRET=… npx --package @rtc-sessions/contract rtc-contract trigger --provider acme session.ended --to http://127.0.0.1:8787/',
    );
    expect(description).toContain(
      '| Heavy | 40 | second | account | daily cap of 1000 requests shared with Bulk | about 40 requests per second | `listRoomUsers` |',
    );
    expect(description).toContain('| Bulk | 20 | minute | app | — | about 20 requests per minute | — |');
    expect(description).toContain(
      "### Webhook retries\n\nTimeout 5 s for the receiver's 2xx; 2 retries, after 1 min, 10 min (each counted from the previous attempt). ([source](https://acme.test/webhooks))",
    );
  });

  test('participants operations get the other words for participants', () => {
    expect(extraSearchTerms(entry(bearer, 'listRoomUsers'))).toEqual(['participants', 'peers']);
    expect(extraSearchTerms(entry(bearer, 'end'))).toEqual([]);
    expect(entry(copy, 'listRoomUsers').description).toContain('*Also searchable as:* participants, peers.');
  });
});

describe('unwrapMarkdown', () => {
  test.each([
    ['a\nb', 'a b'],
    ['a\n\nb', 'a\n\nb'],
    ['- one\n  more\n- two', '- one more\n- two'],
    ['| a |\n| b |', '| a |\n| b |'],
    ['text\n```\ncode\nlines\n```', 'text\n```\ncode\nlines\n```'],
    ['hard  \nbreak', 'hard  \nbreak'],
    ['## Title\nbody', '## Title\nbody'],
  ])('%j → %j', (input, want) => {
    expect(unwrapMarkdown(input)).toBe(want);
  });
});

describe('Redoc page post-processing', () => {
  test('root-relative links become hash routes; other links stay', () => {
    expect(
      hashRoutes(
        '<a class="x" href="/">a</a><a href="/sessions">b</a><a href="//h.test/">c</a><a href="#/x">d</a>',
      ),
    ).toBe(
      '<a class="x" href="#/">a</a><a href="#/sessions">b</a><a href="//h.test/">c</a><a href="#/x">d</a>',
    );
  });

  test('the module becomes a classic script', () => {
    const script = toClassicScript(
      'const{a,hydrate}=(()=>{let u=import.meta.url;let s="import.meta.url";return{a:1,hydrate:2}})();export{a,hydrate};',
    );
    expect(script).toBe(
      'const{a,hydrate}=(()=>{let u=(0,eval)("import.meta.url");let s="import.meta.url";return{a:1,hydrate:2}})();globalThis.__rtcRedoc={a,hydrate};\n',
    );
    expect(() => toClassicScript('export default 1')).toThrow(/no longer ends with/);
  });

  test('the CDN import and preload are replaced, or the build fails', () => {
    const cdn = 'https://cdn.redocly.com/redoc/v3.0.1/bundles/redoc.standalone.js';
    const html = `<head><link rel="modulepreload" href="${cdn}" integrity="x" crossorigin="anonymous" /></head><script type="module">import { hydrate } from "${cdn}";</script>`;
    expect(useSharedRedocScript(html)).toBe(
      '<head></head><script type="module">const { hydrate } = globalThis.__rtcRedoc;</script>',
    );
    expect(() => useSharedRedocScript('<html></html>')).toThrow(/without --inlineBundle/);
  });
});

describe('the hub', () => {
  test('anchors follow Redoc routes', () => {
    expect(redocAnchor('Session users', 'listSessionUsers')).toBe('#/session-users/listsessionusers');
    expect(redocAnchor(undefined, 'ping')).toBe('#/ping');
  });

  test('pagination labels', () => {
    expect(
      paginationLabel({
        scheme: 'cursor',
        cursorParam: 'start',
        nextCursor: '/last',
        sizeParam: 'limit',
        items: '/data',
      }),
    ).toBe('cursor (`start` ← `last`, size `limit`)');
    expect(
      paginationLabel({
        scheme: 'page-number',
        pageParam: 'page',
        sizeParam: 'perPage',
        items: '/data',
        lastPage: '/pageInfo/lastPage',
      }),
    ).toBe('page-number (`page`, size `perPage`)');
    expect(paginationLabel(undefined)).toBeUndefined();
  });

  test('changesets and changelogs of a package, and the newest server recording', () => {
    const root = mkdtempSync(join(tmpdir(), 'docs-history-'));
    mkdirSync(join(root, '.changeset'));
    writeFileSync(join(root, '.changeset/README.md'), '# not a changeset');
    writeFileSync(
      join(root, '.changeset/a.md'),
      '---\n"@rtc-sessions/acme": minor\n"@rtc-sessions/other": patch\n---\n\nAdded X.\n',
    );
    writeFileSync(join(root, '.changeset/b.md'), '---\n"@rtc-sessions/other": patch\n---\n\nNot ours.\n');
    mkdirSync(join(root, 'packages/acme'), { recursive: true });
    writeFileSync(join(root, 'packages/acme/CHANGELOG.md'), '# @rtc-sessions/acme\n\n## 0.2.0\n\n- Y\n');
    expect(changeNotes(['@rtc-sessions/acme'], root)).toEqual([
      { file: '.changeset/a.md', release: 'pending', bump: 'minor', text: 'Added X.' },
      { file: 'packages/acme/CHANGELOG.md', release: '0.2.0', text: '- Y' },
    ]);
    const folder = join(root, 'contract-tests/recordings/acme/op');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'a.json'),
      JSON.stringify({ recordedAt: '2026-01-02T00:00:00Z', source: 'live run' }),
    );
    writeFileSync(
      join(folder, 'b.json'),
      JSON.stringify({ recordedAt: '2026-03-01T00:00:00Z', source: 'spec example "x"' }),
    );
    writeFileSync(
      join(folder, 'c.json'),
      JSON.stringify({ recordedAt: '2026-02-01T00:00:00Z', source: 'published page' }),
    );
    expect(recordingsOf('acme', root)).toEqual({
      count: 3,
      fromSpecExamples: 1,
      newestServerRecording: '2026-02-01T00:00:00Z',
      newestServerSource: 'published page',
    });
  });

  test('parseChangeset without front matter keeps the text', () => {
    expect(parseChangeset('just text')).toEqual({ packages: {}, summary: 'just text' });
  });

  test('Markdown for the index', () => {
    expect(inlineMarkdown('`a<b>` **c** [d](https://e.test/)')).toBe(
      '<code>a&lt;b&gt;</code> <strong>c</strong> <a href="https://e.test/">d</a>',
    );
    expect(blockMarkdown('Intro\ntext.\n\n- one\n  more\n- two')).toBe(
      '<p>Intro text.</p>\n<ul><li>one more</li><li>two</li></ul>',
    );
  });
});
