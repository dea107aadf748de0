import createOpenApiClient, {
  type Client,
  type FetchResponse,
  type MaybeOptionalInit,
  type PathSerializer,
} from 'openapi-fetch';
import { ConfigurationError } from './errors.js';
import { type CallOptions, createFetch, type PipelineOptions } from './fetch.js';
import { keysOf, rejectUnknownKeys, validKeys } from './options.js';
import { type ListOperation, type PaginateOptions, pageItems, walkBounds, walkPages } from './pagination.js';
import { PlainRequest } from './plain-request.js';
import { retryDefaults } from './retry.js';

/** The generated `listOperations`: list paths to their paging description. */
export type ListOperations = Readonly<Record<string, ListOperation>>;

type Field<T, K extends string> = T extends unknown ? (K extends keyof T ? T[K] : undefined) : never;
/** The type at a JSON pointer (`/data/participants`) inside `T`. */
export type AtPointer<T, P extends string> = P extends `/${infer Head}/${infer Rest}`
  ? AtPointer<NonNullable<Field<T, Head>>, `/${Rest}`>
  : P extends `/${infer Head}`
    ? Field<T, Head>
    : T;

/** The paths that are lists (carry `x-rtc-pagination`). */
export type ListPath<Paths, Lists extends ListOperations> = Extract<keyof Lists, keyof Paths> & string;

/** The JSON body of a list's 200 response. */
export type PageOf<Paths, P extends keyof Paths> = Paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer Body } } } };
}
  ? Body
  : never;

/** The type of one item of a list, found at its `x-rtc-pagination` items pointer. */
export type ItemOf<Paths, Lists extends ListOperations, P extends ListPath<Paths, Lists>> =
  NonNullable<AtPointer<PageOf<Paths, P>, Lists[P]['pagination']['items']>> extends readonly (infer Item)[]
    ? Item
    : never;

/** openapi-fetch's `init` of a call, with our per-call options beside its own (`undefined` kept). */
export type WithCallOptions<Init> = Init extends undefined ? undefined : Init & CallOptions;

/** The `init` of `client.GET(path, init)`. */
export type GetInit<Paths, P extends keyof Paths> = Paths[P] extends infer Item extends { get: unknown }
  ? WithCallOptions<MaybeOptionalInit<Item, 'get'>>
  : never;

/** `init` is optional when the list has no required parameter, as with `client.GET`. */
export type PaginateArgs<Paths, P extends keyof Paths> =
  undefined extends GetInit<Paths, P>
    ? [init?: GetInit<Paths, P>, options?: PaginateOptions]
    : [init: GetInit<Paths, P>, options?: PaginateOptions];

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type PathsWith<Paths, M extends HttpMethod> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: unknown } ? P : never;
}[keyof Paths];
// biome-ignore lint/complexity/noBannedTypes: `{} extends Pick<T, K>` is how a type tells an optional key.
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
/** `init` is optional exactly when it has no required key (as in openapi-fetch). */
type InitArg<Init> = RequiredKeys<Init> extends never ? [init?: Init] : [init: Init];

/**
 * The result of a call that returned: only the success branch, since a non-2xx throws `ApiError`.
 * `rateLimitOf(response)` reads the provider's rate-limit figures from it.
 */
export type Succeeded<R> = R extends { data: infer Data } ? { data: Data; response: Response } : never;

// biome-ignore lint/complexity/noBannedTypes: the same `{}` as openapi-fetch's own method types.
type Operation<Paths, P extends keyof Paths, M extends HttpMethod> = Paths[P] & Record<M, {}>;
/** The `init` of a call: openapi-fetch's own keys and our {@link CallOptions}. */
export type CallInit<Paths, P extends keyof Paths, M extends HttpMethod> = NonNullable<
  WithCallOptions<MaybeOptionalInit<Operation<Paths, P, M>, M>>
>;

/**
 * An openapi-fetch method (`GET`, `POST`…) whose result's `data` is the success body, not `| undefined`,
 * and whose `init` also takes {@link CallOptions} (`timeoutMs`, `retry`, `signal`) for this call.
 * Unlike openapi-fetch's, `init` is not a type parameter: a misspelt key (`timeoutMS`) is a compile
 * error, not silently ignored.
 */
export type OkMethod<Paths extends {}, M extends HttpMethod> = <P extends PathsWith<Paths, M>>(
  path: P,
  ...init: InitArg<CallInit<Paths, P, M>>
) => Promise<Succeeded<FetchResponse<Operation<Paths, P, M>[M], CallInit<Paths, P, M>, 'application/json'>>>;

/** The openapi-fetch client of a provider's `paths`, with `paginate` and `pages` for its lists. */
export type ApiClient<Paths extends {}, Lists extends ListOperations> = Omit<
  Client<Paths, 'application/json'>,
  'request' | Uppercase<HttpMethod>
> & { [M in HttpMethod as Uppercase<M>]: OkMethod<Paths, M> } & {
  /**
   * Iterates the items of a list across pages (`init` as for `client.GET`; paging parameters in it
   * set where the walk starts and the page size). Throws what `client.GET` throws.
   */
  paginate<P extends ListPath<Paths, Lists>>(
    path: P,
    ...args: PaginateArgs<Paths, P>
  ): AsyncIterableIterator<ItemOf<Paths, Lists, P>>;
  /** Iterates the page bodies of a list, fetching one page ahead. */
  pages<P extends ListPath<Paths, Lists>>(
    path: P,
    ...args: PaginateArgs<Paths, P>
  ): AsyncIterableIterator<PageOf<Paths, P>>;
};

