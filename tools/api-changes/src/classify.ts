/**
 * Classifies the differences between two bundled specs for a user of the generated client.
 *
 * The structural diff and its first classification come from `api-smart-diff`: it resolves
 * `$ref`s, so each change is reported where a client meets it (an operation's request or
 * response), and it judges a change by its side (narrowing a request breaks callers, widening a
 * response breaks readers). Our rules then correct what it gets wrong for this project's specs:
 *
 * - webhooks are judged as responses (see `client-view.ts`);
 * - a received value whose `enum` is dropped altogether (an open string, `x-rtc-known-values`)
 *   widens the generated type from a union to `string`: breaking, reported once, not once per value;
 * - a removed property is breaking on either side: it leaves the generated type, so code that reads
 *   or sends it stops compiling (the tool passes a removed optional response field);
 * - a `type` change is judged by the set of types on each side (`integer` → `[integer, string]` in
 *   a response widens what a reader must handle);
 * - a changed `pattern` cannot be compared, so it counts as breaking on either side, and a dropped
 *   one as breaking on the receiving side;
 * - descriptions, examples, titles and `x-rtc-known-values` are documentation (`docs`);
 * - anything the tool leaves unclassified inside a request or response is treated as breaking
 *   (and says so), never silently passed.
 */
import { apiDiff } from 'api-smart-diff';
import { clientView, type Json, nodeAt, WEBHOOK_PREFIX } from './client-view.js';

export type ChangeClass = 'breaking' | 'non-breaking' | 'docs';

export interface SpecChange {
  class: ChangeClass;
  /** Where a client user meets it: `GET /path (operationId) response 200`, `webhook X payload`… */
  where: string;
  /** What changed, in words. */
  change: string;
  /** JSON pointer of the change in the (dereferenced) bundle. */
  pointer: string;
}

type Path = readonly (string | number)[];
type Side = 'request' | 'response' | 'none';

const DOC_KEYWORDS = new Set([
  'description',
  'summary',
  'title',
  'example',
  'examples',
  'externalDocs',
  'x-rtc-known-values',
  'tags',
]);
const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

interface RawDiff {
  type: string;
  action: string;
  path: Path;
  before?: unknown;
  after?: unknown;
}

