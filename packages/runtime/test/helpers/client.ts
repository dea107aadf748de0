import {
  createApiClient,
  type ListOperations,
  type PipelineOptions,
  staticToken,
} from '../../src/internal.js';

/** No parameters of a kind, as openapi-typescript writes it. */
interface NoParameters {
  query?: never;
  header?: never;
  path?: never;
  cookie?: never;
}

/** An operation as openapi-typescript writes it: `Query` is `{ query?: … }` or `{ query: … }`. */
interface JsonOperation<Query, ResponseBody> {
  parameters: Omit<NoParameters, 'query'> & Query;
  responses: {
    200: { headers: { [name: string]: unknown }; content: { 'application/json': ResponseBody } };
  };
}

/** A list (GET) with query `Query` answering `Page`. */
interface ListPathItem<Query, Page> {
  parameters: NoParameters;
  get: JsonOperation<Query, Page> & { requestBody?: never };
}

/** The shape of `paths` the test lists use (a small hand-written API). */
export interface TestPaths {
  '/items': ListPathItem<
    { query?: { page?: number; perPage?: number } },
    { pageInfo: { lastPage: number }; data: { id: string }[] }
  > & {
    post: JsonOperation<{ query?: never }, { id: string }> & {
      requestBody: { content: { 'application/json': { name: string } } };
    };
  };
  '/cursor': ListPathItem<
    { query: { from: string; page_size?: number; next_page_token?: string } },
    { next_page_token?: string; sessions?: { name: string }[] }
  >;
  '/last': ListPathItem<
    { query?: { limit?: number; start?: string } },
    { limit: number; last?: string; data: { id: string }[] | null }
  >;
}

export const testLists = {
  '/items': {
    pagination: {
      scheme: 'page-number',
      pageParam: 'page',
      sizeParam: 'perPage',
      items: '/data',
      lastPage: '/pageInfo/lastPage',
    },
    params: { page: { default: 1, minimum: 1 }, perPage: { default: 20, minimum: 1 } },
  },
  '/cursor': {
    pagination: {
      scheme: 'cursor',
      cursorParam: 'next_page_token',
      sizeParam: 'page_size',
      items: '/sessions',
      nextCursor: '/next_page_token',
      cursorLifetimeSeconds: 900,
    },
    params: { page_size: { default: 30, minimum: 1, maximum: 300 } },
  },
  '/last': {
    pagination: {
      scheme: 'cursor',
      cursorParam: 'start',
      sizeParam: 'limit',
      items: '/data',
      nextCursor: '/last',
      endsOnShortPage: true,
    },
    params: { limit: { default: 10, minimum: 10, maximum: 100 } },
  },
} as const satisfies ListOperations;

export const TEST_TOKEN = 'test-token-d0n7-l34k';

/** A client of the test API on `baseUrl`, with tiny retry delays. */
export function testClient(
  baseUrl: string,
  pipeline: Partial<PipelineOptions> = {},
  profile: Partial<PipelineOptions['profile']> = {},
) {
  return createApiClient<TestPaths, typeof testLists>({
    baseUrl,
    listOperations: testLists,
    pipeline: {
      profile: {
        provider: 'test-api',
        title: 'Test API',
        authorization: (t) => `Bearer ${t}`,
        requestIdHeaders: ['x-request-id'],
        errorBody: { code: '/code', message: '/message', details: '/details' },
        ...profile,
      },
      tokenSource: staticToken(TEST_TOKEN),
      timeoutMs: 2000,
      retry: { maxAttempts: 3, initialDelayMs: 1, maxDelayMs: 5, maxElapsedMs: 10_000 },
      ...pipeline,
    },
  });
}
