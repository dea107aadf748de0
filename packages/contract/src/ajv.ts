import { Ajv2020, type Format, type Options } from 'ajv/dist/2020.js';

/**
 * The one ajv configuration the contract validators are compiled with (ahead of time by the build,
 * or at run time by benchmarks and tools that want to compare format implementations).
 */
export function createContractAjv(options: {
  formats: Record<string, Format>;
  /**
   * Keywords to accept as annotations: the OpenAPI envelope and annotations, the spec's `x-…`
   * extensions and the location keyword (`annotationKeywords` of @rtc-sessions/openapi-model).
   */
  keywords: readonly string[];
  code?: Options['code'];
  /**
   * Stop at the first error and keep no error details: for the pass/fail check run on every
   * response, whose failures are then reported by validators compiled without this flag.
   */
  firstErrorOnly?: boolean;
}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: !options.firstErrorOnly,
    // errors carry the failing value and the schema object, whose location annotation maps the
    // error back to the spec; only paid for when validation fails
    verbose: !options.firstErrorOnly,
    messages: !options.firstErrorOnly,
    strictTypes: false,
    strictTuples: false,
    formats: options.formats,
    ...(options.code ? { code: options.code } : {}),
  });
  for (const keyword of options.keywords) ajv.addKeyword(keyword);
  return ajv;
}
