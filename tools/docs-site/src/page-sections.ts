/**
 * The sections that open every provider page (in `info.description`), by title, and how Redoc
 * routes to them: one place for the names the page, its links and the hub's search use.
 */

/** Redoc's route segment of a title or tag: `Session users` → `session-users`. */
export function redocSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const AUTHENTICATION = 'Authentication';
export const GETTING_STARTED = 'Getting started';
export const LIMITS_AND_ERRORS = 'Rate limits and error codes';

/** Redoc's route of a section of `info.description` (`#/section/getting-started`). */
export function sectionRoute(title: string): string {
  return `#/section/${redocSlug(title)}`;
}
