// Generated from tools/openapi-model/schemas/x-rtc-pagination.schema.json by `pnpm generate`
// (tools/openapi-model/scripts/generate-pagination-type.mjs). Do not edit: change the schema.

/** How a list operation (a GET) pages: the clients' `paginate`/`pages` and `rtc-contract live` read it. Parameter names are the operation's query parameters; pointers are JSON pointers into a page body. Which other members a list needs depends on its `scheme`; no other member is allowed. */
export type Pagination =
  | {
    readonly scheme: "page-number";
    /** The query parameter of the page size. */
    readonly sizeParam: string;
    /** Where a page body keeps its items (an array). */
    readonly items: string;
    /** The query parameter of the page number. */
    readonly pageParam: string;
    /** Where a page body keeps the number of the last page. */
    readonly lastPage: string;
  }
  | {
    readonly scheme: "cursor";
    /** The query parameter of the page size. */
    readonly sizeParam: string;
    /** Where a page body keeps its items (an array). */
    readonly items: string;
    /** The query parameter that carries the cursor. */
    readonly cursorParam: string;
    /** Where a page body keeps the next page's cursor; empty or absent on the last page. */
    readonly nextCursor: string;
    /** How long a cursor stays valid after it was issued. */
    readonly cursorLifetimeSeconds?: number;
    /** A page with fewer items than the page size is the last one. */
    readonly endsOnShortPage?: boolean;
  };
