import type { ProviderChanges } from '@rtc-sessions/api-changes';
import { describeOperations, providerFacts, rateLimits } from '@rtc-sessions/openapi-model';
import { describe, expect, test } from 'vitest';
import { loadHub } from '../src/hub.js';
import { errorRows, limitsAndErrors } from '../src/limits-and-errors.js';
import { loadProviders } from '../src/providers.js';
import { renderIndex } from '../src/render-index.js';
import { loadAllSpecChanges, specChangelogOf } from '../src/spec-changelog.js';
import type { SpecDocument } from '../src/spec-document.js';

const providers = loadProviders();
const byId = (id: string) => {
  const found = providers.find((provider) => provider.id === id);
  if (!found) throw new Error(`no provider ${id}`);
  return found;
};

describe('rate limits and error codes, from the spec', () => {
  test('every documented error answer of every operation is in a row, once', () => {
    for (const provider of providers) {
      const operations = describeOperations(provider.document);
      const rows = errorRows(provider.document, operations);
      const expected = operations.flatMap((operation) =>
        operation.responses
          .filter((response) => !/^[23]/.test(response.status))
          .map((response) => `${response.status} ${operation.operationId}`),
      );
      const listed = rows.flatMap((row) => row.operations.map((id) => `${row.status} ${id}`));
      expect(listed.sort(), provider.id).toEqual(expected.sort());
    }
  });

  test('Zoom: the labels, what they allow, the 429 headers and a provider code', () => {
    const zoom = byId('zoom-videosdk');
    const section = limitsAndErrors(zoom.document, describeOperations(zoom.document));
    const { labels } = rateLimits(zoom.document);
    expect(labels.size).toBeGreaterThan(0);
    for (const limit of labels.values()) {
      expect(section).toContain(`| ${limit.label} | ${limit.requests} | ${limit.per} | ${limit.scope} | `);
      expect(section).toContain(` | ${limit.description} | `);
    }
    // Heavy and Resource-intensive share a daily cap, and the table says with whom
    expect(section).toMatch(
      /\| Heavy \| 40 \| second \| account \| daily cap shared with Resource-intensive \|/,
    );
    expect(section).toContain(
      "[the provider's rate-limit page](https://developers.zoom.us/docs/api/rate-limits/)",
    );
    expect(section).toMatch(/\| 429 \| `429` \| .*`Retry-After`.* \| every operation \|/);
    expect(section).toMatch(/\| 404 \| `3001` \|/);
  });

  test('a provider without labels says it publishes none, with what it does say', () => {
    const hms = byId('100ms');
    const section = limitsAndErrors(hms.document, describeOperations(hms.document));
    expect(section).toContain('The provider publishes no rate limits for these operations.');
    expect(section).toContain(rateLimits(hms.document).description.trim());
  });

  test('the webhook retry policy: published with its figures and source, or none published', () => {
    const zoom = byId('zoom-videosdk');
    const retries = providerFacts(zoom.document).webhookRetries;
    if (!retries.published) throw new Error('Zoom publishes its retries');
    const section = limitsAndErrors(zoom.document, describeOperations(zoom.document));
    expect(section).toContain(
      `### Webhook retries\n\nTimeout ${retries.timeoutSeconds} s for the receiver's 2xx; ${retries.delaysSeconds.length} retries, after 5 min, 20 min, 60 min`,
    );
    expect(section).toContain(`([source](${retries.source}))`);
    const hms = byId('100ms');
    const none = providerFacts(hms.document).webhookRetries;
    expect(none.published).toBe(false);
    expect(limitsAndErrors(hms.document, describeOperations(hms.document))).toContain(
      `### Webhook retries\n\nNone published: ${none.note}`,
    );
  });
});

describe('the classified spec changelog (from @rtc-sessions/api-changes)', () => {
  test('each breaking and non-breaking change is listed with its class; words-only changes are counted', async () => {
    const all = loadAllSpecChanges();
    const fake: ProviderChanges = {
      provider: '100ms',
      title: '100ms',
      client: '@rtc-sessions/100ms',
      released: { basis: 'seed', seed: true, note: '', client: '@rtc-sessions/100ms', version: '1.0.0' },
      counts: { breaking: 1, nonBreaking: 1, docs: 3 },
      changes: [
        {
          class: 'breaking',
          where: 'GET /sessions/{id} (getSession) response 200',
          change: 'Removed field `peers`',
          pointer: '/x',
        },
        {
          class: 'non-breaking',
          where: 'GET /sessions (listSessions)',
          change: 'New optional query parameter `active`',
          pointer: '/y',
        },
        {
          class: 'docs',
          where: 'GET /sessions (listSessions)',
          change: 'description changed',
          pointer: '/z',
        },
      ],
    };
    const log = specChangelogOf('100ms', [fake]);
    expect(log?.base).toBe('@rtc-sessions/100ms@1.0.0');
    expect(log?.changes.map((c) => c.class)).toEqual(['breaking', 'non-breaking']);
    expect(log?.docsChanges).toBe(3);
    expect(specChangelogOf('acme', [fake])).toBeUndefined();

    // The real data has an entry per provider, and the hub lists each change with its class.
    expect(all.map((p) => p.provider).sort()).toEqual(['100ms', 'videosdk', 'zoom-videosdk']);
    const [hub] = await loadHub([byId('100ms')]);
    if (!hub || !log) throw new Error('no hub');
    const html = renderIndex([{ ...hub, specChanges: log }]);
    expect(html).toContain(
      '<span class="tag change-class change-breaking">breaking</span> Removed field <code>peers</code>',
    );
    expect(html).toContain('data-class="non-breaking"');
    expect(html).toContain('And 3 changes to descriptions and examples only.');
  });
});

describe('one fact, one home', () => {
  test('the docs copy names no rate-limit figure the spec does not hold', () => {
    for (const provider of providers) {
      const document = provider.document as SpecDocument;
      const { labels } = rateLimits(document);
      const text = limitsAndErrors(document, describeOperations(document));
      const held = new Set([...labels.values()].map((limit) => `${limit.requests}/${limit.per}`));
      // every label row's figures are one label's requests and window
      for (const row of text.matchAll(/^\| [^|]+ \| (\d+) \| (second|minute|hour|day) \|/gm))
        expect(held, provider.id).toContain(`${row[1]}/${row[2]}`);
      // and the words a label row quotes are that label's description
      for (const limit of labels.values())
        expect(text, provider.id).toContain(`| ${limit.label} | ${limit.requests} | ${limit.per} |`);
      for (const figure of text.matchAll(/about (\d+) requests/g))
        expect(JSON.stringify(document['x-rtc-rate-limits']), provider.id).toContain(
          `about ${figure[1]} requests`,
        );
    }
  });
});
