import type * as NodeCrypto from 'node:crypto';

// Loaded on first use, not at import: the runtime is bundled with everything a client imports, and
// initialising node:crypto was a third of a client's import cost, for a client that may never sign
// a token nor verify a webhook. `process.getBuiltinModule` (Node ≥ 20.16) loads it synchronously,
// so `verifyWebhookSync` stays synchronous.
let crypto: typeof NodeCrypto | undefined;

/** `node:crypto`, loaded the first time it is asked for. */
export function nodeCrypto(): typeof NodeCrypto {
  crypto ??= process.getBuiltinModule('node:crypto');
  return crypto;
}
