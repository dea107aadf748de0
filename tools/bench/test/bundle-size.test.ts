import { describe, expect, it } from 'vitest';
import { bundleCeilingBytes } from '../src/budgets.js';
import { bundleSize, thirdParty } from '../src/bundle-size.js';
import { clientPackages } from '../src/client-packages.js';

const clients = clientPackages();

it('finds the client packages this package depends on', () => {
  expect(clients.length).toBeGreaterThan(0);
  for (const client of clients) expect(client.providerName).not.toBe('');
});

// The same figure the benchmark prints as "our code": runtime + client, minified, openapi-fetch out.
describe.each(clients.map((c) => [c.name, c] as const))('%s bundle', (name) => {
  it(`runtime + client stay under the ${bundleCeilingBytes} B ceiling`, async () => {
    const { bytes, byFile } = await bundleSize(name, thirdParty);
    // The runtime must be in the bundle, not left out: a tiny figure would mean it was missed.
    expect(byFile.some(([file]) => file.startsWith('packages/runtime/'))).toBe(true);
    expect(bytes).toBeGreaterThan(5 * 1024);
    expect(bytes, byFile.map(([f, b]) => `${f} ${b}`).join('\n')).toBeLessThan(bundleCeilingBytes);
  });

  it('leaves webhook verification to the ./webhooks subpath', async () => {
    // The runtime is one bundled file, so look at what is in the output, not at file names.
    const main = await bundleSize(name, thirdParty);
    expect(main.byFile.map(([file]) => file).filter((file) => /webhook/.test(file))).toEqual([]);
    expect(main.text).not.toContain('WebhookVerificationError');
    const webhooks = await bundleSize(`${name}/webhooks`, thirdParty);
    expect(webhooks.text).toContain('WebhookVerificationError');
  });
});
