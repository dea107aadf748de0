import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeOperations } from '@rtc-sessions/openapi-model';
import { describe, expect, test } from 'vitest';
import { loadHub } from '../src/hub.js';
import { errorRows, limitsAndErrors } from '../src/limits-and-errors.js';
import { loadProviders } from '../src/providers.js';
import { renderIndex } from '../src/render-index.js';
import { loadSpecChangelog } from '../src/spec-changelog.js';
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
    const table = zoom.document['x-rtc-rate-limits'] as { labels: Record<string, string> };
    for (const [label, allows] of Object.entries(table.labels))
      expect(section).toContain(`| ${label} | ${allows} |`);
    expect(section).toMatch(/\| 429 \| `429` \| .*`Retry-After`.* \| every operation \|/);
    expect(section).toMatch(/\| 404 \| `3001` \|/);
  });

  test('a provider without labels says it publishes none', () => {
    const hms = byId('100ms');
    expect(limitsAndErrors(hms.document, describeOperations(hms.document))).toContain(
      'The provider publishes no rate limits for these operations.',
    );
  });
});

describe('the classified spec changelog hook (spec/<provider>/CHANGELOG.spec.json)', () => {
  const root = mkdtempSync(join(tmpdir(), 'spec-changelog-'));
  const write = (id: string, content: unknown) => {
    mkdirSync(join(root, 'spec', id), { recursive: true });
    writeFileSync(join(root, 'spec', id, 'CHANGELOG.spec.json'), JSON.stringify(content));
  };

  test('absent: nothing; present: each change with its class; malformed: an error naming the file', async () => {
    expect(loadSpecChangelog('acme', root)).toBeUndefined();
    write('acme', {
      base: '@rtc-sessions/spec-acme@1.0.0',
      changes: [
        { class: 'breaking', message: 'Removed response field `peers`', operation: 'getSession' },
        { classification: 'non-breaking', description: 'New optional query parameter `active`' },
      ],
    });
    const log = loadSpecChangelog('acme', root);
    expect(log).toEqual({
      file: 'spec/acme/CHANGELOG.spec.json',
      base: '@rtc-sessions/spec-acme@1.0.0',
      changes: [
        { class: 'breaking', text: 'Removed response field `peers`', where: 'getSession' },
        { class: 'non-breaking', text: 'New optional query parameter `active`' },
      ],
    });
    write('bad', { changes: [{ message: 'no class' }] });
    expect(() => loadSpecChangelog('bad', root)).toThrow(
      'spec/bad/CHANGELOG.spec.json: changes[0] needs a "class"',
    );

    // The hub lists each change with its class.
    const [hub] = await loadHub([byId('100ms')]);
    if (!hub || !log) throw new Error('no hub');
    const html = renderIndex([{ ...hub, specChanges: log }]);
    expect(html).toContain(
      '<li data-class="breaking"><span class="tag change-class change-breaking">breaking</span> Removed response field <code>peers</code> <code>getSession</code></li>',
    );
    expect(html).toContain('data-class="non-breaking"');
  });
});

describe('one fact, one home', () => {
  test('the docs copy names no rate-limit figure the spec does not hold', () => {
    const zoom = byId('zoom-videosdk');
    const text = limitsAndErrors(zoom.document as SpecDocument, describeOperations(zoom.document));
    for (const figure of text.matchAll(/about (\d+) requests/g))
      expect(JSON.stringify(zoom.document['x-rtc-rate-limits'])).toContain(`about ${figure[1]} requests`);
  });
});
