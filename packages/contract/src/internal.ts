/**
 * `@rtc-sessions/contract/internal`: what the repository's own tools and benchmarks build on (the
 * ajv configuration the validators are compiled with), not part of the public API: it may change
 * in any release.
 */
export { createContractAjv } from './ajv.js';
export { LOCATION_KEYWORD } from './violations.js';
