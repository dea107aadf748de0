import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const packagesRoot = fileURLToPath(new URL('../../../packages/', import.meta.url));
const ecosystemRoot = fileURLToPath(new URL('..', import.meta.url));

/** A workspace package that is published (not `private`), as a user installs it. */
export interface PublishedPackage {
  name: string;
  dir: string;
}

/** Every package under `packages/` that is not private: what the tests pack, install and read. */
export async function publishedPackages(): Promise<PublishedPackage[]> {
  const found: PublishedPackage[] = [];
  for (const entry of await readdir(packagesRoot, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = join(packagesRoot, entry.name);
    const manifest = await readFile(join(dir, 'package.json'), 'utf8').catch(() => undefined);
    if (manifest === undefined) continue;
    const { name, private: isPrivate } = JSON.parse(manifest) as { name: string; private?: boolean };
    if (!isPrivate) found.push({ name, dir });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command without a shell; never rejects, so callers can assert on failures. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? process.env,
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 32 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout: stdout.toString(), stderr: stderr.toString() });
      },
    );
  });
}

function describeFailure(what: string, result: CommandResult): Error {
  return new Error(`${what} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`.trim());
}

/**
 * The environment for npm in the scratch project. Scripts run by pnpm inherit pnpm's own
 * `npm_config_*` settings (workspace, lockfile, hoisting…), which would make npm act as part of
 * the workspace; a user's install does not have them. Registry and cache settings are kept so a
 * mirror or a warm cache still applies.
 */
function userEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_registry', 'npm_config_cache', 'npm_config_userconfig']);
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    const lower = name.toLowerCase();
    if (lower.startsWith('npm_') && !keep.has(lower)) continue;
    if (lower.startsWith('pnpm_')) continue;
    env[name] = value;
  }
  return env;
}

/** The version the workspace resolved for a catalog dependency (the catalog is the one place for it). */
function workspaceVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

/**
 * Web frameworks the README webhook examples are written for (and undici, for the runtime README's
 * proxy example), installed in the scratch project so those examples type-check as users write them; at the versions this package's devDependencies
 * resolved (light-my-request pinned: its latest needs Node 22, through fastify).
 */
export const readmeFrameworks = [
  'express',
  '@types/express',
  'fastify',
  'light-my-request',
  'hono',
  'undici',
] as const;

/** The version installed in this package (read from the file: not every package exports its package.json). */
function installedVersion(name: string): string {
  const manifest = require.resolve(join(ecosystemRoot, 'node_modules', name, 'package.json'));
  return (require(manifest) as { version: string }).version;
}

export interface Scratch {
  /** The scratch project, outside the workspace. */
  dir: string;
  /** The packages packed and installed. */
  packages: PublishedPackage[];
  /** Tarball path of each package, by name, as `pnpm pack` wrote it. */
  tarballs: Record<string, string>;
  typescriptVersion: string;
  /** Runs the scratch project's own `tsc` (the one installed from npm). */
  tsc(args: readonly string[]): Promise<CommandResult>;
  node(args: readonly string[], env?: NodeJS.ProcessEnv): Promise<CommandResult>;
  remove(): Promise<void>;
}

/** Packs every published package and installs the tarballs with npm in a fresh project in the OS temp dir. */
export async function createScratch(): Promise<Scratch> {
  const packages = await publishedPackages();
  const root = await mkdtemp(join(tmpdir(), 'rtc-sessions-ecosystem-'));
  const packDir = join(root, 'tarballs');
  const dir = join(root, 'consumer');
  await mkdir(packDir);
  await mkdir(dir);

  // `pnpm pack` (not npm pack) so that `workspace:` and `catalog:` ranges become real versions.
  const packed = await Promise.all(
    packages.map(async ({ name, dir: packageDir }) => {
      const result = await run('pnpm', ['pack', '--json', '--pack-destination', packDir], {
        cwd: packageDir,
      });
      if (result.code !== 0) throw describeFailure(`pnpm pack of ${name}`, result);
      const { filename } = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as {
        filename: string;
      };
      return [name, filename] as const;
    }),
  );
  const tarballs: Record<string, string> = Object.fromEntries(packed);

  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'rtc-sessions-consumer', version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`,
  );
  const typescriptVersion = workspaceVersion('typescript');
  const install = await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      ...Object.values(tarballs),
      `typescript@${typescriptVersion}`,
      `@types/node@${workspaceVersion('@types/node')}`,
      ...readmeFrameworks.map((name) => `${name}@${installedVersion(name)}`),
    ],
    { cwd: dir, env: userEnv(), timeoutMs: 150_000 },
  );
  if (install.code !== 0) throw describeFailure('npm install of the tarballs', install);

  const tscPath = join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
  return {
    dir,
    packages,
    tarballs,
    typescriptVersion,
    tsc: (args) => run(process.execPath, [tscPath, ...args], { cwd: dir }),
    node: (args, env) => run(process.execPath, args, { cwd: dir, env: { ...userEnv(), ...env } }),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

export interface Diagnostic {
  file: string;
  line: number;
  code: string;
  message: string;
}

/** Parses `tsc --pretty false` output: `file(line,col): error TS1234: message`. */
export function parseDiagnostics(output: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let last: Diagnostic | undefined;
  for (const line of output.split('\n')) {
    const match = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line);
    if (match) {
      last = { file: match[1] ?? '', line: Number(match[2]), code: match[3] ?? '', message: match[4] ?? '' };
      diagnostics.push(last);
    } else if (last && line.startsWith('  ')) {
      // Elaborations ("Type 'string' is not assignable to…") are indented continuation lines.
      last.message += `\n${line}`;
    }
  }
  return diagnostics;
}

export async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}