export interface ApiClientConfig<Lists extends ListOperations> {
  baseUrl: string;
  listOperations: Lists;
  pipeline: PipelineOptions;
  /** Overrides openapi-fetch's path serializer (for a provider that wants some ids encoded twice). */
  pathSerializer?: PathSerializer;
}

interface LooseInit extends CallOptions {
  params?: { query?: Record<string, unknown>; [key: string]: unknown };
  [key: string]: unknown;
}

// What a call's `init` may hold: openapi-fetch's options (not `fetch` nor `Request`, which would
// bypass the pipeline), the Fetch standard's RequestInit, Node's (undici's) two additions, and our
// call options. Anything else is a mistake worth naming.
const openApiFetchKeys = ['params', 'body', 'headers', 'parseAs', 'querySerializer', 'bodySerializer'];
const requestInitKeys = keysOf<RequestInit>({
  body: true,
  cache: true,
  credentials: true,
  headers: true,
  integrity: true,
  keepalive: true,
  method: true,
  mode: true,
  priority: true,
  redirect: true,
  referrer: true,
  referrerPolicy: true,
  signal: true,
  window: true,
});
/** The keys of {@link CallOptions}. */
export const callOptionKeys = keysOf<CallOptions>({ signal: true, timeoutMs: true, retry: true });
/** The keys of a `retry` option (`RetryOptions`), from its defaults. */
export const retryKeys = validKeys(Object.keys(retryDefaults));
const validInitKeys = validKeys(
  [
    ...openApiFetchKeys,
    ...requestInitKeys,
    'pathSerializer',
    'baseUrl',
    'middleware',
    'dispatcher',
    'duplex',
    ...callOptionKeys,
  ],
  { retry: retryKeys },
);

const HTTP_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;
type Call = (path: string, init?: LooseInit) => Promise<{ data?: unknown; response: Response }>;

/** Builds a provider's client: openapi-fetch over the runtime's fetch pipeline, plus pagination. */
export function createApiClient<Paths extends {}, Lists extends ListOperations>(
  config: ApiClientConfig<Lists>,
): ApiClient<Paths, Lists> {
  const pipeline = createFetch(config.pipeline);
  // openapi-fetch's client options: `fetch` (and one call's own `fetch`, below, to carry that call's
  // options), and `Request`, the class it builds each call's request with (see PlainRequest).
  const client = createOpenApiClient<Paths, 'application/json'>({
    baseUrl: config.baseUrl,
    fetch: (request) => pipeline(request),
    Request: PlainRequest as unknown as typeof Request,
    ...(config.pathSerializer && { pathSerializer: config.pathSerializer }),
  });
  const now = config.pipeline.now;
  const methods = client as unknown as Record<(typeof HTTP_METHODS)[number], Call>;

  /** One method: checks the call's keys and routes its options to the pipeline. */
  const withCallOptions = (method: (typeof HTTP_METHODS)[number]): Call => {
    const call = methods[method];
    return async (path, init) => {
      let options = init;
      if (init) {
        rejectUnknownKeys(init, validInitKeys, () => `${method} ${path}`);
        const { timeoutMs, retry, signal, ...rest } = init;
        // The caller's signal goes to the pipeline, not into openapi-fetch's Request, which would follow it.
        if (timeoutMs !== undefined || retry !== undefined || signal)
          options = { ...rest, fetch: (request: Request) => pipeline(request, { timeoutMs, retry, signal }) };
      }
      return call(path, options);
    };
  };
  for (const method of HTTP_METHODS) methods[method] = withCallOptions(method);

  function walk(path: string, init: LooseInit | undefined, options: PaginateOptions | undefined) {
    const operation = config.listOperations[path];
    if (!operation) throw new ConfigurationError(`${path} is not a list operation of this API`);
    const get = methods.GET;
    const callerSignal = init?.signal ?? undefined;
    const signal =
      options?.signal && callerSignal
        ? AbortSignal.any([options.signal, callerSignal])
        : (options?.signal ?? callerSignal);
    const fetchPage = async (query: Record<string, unknown>, pageSignal: AbortSignal) =>
      (await get(path, { ...init, params: { ...init?.params, query }, signal: pageSignal })).data;
    return {
      operation,
      pages: walkPages(operation, path, { ...init?.params?.query }, fetchPage, {
        ...options,
        ...(signal && { signal }),
        ...(now && { now }),
      }),
    };
  }

  async function* pages(path: string, init?: LooseInit, options?: PaginateOptions) {
    yield* walk(path, init, options).pages;
  }

  async function* paginate(path: string, init?: LooseInit, options?: PaginateOptions) {
    const { operation, pages: walkOfPages } = walk(path, init, options);
    let left = walkBounds(options ?? {}, path).maxItems;
    for await (const page of walkOfPages) {
      for (const item of pageItems(page, operation.pagination)) {
        if (left-- <= 0) return;
        yield item;
      }
    }
  }

  return Object.assign(client, { paginate, pages }) as unknown as ApiClient<Paths, Lists>;
}
