/**
 * Writes JSON data as TypeScript `as const` source in which every object or array that occurs more
 * than once (by value) is written once, as a `const` of its own, and referred to by name.
 *
 * Why: the generated `listOperations` repeat the same paging description and parameter limits for
 * most lists of a provider (Zoom's five cursor lists share all but their `items` pointer). Minifiers
 * keep such literals whole, so each copy was shipped in every app that bundles a client; written
 * once, the data costs what it holds. The types stay the same: a `const` with `as const` keeps its
 * literal type where it is referred to.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isContainer = (value: Json): value is Json[] | { [key: string]: Json } =>
  value !== null && typeof value === 'object';

// Shorter ones cost about as much as the name that would replace them.
const MIN_SHARED_LENGTH = 24;

function countSubtrees(value: Json, counts: Map<string, number>): void {
  if (!isContainer(value)) return;
  const key = JSON.stringify(value);
  counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const child of Array.isArray(value) ? value : Object.values(value)) countSubtrees(child, counts);
}

const indent = (depth: number) => '  '.repeat(depth);
const identifierOf = (label: string) =>
  label.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string = '') => c.toUpperCase());

/**
 * `export const <name> = … as const;`, preceded by one `const` for each repeated part (named after
 * the key it first appears under, e.g. `sharedPagination1`).
 */
export function constSource(name: string, value: Json, docComment: string): string {
  const counts = new Map<string, number>();
  countSubtrees(value, counts);
  const sharedNames = new Map<string, string>();
  const declarations: string[] = [];

  const literal = (node: Json, depth: number, label: string): string => {
    if (!isContainer(node)) return JSON.stringify(node);
    const key = JSON.stringify(node);
    if (depth > 0 && key.length >= MIN_SHARED_LENGTH && (counts.get(key) ?? 0) > 1) {
      let shared = sharedNames.get(key);
      if (!shared) {
        const base = identifierOf(label);
        shared = `shared${base.charAt(0).toUpperCase()}${base.slice(1)}${sharedNames.size + 1}`;
        sharedNames.set(key, shared);
        // Declared before first use; its own repeated parts are declared (and named) before it.
        declarations.push(`const ${shared} = ${containerLiteral(node, 0, label)} as const;`);
      }
      return shared;
    }
    return containerLiteral(node, depth, label);
  };

  const containerLiteral = (node: Json[] | { [key: string]: Json }, depth: number, label: string): string => {
    const entries = Array.isArray(node)
      ? node.map((child) => literal(child, depth + 1, label))
      : Object.entries(node).map(([k, child]) => `${JSON.stringify(k)}: ${literal(child, depth + 1, k)}`);
    if (entries.length === 0) return Array.isArray(node) ? '[]' : '{}';
    const [open, close] = Array.isArray(node) ? ['[', ']'] : ['{', '}'];
    return `${open}\n${entries.map((e) => `${indent(depth + 1)}${e}`).join(',\n')}\n${indent(depth)}${close}`;
  };

  const body = literal(value, 0, name);
  return [...declarations, '', docComment, `export const ${name} = ${body} as const;`].join('\n').trimStart();
}
