/**
 * Providers name the people in a session differently (participants, users, peers). Redoc's search
 * matches words, so an operation about any of them is given the others as search terms, and a
 * reader searching with another provider's word still finds it.
 */
import type { OperationInfo } from '@rtc-sessions/openapi-model';

/** Words for "a person in a session"; not provider names, so this list holds no provider facts. */
export const PARTICIPANT_WORDS = ['participants', 'users', 'peers'] as const;

function mentions(text: string, word: string): boolean {
  const stem = word.replace(/s$/, '');
  return new RegExp(`\\b${stem}s?\\b`, 'i').test(text);
}

/**
 * The participant words an entry does not use yet, if it is about participants: its summary, path
 * or tag names them (a description that mentions them in passing does not make it one).
 */
export function extraSearchTerms(entry: OperationInfo): string[] {
  const { summary = '', tags } = entry;
  const named = [summary, entry.path, ...tags].join(' ');
  if (!PARTICIPANT_WORDS.some((word) => mentions(named, word))) return [];
  return PARTICIPANT_WORDS.filter((word) => !mentions(named, word));
}

/**
 * Words a reader may search with for the same thing, across the providers' vocabularies: a query
 * term matches every word of its group. Generic vocabulary, not provider facts.
 */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  ['participant', 'peer', 'user', 'attendee'],
  ['end', 'stop', 'terminate'],
  ['session', 'room'],
  ['signature', 'sign', 'signed', 'verify', 'verification', 'hmac'],
  ['limit', 'throttle', 'quota'],
];
