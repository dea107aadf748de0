/**
 * Descriptions in the YAML are hard-wrapped at ~100 columns. Markdown renders a single line break
 * as a space, but Redoc's search index drops it, gluing the words either side ("response\nis" →
 * "responseis" in a search snippet). The docs copy joins the lines of each paragraph instead.
 */
import type { Json } from '@rtc-sessions/openapi-model';

const BLOCK_START = /^\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|>|\||```|~~~|<)/;

/** Joins the hard-wrapped lines of each paragraph and list item; code fences, tables, headings and hard breaks stay. */
export function unwrapMarkdown(text: string): string {
  const out: string[] = [];
  let inFence = false;
  let joinable = false;
  for (const line of text.split('\n')) {
    const fence = /^\s*(```|~~~)/.test(line);
    if (inFence || fence) {
      out.push(line);
      if (fence) inFence = !inFence;
      joinable = false;
      continue;
    }
    const blank = line.trim() === '';
    const startsBlock = BLOCK_START.test(line);
    const previous = out.at(-1);
    if (joinable && !blank && !startsBlock && previous !== undefined && !/ {2}$/.test(previous)) {
      out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    } else {
      out.push(line);
    }
    // A table row or heading never takes the next line in; a paragraph or list item does.
    joinable = !blank && !/^\s*(?:\||#{1,6}\s)/.test(out.at(-1) ?? '');
  }
  return out.join('\n');
}

/** Subtrees holding data rather than prose: their strings are left alone. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const', 'x-codeSamples']);

/** Unwraps every `description` string of a document, in place. */
export function unwrapDescriptions(node: Json): void {
  if (Array.isArray(node)) {
    for (const item of node) unwrapDescriptions(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (DATA_KEYS.has(key)) continue;
    if (key === 'description' && typeof value === 'string') node[key] = unwrapMarkdown(value);
    else unwrapDescriptions(value);
  }
}
