// The body redaction rules of contract-tests/recordings/README.md, to check the stored cassettes.
import type { Provider } from './openapi-ajv.js';

export const REDACTED = '[REDACTED]';

/** Body fields that carry secrets or personal data, per provider. */
export const redactedBodyFields: Readonly<Record<Provider, readonly string[]>> = {
  videosdk: ['apiKey'],
  'zoom-videosdk': ['ip_address'],
  '100ms': [],
};

/** A copy of the body with the provider's sensitive fields replaced by "[REDACTED]", wherever they are. */
export function redactCassetteBody(provider: Provider, body: unknown): unknown {
  const fields = new Set(redactedBodyFields[provider]);
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node).map(([k, v]) => [
          k,
          fields.has(k) && typeof v === 'string' ? REDACTED : walk(v),
        ]),
      );
    }
    return node;
  };
  return walk(body);
}
