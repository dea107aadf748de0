/**
 * `rtc-api-changes`: check | changelog | snapshot. `main(argv)` has no side effect beyond what the
 * command is for, and returns the exit code: 0 ok, 1 a breaking change lacks its major changeset,
 * 2 a usage or input error.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pendingBumps } from './changesets.js';
import {
  type ProviderFiles,
  type ReleasedFile,
  readProviders,
  releasedDir,
  SpecChangesError,
} from './layout.js';
import { type ProviderChanges, providerChanges, renderMarkdown } from './report.js';

export const HELP = `rtc-api-changes <command> [--root DIR]
  check                 classify each spec's changes since its released bundle; exit 1 when a breaking
                        change has no pending major changeset for that spec's client (pnpm lint runs it)
  changelog --out DIR   write DIR/changes.json and DIR/changes.md (the docs site's changelog)
  snapshot              make each current bundle the released one (pnpm version-packages runs it)
  --root DIR            the checkout to work on (default: the workspace around the current folder)
`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
/** How many breaking changes a failing check names before it summarises the rest. */
const MAX_LISTED = 40;

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { root: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help || positionals.length === 0) {
      io.out(HELP);
      return values.help ? 0 : 2;
    }
    const [command, ...rest] = positionals;
    if (rest.length > 0) throw new SpecChangesError(`unexpected argument ${rest[0]}`);
    const root = values.root ? resolve(values.root) : findRoot(process.cwd());
    if (command === 'check') return await check(root, io);
    if (command === 'changelog') return changelog(root, values.out, io);
    if (command === 'snapshot') return snapshot(root, io);
    throw new SpecChangesError(`unknown command ${command} (check, changelog or snapshot)`);
  } catch (error) {
    if (
      error instanceof SpecChangesError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`rtc-api-changes: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

async function check(root: string, io: Io): Promise<number> {
  const bumps = await pendingBumps(root);
  let failed = false;
  for (const files of readProviders(root)) {
    const report = providerChanges(files);
    const major = bumps.get(report.client) === 'major';
    io.out(
      `${summary(report)}${report.counts.breaking > 0 ? `; major changeset: ${major ? 'yes' : 'NO'}` : ''}\n`,
    );
    if (report.counts.breaking === 0 || major) continue;
    failed = true;
    const breaking = report.changes.filter((c) => c.class === 'breaking');
    io.err(`${report.provider}: breaking change without a major changeset for ${report.client}:\n`);
    for (const c of breaking.slice(0, MAX_LISTED)) io.err(`  - ${c.where}: ${c.change}\n`);
    if (breaking.length > MAX_LISTED) io.err(`  … and ${breaking.length - MAX_LISTED} more\n`);
  }
  if (failed)
    io.err(
      'Add a changeset that bumps each client named above as major (pnpm changeset), or undo the change.\n',
    );
  return failed ? 1 : 0;
}

function summary(report: ProviderChanges): string {
  const since = report.released
    ? report.released.version
      ? `${report.client}@${report.released.version}`
      : report.released.basis
    : 'nothing (no released bundle yet)';
  const { breaking, nonBreaking, docs } = report.counts;
  return `${report.provider}: ${breaking} breaking, ${nonBreaking} non-breaking, ${docs} docs since ${since}`;
}

function changelog(root: string, out: string | undefined, io: Io): number {
  if (!out) throw new SpecChangesError('changelog needs --out DIR');
  const reports = readProviders(root).map(providerChanges);
  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'changes.json'), `${JSON.stringify({ providers: reports }, null, 2)}\n`);
  writeFileSync(join(dir, 'changes.md'), renderMarkdown(reports));
  for (const report of reports) io.out(`${summary(report)}\n`);
  return 0;
}

function snapshot(root: string, io: Io): number {
  for (const files of readProviders(root)) writeSnapshot(root, files, io);
  return 0;
}

function writeSnapshot(root: string, files: ProviderFiles, io: Io): void {
  const dir = releasedDir(root, files.folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'openapi.json'), `${JSON.stringify(files.current, null, 2)}\n`);
  const info: ReleasedFile = { basis: 'pnpm version-packages' };
  writeFileSync(join(dir, 'released.json'), `${JSON.stringify(info, null, 2)}\n`);
  io.out(`${files.folder}: released bundle is now ${files.client.name}@${files.client.version}\n`);
}

/** The nearest folder up from `start` with a pnpm-workspace.yaml (bounded by the file system's depth). */
function findRoot(start: string): string {
  let dir = resolve(start);
  for (let depth = 0; depth < 64; depth++) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new SpecChangesError(`no pnpm-workspace.yaml above ${start}: pass --root`);
}
