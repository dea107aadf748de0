/**
 * The classified changes of every provider since its released bundle: the data `check` judges and
 * the changelog the docs site renders (`changes.json`, `changes.md`).
 */
import { classifyChanges, type SpecChange } from './classify.js';
import type { ProviderFiles, ReleasedInfo } from './layout.js';

export interface ProviderChanges {
  provider: string;
  title: string;
  client: string;
  /** The released snapshot compared against; undefined when there is none yet. */
  released: ReleasedInfo | undefined;
  counts: { breaking: number; nonBreaking: number; docs: number };
  changes: SpecChange[];
}

export function providerChanges(files: ProviderFiles): ProviderChanges {
  const changes = files.released ? classifyChanges(files.released, files.current) : [];
  const count = (klass: SpecChange['class']) => changes.filter((c) => c.class === klass).length;
  return {
    provider: files.folder,
    title: String(files.current?.info?.title ?? files.folder),
    client: files.client.name,
    released: files.releasedInfo,
    counts: { breaking: count('breaking'), nonBreaking: count('non-breaking'), docs: count('docs') },
    changes,
  };
}

function releasedLabel(info: ReleasedInfo | undefined): string {
  if (!info) return 'no released bundle yet: every operation and event is new';
  return info.version ? `${info.client}@${info.version}` : `${info.basis}`;
}

/** The changelog as Markdown: breaking and non-breaking changes one per line, docs changes by place. */
export function renderMarkdown(all: ProviderChanges[]): string {
  const lines = ['# Spec changes since the last release', ''];
  lines.push(
    'Each change to a spec is a change to the client generated from it. **Breaking** means code',
    'written against the released client may stop compiling or meet values it did not expect (a',
    'response field no longer required or widened, a new required parameter, a removed operation, a',
    'narrowed request enum…); **non-breaking** means it keeps working; **docs** changes only words',
    'and examples.',
    '',
  );
  for (const p of all) {
    lines.push(`## ${p.title} (\`${p.client}\`)`, '', `Compared with: ${releasedLabel(p.released)}.`, '');
    if (p.released?.note) lines.push(p.released.note, '');
    lines.push(
      `${p.counts.breaking} breaking, ${p.counts.nonBreaking} non-breaking, ${p.counts.docs} documentation changes.`,
      '',
    );
    for (const klass of ['breaking', 'non-breaking'] as const) {
      const list = p.changes.filter((c) => c.class === klass);
      if (list.length === 0) continue;
      lines.push(`### ${klass === 'breaking' ? 'Breaking' : 'Non-breaking'}`, '');
      for (const c of list) lines.push(`- **${klass}** — ${c.where}: ${c.change}`);
      lines.push('');
    }
    const docs = new Map<string, number>();
    for (const c of p.changes.filter((x) => x.class === 'docs'))
      docs.set(c.where, (docs.get(c.where) ?? 0) + 1);
    if (docs.size > 0) {
      lines.push('### Documentation', '');
      for (const [where, n] of docs)
        lines.push(`- **docs** — ${where}: ${n} ${n === 1 ? 'change' : 'changes'} of wording or examples`);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
