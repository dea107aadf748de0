import { describe, expect, it } from 'vitest';
import { retryPolicyOf, UNPUBLISHED_TIMEOUT_MS } from '../src/index.js';
import { specFacts } from '../src/sim/spec-facts.js';
import { loadSpec } from '../src/specs.js';

// What the simulator enforces and how it retries deliveries come from the bundled specs alone:
// change the spec and the simulator changes with it.
describe("the simulator's rate limits and delivery retries, read from the specs", () => {
  it("Zoom: each operation's label budget from x-rtc-rate-limits, the retry schedule from webhookRetries", () => {
    const spec = loadSpec('zoom-videosdk');
    const facts = specFacts(spec);
    expect(facts.operations.get('listSessions')?.rateLimit).toEqual({
      label: 'Resource-intensive',
      limit: 20,
      windowMs: 60_000,
    });
    expect(facts.operations.get('getSession')?.rateLimit).toEqual({
      label: 'Heavy',
      limit: 40,
      windowMs: 1000,
    });
    expect(retryPolicyOf(spec.facts)).toEqual({
      timeoutMs: 3000,
      retryDelaysMs: [300_000, 1_200_000, 3_600_000],
      source: 'https://devsupport.zoom.us/hc/en-us/articles/360059893812-Webhook-delays',
    });
  });

  it('VideoSDK and 100ms publish neither: no operation is limited, a delivery is tried once', () => {
    for (const provider of ['videosdk', '100ms']) {
      const spec = loadSpec(provider);
      expect([...specFacts(spec).operations.values()].filter((op) => op.rateLimit)).toEqual([]);
      const policy = retryPolicyOf(spec.facts);
      expect(policy).toMatchObject({ timeoutMs: UNPUBLISHED_TIMEOUT_MS, retryDelaysMs: [] });
      expect(policy.source).toMatch(/publishes no retry policy: .*no response timeout and no retry schedule/);
    }
  });

  it('follows an edited spec, and refuses a label the spec does not define', () => {
    const spec = loadSpec('zoom-videosdk');
    const doc = structuredClone(spec.doc) as { 'x-rtc-rate-limits': { labels: Record<string, unknown> } };
    doc['x-rtc-rate-limits'].labels['Resource-intensive'] = {
      requests: 5,
      per: 'hour',
      scope: 'account',
      description: 'five an hour',
    };
    const edited = specFacts({ ...spec, doc });
    expect(edited.operations.get('listSessions')?.rateLimit).toEqual({
      label: 'Resource-intensive',
      limit: 5,
      windowMs: 3_600_000,
    });
    expect(
      retryPolicyOf({
        name: 'Zoom',
        webhookRetries: {
          published: true,
          timeoutSeconds: 1.5,
          delaysSeconds: [10],
          source: 'https://x.test',
        },
      }),
    ).toMatchObject({ timeoutMs: 1500, retryDelaysMs: [10_000] });
    delete doc['x-rtc-rate-limits'].labels.Heavy;
    expect(() => specFacts({ ...spec, doc })).toThrow(
      /x-rtc-rate-limit "Heavy" is not a label of x-rtc-rate-limits/,
    );
  });
});
