/**
 * Finds the URLs an HTML page would fetch from another origin: script, stylesheet, font, image
 * and frame sources, and `url()`/`@import` in its CSS. Links a reader follows (`<a href>`) are not
 * loads, and the bodies of inline scripts are skipped: they hold data (the spec's own example
 * URLs) that the browser never fetches. The real-browser test covers what scripts do at run time.
 */

export interface ExternalReference {
  /** Where the reference was found, e.g. `<script src>` or `css url()`. */
  kind: string;
  url: string;
}

/** Absolute http(s) URLs and protocol-relative ones leave the site; relative and data: URLs do not. */
export function isExternalUrl(url: string): boolean {
  return /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !/^\s*file:/i.test(url);
}

const LOADING_ATTRIBUTES: Record<string, string[]> = {
  script: ['src'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
};

function attributeValues(tag: string, name: string): string[] {
  const pattern = new RegExp(
    `\\s${name.replace(':', '\\:')}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`,
    'gi',
  );
  return [...tag.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

function cssReferences(css: string, kind: string): ExternalReference[] {
  const found: ExternalReference[] = [];
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) {
    found.push({ kind: `${kind} url()`, url: match[1] ?? match[2] ?? match[3] ?? '' });
  }
  for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
    found.push({ kind: `${kind} @import`, url: match[1] ?? match[2] ?? '' });
  }
  return found;
}

export function findExternalReferences(html: string): ExternalReference[] {
  // Inline script bodies are data, not markup: drop them but keep the opening tag and its src.
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script\s*>/gi, '$1</script>');
  const found: ExternalReference[] = [];

  for (const match of markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    found.push(...cssReferences(match[1] ?? '', '<style>'));
  }
  for (const match of markup.matchAll(/<([a-z][a-z0-9:-]*)\b[^>]*>/gi)) {
    const tag = match[0];
    const name = (match[1] ?? '').toLowerCase();
    for (const attribute of LOADING_ATTRIBUTES[name] ?? []) {
      for (const value of attributeValues(tag, attribute)) {
        // srcset lists "url descriptor" pairs.
        const urls =
          attribute === 'srcset'
            ? value.split(',').map((entry) => entry.trim().split(/\s+/)[0] ?? '')
            : [value];
        for (const url of urls) found.push({ kind: `<${name} ${attribute}>`, url });
      }
    }
    for (const style of attributeValues(tag, 'style')) found.push(...cssReferences(style, 'style attribute'));
  }
  return found.filter((reference) => isExternalUrl(reference.url));
}
