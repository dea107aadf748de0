/**
 * `rtc-contract listen` against a hostile or careless sender (issue 16 §4.5): a delivery over the
 * size limit gets a 413 the sender actually reads (not a reset socket), and the receiver goes on;
 * a violating field's value is printed with the same redaction as cassettes.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DeliveryReport,
  formatDeliveryLine,
  MAX_DELIVERY_BYTES,
  type RunningListener,
  startListener,
} from '../dist/webhook-listen.js';
import { trigger } from '../dist/webhook-trigger.js';

const SECRET = 'zoom-secret-token-that-must-not-print';
const env = { ZOOM_WEBHOOK_SECRET_TOKEN: SECRET };
const reports: DeliveryReport[] = [];
let listener: RunningListener;

beforeAll(async () => {
  listener = await startListener({ provider: 'zoom-videosdk', env, onDelivery: (r) => reports.push(r) });
});
afterAll(() => listener?.close());

/** Posts `size` bytes with node:http (which, unlike fetch, reports exactly what the socket did). */
function postLarge(url: string, size: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('a delivery over the size limit', () => {
  it('gets a 413 that the sender reads, and the receiver takes the next delivery', async () => {
    const answer = await postLarge(listener.url, MAX_DELIVERY_BYTES + 1024 * 1024);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ error: 'too_large', limit: MAX_DELIVERY_BYTES });
    expect(reports.at(-1)).toMatchObject({ verdict: 'rejected', reason: 'too_large', status: 413 });

    const next = await trigger({
      provider: 'zoom-videosdk',
      event: 'session.started',
      to: listener.url,
      env,
    });
    expect(next.status).toBe(200);
    expect(reports.at(-1)).toMatchObject({ event: 'session.started', verdict: 'ok' });
  });

  it('fetch (undici) sees the 413 too, with a body of exactly the limit plus one byte', async () => {
    const response = await fetch(listener.url, { method: 'POST', body: 'x'.repeat(MAX_DELIVERY_BYTES + 1) });
    expect(response.status).toBe(413);
  });
});

describe('a violating value is printed redacted, as cassettes are', () => {
  it('the secret in a wrong-typed field and an undocumented api_key never reach the line or the JSON', async () => {
    const body = JSON.stringify({
      event: 'session.started',
      event_ts: SECRET, // a number in the contract: an error quoting the value
      payload: {
        account_id: 'acc',
        object: {
          id: 'x',
          session_id: 's',
          session_name: 'n',
          session_key: 'k',
          start_time: '2024-01-01T00:00:00Z',
          api_key: 'sk_live_do_not_print',
        },
      },
    });
    const sent = await trigger({
      provider: 'zoom-videosdk',
      event: 'session.started',
      to: listener.url,
      env,
      body,
    });
    expect(sent.status).toBe(200);
    const report = reports.at(-1) as DeliveryReport;
    expect(report.verdict).toBe('violations');
    const eventTs = report.errors.find((v) => v.pointer === '/event_ts');
    expect(eventTs?.actual).toBe('[REDACTED]');
    const apiKey = [...report.errors, ...report.warnings].find((v) => v.pointer.endsWith('/api_key'));
    expect(apiKey?.actual).toBe('[REDACTED]');
    for (const text of [formatDeliveryLine(report), JSON.stringify(report)]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('sk_live_do_not_print');
    }
  });
});