/** Every change from `before` (the released bundle) to `after` (the current one), classified. */
export function classifyChanges(before: Json, after: Json): SpecChange[] {
  // right after a release the two are the same: no need for the (slower) structural diff
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const from = clientView(before);
  const to = clientView(after);
  const raw = quietDiff(from, to);
  const out: SpecChange[] = [];
  const seen = new Set<string>();
  for (const diff of raw) {
    const change = classifyOne(diff, from, to);
    if (!change) continue;
    const key = `${change.class}\0${change.where}\0${change.change}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(change);
  }
  return out;
}

/**
 * The tool's diff of copies (it rewrites the documents it is given). One of its classification
 * rules throws on a `required` list inside `allOf`/`anyOf` branches and logs it with console.error;
 * such a diff stays `unclassified`, which `fromTool` treats as breaking (or our own rules judge),
 * so the log says nothing a reader needs and is kept out of the lint output.
 */
function quietDiff(from: Json, to: Json): RawDiff[] {
  const error = console.error;
  console.error = () => {};
  try {
    return apiDiff(structuredClone(from), structuredClone(to)) as RawDiff[];
  } finally {
    console.error = error;
  }
}

function classifyOne(diff: RawDiff, from: Json, to: Json): SpecChange | undefined {
  const [top] = diff.path;
  if (top === 'components') return securityChange(diff);
  if (top !== 'paths') return metadataChange(diff);
  const side = sideOf(diff.path);
  const where = whereOf(diff.path, diff.action === 'remove' ? from : to);
  const pointer = toPointer(diff.path);
  const keyword = keywordOf(diff.path);
  if (isDocs(diff, keyword)) return { class: 'docs', where, change: describe(diff, keyword), pointer };
  if (keyword === 'enum') return enumChange(diff, from, to, side, where);
  if (keyword === 'type' && diff.action === 'replace') return typeChange(diff, side, where, pointer);
  if (keyword === 'property' && diff.action === 'remove') {
    // the field leaves the generated type: code that reads (or sends) it stops compiling,
    // even where the schema never promised it
    return { class: 'breaking', where, change: describe(diff, keyword), pointer };
  }
  if (keyword === 'pattern') {
    // a dropped pattern widens what a reader gets, an added one narrows what a caller may send;
    // a changed one cannot be compared
    const breaking = diff.action === 'replace' || (diff.action === 'remove') === (side === 'response');
    return { class: breaking ? 'breaking' : 'non-breaking', where, change: describe(diff, keyword), pointer };
  }
  return { class: fromTool(diff, side), where, change: describe(diff, keyword), pointer };
}

function fromTool(diff: RawDiff, side: Side): ChangeClass {
  if (diff.type === 'breaking') return 'breaking';
  if (diff.type === 'non-breaking' || diff.type === 'deprecated') return 'non-breaking';
  if (diff.type === 'annotation') return 'docs';
  // unclassified: conservative inside a body or parameter, metadata elsewhere
  return side === 'none' ? 'non-breaking' : 'breaking';
}

function isDocs(diff: RawDiff, keyword: string): boolean {
  if (diff.type === 'annotation' || DOC_KEYWORDS.has(keyword)) return true;
  return diff.path.some(
    (key, i) => typeof key === 'string' && DOC_KEYWORDS.has(key) && !isPropertyName(diff.path, i),
  );
}

/** Whether path[i] is the name of a property (`properties/<name>`), not a keyword. */
function isPropertyName(path: Path, i: number): boolean {
  return i > 0 && path[i - 1] === 'properties';
}

function enumChange(diff: RawDiff, from: Json, to: Json, side: Side, where: string): SpecChange {
  const at = diff.path.lastIndexOf('enum');
  const schemaPath = diff.path.slice(0, at);
  const field = fieldOf(schemaPath);
  const hadEnum = Array.isArray(nodeAt(from, schemaPath)?.enum);
  const hasEnum = Array.isArray(nodeAt(to, schemaPath)?.enum);
  const pointer = toPointer([...schemaPath, 'enum']);
  if (hadEnum !== hasEnum) {
    // the whole keyword came or went: the value set closed or opened (one change, not one per value)
    const opened = hadEnum && !hasEnum;
    const breaking = opened === (side === 'response');
    const change = opened
      ? `${field}: no longer a closed set of values (an open string; known values listed)`
      : `${field}: now a closed set of values`;
    return { class: breaking ? 'breaking' : 'non-breaking', where, change, pointer };
  }
  const added = diff.action === 'add';
  const value = added ? diff.after : diff.before;
  const breaking = added === (side === 'response');
  const change = `${field}: value ${show(value)} ${added ? 'added' : 'removed'}`;
  return { class: breaking ? 'breaking' : 'non-breaking', where, change, pointer };
}

function typeChange(diff: RawDiff, side: Side, where: string, pointer: string): SpecChange {
  const types = (value: unknown) => new Set([value].flat().map(String));
  const before = types(diff.before);
  const after = types(diff.after);
  const gained = [...after].some((t) => !before.has(t));
  const lost = [...before].some((t) => !after.has(t));
  // a reader must now handle more kinds of value; a caller may no longer send one it did
  const breaking = side === 'response' ? gained : lost;
  const change = `${fieldOf(diff.path.slice(0, -1))}: type ${show(diff.before)} → ${show(diff.after)}`;
  return { class: breaking ? 'breaking' : 'non-breaking', where, change, pointer };
}

function securityChange(diff: RawDiff): SpecChange | undefined {
  // other components are reported where the operations use them
  if (diff.path[1] !== 'securitySchemes') return undefined;
  const where = `security scheme ${String(diff.path[2] ?? '')}`.trim();
  const keyword = keywordOf(diff.path);
  const change = `${diff.path.slice(3).join('.') || 'scheme'} ${verb(diff.action)}${values(diff)}`;
  const pointer = toPointer(diff.path);
  if (isDocs(diff, keyword)) return { class: 'docs', where, change, pointer };
  // a tool that followed a removed or changed flow or scheme no longer authenticates
  return { class: diff.action === 'add' ? 'non-breaking' : 'breaking', where, change, pointer };
}

function metadataChange(diff: RawDiff): SpecChange {
  const [top, index, key] = diff.path;
  const where = String(top);
  const change = `${diff.path.join('.')} ${verb(diff.action)}${values(diff)}`;
  const pointer = toPointer(diff.path);
  // the clients' default base URL is servers[0].url; other servers entries and info are documentation
  if (top === 'servers' && index === 0 && (key === undefined || key === 'url'))
    return { class: 'breaking', where, change, pointer };
  if (top === 'security' && diff.action !== 'add') return { class: 'breaking', where, change, pointer };
  return { class: 'docs', where, change, pointer };
}

function sideOf(path: Path): Side {
  if (path.includes('requestBody') || path.includes('parameters')) return 'request';
  if (path.includes('responses')) return 'response';
  return 'none';
}

function keywordOf(path: Path): string {
  const last = path[path.length - 1];
  const prev = path[path.length - 2];
  if (path.length === 2) return 'path';
  if (path.length === 3 && METHODS.has(String(last))) return 'operation';
  if (prev === 'properties') return 'property';
  if (prev === 'responses') return 'response';
  if (prev === 'parameters') return 'parameter';
  if (prev === 'content') return 'media type';
  if (typeof last === 'number') return String(prev);
  return String(last);
}

function whereOf(path: Path, doc: Json): string {
  const [, url, method, part, detail] = path.map(String);
  if (url?.startsWith(WEBHOOK_PREFIX)) {
    const event = url.slice(WEBHOOK_PREFIX.length);
    return path.length > 3 ? `webhook ${event} payload` : `webhook ${event}`;
  }
  if (!method || !METHODS.has(method)) return `path ${url}`;
  const id = nodeAt(doc, ['paths', url as string, method, 'operationId']);
  const operation = `${method.toUpperCase()} ${url}${typeof id === 'string' ? ` (${id})` : ''}`;
  if (part === 'requestBody') return `${operation} request body`;
  if (part === 'parameters') {
    const name = nodeAt(doc, path.slice(0, 5))?.name;
    return name ? `${operation} parameter ${name}` : `${operation} parameters`;
  }
  if (part === 'responses' && detail) return `${operation} response ${detail}`;
  return operation;
}

/** The dotted name of the value a schema path points at (`users[].id`), `body` for the root. */
function fieldOf(path: Path): string {
  const start = path.lastIndexOf('schema');
  const names: string[] = [];
  for (let i = start + 1; start >= 0 && i < path.length; i++) {
    const key = path[i];
    if (key === 'properties' && i + 1 < path.length) names.push(String(path[++i]));
    else if (key === 'items') names.push('[]');
    else if (key === 'additionalProperties') names.push('{*}');
    else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') i++;
    else break;
  }
  const name = names
    .join('.')
    .replace(/\.\[\]/g, '[]')
    .replace(/\.\{\*\}/g, '{*}');
  return name ? `\`${name}\`` : 'body';
}

function describe(diff: RawDiff, keyword: string): string {
  const field = fieldOf(diff.path.slice(0, -1));
  const name = (value: unknown) =>
    value && typeof value === 'object' && 'name' in value
      ? String((value as { name: unknown }).name)
      : show(value);
  switch (keyword) {
    case 'path':
    case 'operation':
      return String(diff.path[1]).startsWith(WEBHOOK_PREFIX)
        ? `event ${verb(diff.action)}`
        : `operation ${verb(diff.action)}`;
    case 'property':
      return `${fieldOf(diff.path)} ${verb(diff.action)}`;
    case 'required': {
      const prop = String(diff.action === 'remove' ? diff.before : diff.after);
      const full = field === 'body' ? `\`${prop}\`` : `${field.slice(0, -1)}.${prop}\``;
      if (diff.action === 'replace') return `${field}: required ${values(diff)}`;
      return `${full} ${diff.action === 'add' ? 'is now required' : 'is no longer required'}`;
    }
    case 'parameter':
      return `parameter ${name(diff.action === 'remove' ? diff.before : diff.after)} ${verb(diff.action)}`;
    case 'response':
      return `response ${String(diff.path[diff.path.length - 1])} ${verb(diff.action)}`;
    default:
      return `${field}: ${keyword} ${verb(diff.action)}${values(diff)}`;
  }
}

function verb(action: string): string {
  return action === 'add'
    ? 'added'
    : action === 'remove'
      ? 'removed'
      : action === 'rename'
        ? 'renamed'
        : 'changed';
}

function values(diff: RawDiff): string {
  if (diff.action === 'replace' || diff.action === 'rename')
    return ` (${show(diff.before)} → ${show(diff.after)})`;
  if (diff.action === 'add' && isScalar(diff.after)) return ` (${show(diff.after)})`;
  if (diff.action === 'remove' && isScalar(diff.before)) return ` (was ${show(diff.before)})`;
  return '';
}

function isScalar(value: unknown): boolean {
  return (
    value === null ||
    typeof value !== 'object' ||
    (Array.isArray(value) && value.every((v) => typeof v !== 'object'))
  );
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function toPointer(path: Path): string {
  return `/${path.map((key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}
