/**
 * How a request authenticates, read from the spec's security schemes: which header (or query
 * parameter) carries the credential and with which prefix. The curl samples, the Authentication
 * section at the top of each page and the index's one-liner all come from here.
 */
import { type SecurityRequirement, type SecurityScheme, securityScheme } from '@rtc-sessions/openapi-model';
import type { CredentialEnv } from './client-facts.js';
import { AUTHENTICATION } from './page-sections.js';
import type { SpecDocument } from './spec-document.js';

export interface AuthPlacement {
  schemeName: string;
  scheme: SecurityScheme;
  in: 'header' | 'query' | 'cookie';
  /** The header, query parameter or cookie name. */
  name: string;
  /** What precedes the token in the value: `Bearer `, `Basic ` or nothing. */
  prefix: string;
}

/**
 * The first scheme of some security requirements (an operation's `security` as openapi-model
 * gives it; by default the document's), or undefined when none applies.
 */
export function authOf(
  document: SpecDocument,
  requirements: SecurityRequirement[] = document.security ?? [],
): AuthPlacement | undefined {
  const schemeName = requirements.flatMap((requirement) => Object.keys(requirement))[0];
  if (!schemeName) return undefined;
  const scheme = securityScheme(document, schemeName);
  switch (scheme.type) {
    case 'apiKey':
      if (!scheme.name || !scheme.in)
        throw new Error(`apiKey scheme ${schemeName} needs \`name\` and \`in\``);
      return { schemeName, scheme, in: scheme.in, name: scheme.name, prefix: '' };
    case 'http': {
      const httpScheme = (scheme.scheme ?? '').toLowerCase();
      const prefix =
        httpScheme === 'bearer' ? 'Bearer ' : httpScheme === 'basic' ? 'Basic ' : `${scheme.scheme} `;
      return { schemeName, scheme, in: 'header', name: 'Authorization', prefix };
    }
    case 'oauth2':
    case 'openIdConnect':
      return { schemeName, scheme, in: 'header', name: 'Authorization', prefix: 'Bearer ' };
    default:
      throw new Error(`security scheme ${schemeName} of type ${scheme.type} has no curl form`);
  }
}

/** `Authorization: Bearer <JWT>`: the header as the reader writes it. */
export function authHeaderTemplate(auth: AuthPlacement): string {
  const token = `<${auth.scheme.bearerFormat ?? 'token'}>`;
  if (auth.in === 'query') return `?${auth.name}=${token}`;
  if (auth.in === 'cookie') return `Cookie: ${auth.name}=${token}`;
  return `${auth.name}: ${auth.prefix}${token}`;
}

/** One line for the index: the header and where the token comes from. */
export function authOneLiner(auth: AuthPlacement | undefined, env: CredentialEnv): string {
  if (!auth) return 'No authentication.';
  const note = auth.prefix === '' && auth.in === 'header' ? ' (the token itself, no prefix)' : '';
  return `\`${authHeaderTemplate(auth)}\`${note}, a ${auth.scheme.bearerFormat ?? 'token'} signed from ${env.keys
    .map(([, variable]) => `\`${variable}\``)
    .join(' + ')}`;
}

/**
 * The Authentication section that opens each provider page (Markdown, for `info.description`):
 * the header to send, the scheme's own description (token format, claims, where to get a key,
 * which helper signs it) and how our client finds its credentials.
 */
export function authSection(
  document: SpecDocument,
  env: CredentialEnv,
  clientPackage: string,
  headingLevel = 2,
): string {
  const auth = authOf(document);
  const hashes = '#'.repeat(headingLevel);
  if (!auth) return `${hashes} ${AUTHENTICATION}\n\nThis API takes no credentials.\n`;
  const keys = env.keys.map(([option, variable]) => `\`${variable}\` (option \`${option}\`)`).join(' and ');
  const description = (auth.scheme.description ?? '').trim();
  // A description that already opens with the header needs no line saying it again.
  const headerLine = description.includes(`${auth.name}: ${auth.prefix}`)
    ? []
    : [
        `Every request sends \`${authHeaderTemplate(auth)}\`${
          auth.prefix === '' && auth.in === 'header'
            ? ' — the token itself, with **no** `Bearer ` prefix'
            : ''
        }.`,
        '',
      ];
  return [
    `${hashes} ${AUTHENTICATION}`,
    '',
    ...headerLine,
    description,
    '',
    `**With our client** (\`${clientPackage}\`), \`createClient()\` reads ${keys} and signs and renews the token for you, ` +
      `or sends a ready token from \`${env.tokenEnv}\` (option \`token\`) as is. ` +
      `The curl samples below read the token from \`$${env.tokenEnv}\`.`,
    '',
  ].join('\n');
}
