import { describe, expect, test } from 'vitest';
import { loadProviders } from '../src/providers.js';
import { buildSearchIndex, expandQuery, processTerm, searchSite } from '../src/search-index.js';
import { SEARCH_SYNONYMS } from '../src/search-terms.js';
import { FIRST_RESULTS } from './search-expectations.js';

describe('the hub search index', () => {
  const providers = loadProviders();
  const index = buildSearchIndex(providers);

  test.each(FIRST_RESULTS)('"%s" ranks the right entry first', (query, want) => {
    const [first] = searchSite(index, query);
    expect(first, `no result for "${query}"`).toBeDefined();
    expect(`${first?.title} ${first?.href}`).toMatch(want);
  });

  test('every provider answers a synonym: "peers" finds each API\'s participants operations', () => {
    const providersFound = new Set(
      searchSite(index, 'peers')
        .slice(0, 8)
        .map((result) => result.provider),
    );
    expect([...providersFound].sort()).toEqual(providers.map((provider) => provider.title).sort());
  });

  test('a query term matches its synonyms, and a plural its singular', () => {
    expect(processTerm('Limits')).toBe('limit');
    expect(expandQuery('end room', SEARCH_SYNONYMS)).toEqual({
      combineWith: 'AND',
      queries: [
        { combineWith: 'OR', queries: ['end', 'stop', 'terminate'] },
        { combineWith: 'OR', queries: ['room', 'session'] },
      ],
    });
  });

  test('a word nothing holds finds nothing', () => {
    expect(searchSite(index, 'qwxzv')).toEqual([]);
  });
});
