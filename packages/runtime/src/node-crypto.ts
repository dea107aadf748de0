import type * as NodeCrypto from 'node:crypto';
import { ConfigurationError } from './errors.js';

// For the synchronous webhook functions only (`verifyWebhookSync`, `answerUrlValidationSync`, the
// test signers): everything else runs on Web Crypto. Loaded on first use, not imported, so that no
// client or async verifier has a `node:` import on its path. `process.getBuiltinModule`
// (Node ≥ 20.16) loads it synchronously, so the sync variants stay synchronous.
let crypto: typeof NodeCrypto | undefined;

/** `node:crypto`, loaded the first time it is asked for; a `ConfigurationError` outside Node. */
export function nodeCrypto(): typeof NodeCrypto {
  if (!crypto) {
    const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    if (typeof node?.getBuiltinModule !== 'function')
      throw new ConfigurationError(
        'node:crypto is not available in this runtime: the synchronous webhook functions are for Node; use verifyWebhook',
      );
    crypto = node.getBuiltinModule('node:crypto') as typeof NodeCrypto;
  }
  return crypto;
}
