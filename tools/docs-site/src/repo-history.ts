/**
 * What the repository says about a spec's history: the changesets (and CHANGELOG.md, once a
 * release wrote one) that touch its client or spec package, and when its recordings were made.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface ChangeNote {
  /** Where it comes from, relative to the repo root (`.changeset/initial-release.md`). */
  file: string;
  /** `pending` for a changeset not released yet, else the CHANGELOG.md heading (the version). */
  release: string;
  /** The bump of the package, for a changeset. */
  bump?: string;
  /** The note's Markdown text. */
  text: string;
}

/** Parses a changeset: `---` front matter of `"package": bump` lines, then the summary. */
export function parseChangeset(source: string): { packages: Record<string, string>; summary: string } {
  const match = source.match(/^---\s*\n([\s\S]*?)\n---\s*\n?([\s\S]*)$/);
  if (!match) return { packages: {}, summary: source.trim() };
  const packages: Record<string, string> = {};
  for (const line of (match[1] ?? '').split('\n')) {
    const entry = line.match(/^\s*["']?([^"':]+)["']?\s*:\s*(\w+)\s*$/);
    if (entry?.[1] && entry[2]) packages[entry[1].trim()] = entry[2];
  }
  return { packages, summary: (match[2] ?? '').trim() };
}

/** The changesets naming any of `packageNames`, then the sections of their CHANGELOG.md files. */
export function changeNotes(packageNames: string[], root = repoRoot): ChangeNote[] {
  const notes: ChangeNote[] = [];
  const changesetDir = join(root, '.changeset');
  if (existsSync(changesetDir)) {
    for (const name of readdirSync(changesetDir).sort()) {
      if (!name.endsWith('.md') || name.toLowerCase() === 'readme.md') continue;
      const file = join(changesetDir, name);
      const { packages, summary } = parseChangeset(readFileSync(file, 'utf8'));
      const named = packageNames.find((packageName) => packages[packageName]);
      if (named)
        notes.push({ file: relative(root, file), release: 'pending', bump: packages[named], text: summary });
    }
  }
  for (const packageName of packageNames) {
    const folder = packageName.replace(
      /^@rtc-sessions\/(?:spec-)?/,
      packageName.includes('/spec-') ? 'spec/' : 'packages/',
    );
    const file = join(root, folder, 'CHANGELOG.md');
    if (!existsSync(file)) continue;
    // Changesets writes `## <version>` sections.
    for (const section of readFileSync(file, 'utf8').split(/^## /m).slice(1)) {
      const [heading = '', ...body] = section.split('\n');
      notes.push({ file: relative(root, file), release: heading.trim(), text: body.join('\n').trim() });
    }
  }
  return notes;
}

export interface RecordingsSummary {
  count: number;
  /** Cassettes that replay the spec's own examples (their `source` says so). */
  fromSpecExamples: number;
  /** The newest `recordedAt` of a cassette that is not a spec example: a server's (or its published page's) response. */
  newestServerRecording?: string;
  /** Its `source`. */
  newestServerSource?: string;
}

function jsonFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : [];
  });
}

export function recordingsOf(id: string, root = repoRoot): RecordingsSummary {
  const summary: RecordingsSummary = { count: 0, fromSpecExamples: 0 };
  for (const file of jsonFiles(join(root, 'contract-tests/recordings', id))) {
    const cassette = JSON.parse(readFileSync(file, 'utf8')) as { recordedAt?: string; source?: string };
    if (typeof cassette.recordedAt !== 'string') continue;
    summary.count++;
    if (/^spec example/i.test(cassette.source ?? '')) {
      summary.fromSpecExamples++;
      continue;
    }
    if (!summary.newestServerRecording || cassette.recordedAt > summary.newestServerRecording) {
      summary.newestServerRecording = cassette.recordedAt;
      summary.newestServerSource = cassette.source;
    }
  }
  return summary;
}
