import { describe, expect, it } from 'vitest';
import { REDACTED, redactHeaders, redactJson } from '../src/redact.js';

describe('redaction of credentials not named like `authorization`/`token`', () => {
  it.each([
    ['x-auth', 'opaque-credential-1'],
    ['Authentication', 'Basic Zm9vOmJhcg=='],
    ['set-cookie', 'sid=abc; HttpOnly'],
  ])('the %s header is redacted', (name, value) => {
    expect(redactHeaders({ [name]: value })).toEqual({ [name.toLowerCase()]: REDACTED });
  });

  it.each([
    ['token', 'opaque-token-1'],
    ['id_token', 'opaque-token-2'],
    ['signature', 'c2lnbmF0dXJl'],
    ['client_secret', 'hunter2hunter2'],
  ])('a body field named %s is redacted wherever it is', (field, value) => {
    expect(redactJson({ data: [{ [field]: value }] })).toEqual({ data: [{ [field]: REDACTED }] });
  });

  it('a cursor is not a credential: next_page_token is kept', () => {
    expect(redactJson({ next_page_token: 'abc' })).toEqual({ next_page_token: 'abc' });
  });
});
