import { describe, expect, it } from 'vitest';
import { bundleCeilingBytes, bundleWithDepsCeilingBytes } from '../src/budgets.js';
import { bundleSize, thirdParty } from '../src/bundle-size.js';
import { clientPackages } from '../src/client-packages.js';

const clients = clientPackages();

it('finds the client packages this package depends on', () => {
  expect(clients.length).toBeGreaterThan(0);
  for (const client of clients) expect(client.providerName).not.toBe('');
});

// The figures the benchmark prints: "with deps" (what an app ships, the bar) and "our code" (the guard).
describe.each(clients.map((c) => [c.name, c] as const))('%s bundle', (name) => {
  it(`runtime + client with openapi-fetch bundled stay within ${bundleWithDepsCeilingBytes} B`, async () => {
    const { bytes, byFile } = await bundleSize(name);
    // Both must be in the bundle, not left out: a tiny figure would mean one was missed.
    expect(byFile.some(([file]) => file.includes('openapi-fetch'))).toBe(true);
    expect(byFile.some(([file]) => file.startsWith('packages/runtime/'))).toBe(true);
    expect(bytes, byFile.map(([f, b]) => `${f} ${b}`).join('\n')).toBeLessThanOrEqual(
      bundleWithDepsCeilingBytes,
    );
  });

  it(`runtime + client alone (openapi-fetch external) stay within the ${bundleCeilingBytes} B ceiling`, async () => {
    const { bytes, byFile } = await bundleSize(name, thirdParty);
    expect(byFile.some(([file]) => file.startsWith('packages/runtime/'))).toBe(true);
    expect(byFile.some(([file]) => file.includes('openapi-fetch'))).toBe(false);
    expect(bytes).toBeGreaterThan(5 * 1024);
    expect(bytes, byFile.map(([f, b]) => `${f} ${b}`).join('\n')).toBeLessThanOrEqual(bundleCeilingBytes);
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
