/**
 * Uses the client packages the way a user gets them: packed by pnpm, installed with npm into a project
 * outside the workspace, type-checked by that project's own TypeScript and run on Node against the Prism
 * mocks (the CommonJS consumer) and the stateful simulator (the ESM consumer, whose walks must really
 * page). One scratch install serves every check.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningMock, type RunningSimulator, startMock, startSimulator } from '@rtc-sessions/mock';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createScratch, type Diagnostic, parseDiagnostics, type Scratch } from './scratch.js';

const require = createRequire(import.meta.url);
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

const providers = ['videosdk', 'zoom-videosdk', '100ms'] as const;
type Provider = (typeof providers)[number];

let scratch: Scratch;
const mocks = new Map<Provider, RunningMock>();

/** Strict consumer settings shared by every check; each tsconfig below adds its module system. */
const strictBase = {
  strict: true,
  target: 'ES2022',
  // A consumer's default: the packages' own .d.ts files are checked too.
  skipLibCheck: false,
  types: ['node'],
  noEmit: true,
};

async function writeTsconfig(name: string, compilerOptions: Record<string, unknown>, files: string[]) {
  await writeFile(
    join(scratch.dir, name),
    `${JSON.stringify({ compilerOptions: { ...strictBase, ...compilerOptions }, files }, null, 2)}\n`,
  );
}

const bundler = { module: 'esnext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'] };
// No DOM lib here: a Node service gets fetch's types from @types/node only.
const node16 = { module: 'node16', moduleResolution: 'node16', lib: ['ES2022'] };
const consumerFiles = ['src/consumer.ts', 'src/main.ts'];

// TypeScript blocks of each published package's README, as files of the scratch project.
const readmeFiles: Record<string, string[]> = {};

/** The ```ts blocks of a README, in order. */
function typescriptBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```(?:ts|typescript)\s*\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '');
}

beforeAll(async () => {
  const [created] = await Promise.all([
    createScratch(),
    ...providers.map(async (provider) => mocks.set(provider, await startMock({ provider }))),
  ]);
  scratch = created;

  await cp(fixtures, join(scratch.dir, 'src'), { recursive: true });
  await writeTsconfig('tsconfig.bundler.json', bundler, consumerFiles);
  await writeTsconfig('tsconfig.node16.json', { ...node16, noEmit: false, outDir: 'out', rootDir: 'src' }, [
    ...consumerFiles,
  ]);
  await writeTsconfig('tsconfig.mistyped.json', node16, ['src/mistyped.ts']);
  // A CommonJS consumer: TypeScript ≥ 5.8 with module nodenext types `require()` of ESM packages.
  await writeTsconfig(
    'tsconfig.cjs.json',
    {
      module: 'nodenext',
      moduleResolution: 'nodenext',
      lib: ['ES2022'],
      noEmit: false,
      outDir: 'out-cjs',
      rootDir: 'src',
    },
    ['src/cjs-consumer.cts'],
  );

  // README blocks are checked as published: from the installed tarballs, each block its own module.
  await mkdir(join(scratch.dir, 'readme'));
  for (const { name } of scratch.packages) {
    const markdown = await readFile(join(scratch.dir, 'node_modules', name, 'README.md'), 'utf8');
    const slug = name.replace('@rtc-sessions/', '');
    readmeFiles[name] = [];
    for (const [index, block] of typescriptBlocks(markdown).entries()) {
      const file = `readme/${slug}-${index + 1}.ts`;
      await writeFile(join(scratch.dir, file), `${block}\nexport {};\n`);
      readmeFiles[name].push(file);
    }
  }
  await writeTsconfig('tsconfig.readme.json', node16, Object.values(readmeFiles).flat());
});

afterAll(async () => {
  await Promise.all([...mocks.values()].map((mock) => mock.stop()));
  await scratch?.remove();
});

const formatDiagnostics = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`);

// publint and attw run in each client package's own tests (test/package.test.ts), not repeated here.
describe('the packed packages', () => {
  test('every published package is a devDependency here, so that turbo builds it before this test', async () => {
    const { devDependencies } = JSON.parse(
      await readFile(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { devDependencies: Record<string, string> };
    for (const { name } of scratch.packages) expect(devDependencies, `add ${name}`).toHaveProperty([name]);
  });

  test('each provider ships its bundled spec as openapi.json', () => {
    for (const provider of providers) {
      const spec = require(
        join(scratch.dir, 'node_modules', `@rtc-sessions/${provider}`, 'package.json'),
      ) as {
        exports: Record<string, unknown>;
      };
      expect(Object.keys(spec.exports)).toContain('./openapi.json');
    }
  });
});

describe('type-checking a consumer project (strict)', () => {
  test('with module esnext and moduleResolution "bundler"', async () => {
    const result = await scratch.tsc(['-p', 'tsconfig.bundler.json', '--pretty', 'false']);
    expect(formatDiagnostics(parseDiagnostics(result.stdout))).toEqual([]);
    expect(result.code).toBe(0);
  });

  test('with module/moduleResolution "node16"', async () => {
    const result = await scratch.tsc(['-p', 'tsconfig.node16.json', '--pretty', 'false']);
    expect(formatDiagnostics(parseDiagnostics(result.stdout))).toEqual([]);
    expect(result.code).toBe(0);
  });

  test('mistyped calls fail with the expected errors, and nothing else fails', async () => {
    // A `// expect TSxxxx: <message part>` line covers the statement below it, up to the next marker.
    const lines = (await readFile(join(fixtures, 'mistyped.ts'), 'utf8')).split('\n');
    const markers = lines.flatMap((text, index) => {
      const match = /^\s*\/\/ expect (TS\d+): (.+)$/.exec(text);
      return match ? [{ line: index + 1, code: match[1] ?? '', fragment: (match[2] ?? '').trim() }] : [];
    });
    expect(markers.length).toBeGreaterThanOrEqual(5);

    const result = await scratch.tsc(['-p', 'tsconfig.mistyped.json', '--pretty', 'false']);
    expect(result.code).not.toBe(0);
    const diagnostics = parseDiagnostics(result.stdout);
    const markerOf = (line: number) => markers.findLast((m) => m.line < line);
    const unexpected = diagnostics.filter((d) => !markerOf(d.line));
    expect(formatDiagnostics(unexpected), 'errors outside the marked statements').toEqual([]);
    for (const marker of markers) {
      const raised = diagnostics.filter((d) => markerOf(d.line) === marker);
      expect(
        raised.map((d) => d.code),
        `line ${marker.line}: ${formatDiagnostics(raised).join('; ')}`,
      ).toEqual([marker.code]);
      expect(raised[0]?.message).toContain(marker.fragment);
    }
  });

  test("every TypeScript block of every published package's README compiles", async () => {
    expect(Object.keys(readmeFiles)).toEqual(expect.arrayContaining(['@rtc-sessions/runtime']));
    for (const [name, files] of Object.entries(readmeFiles)) {
      expect(files.length, `${name} README has TypeScript examples`).toBeGreaterThan(0);
    }
    const result = await scratch.tsc(['-p', 'tsconfig.readme.json', '--pretty', 'false']);
    expect(formatDiagnostics(parseDiagnostics(result.stdout))).toEqual([]);
    expect(result.code).toBe(0);
  });
});

describe('a CommonJS consumer', () => {
  test('type-checks with module nodenext and require()s the clients on Node (require(esm))', async () => {
    const compiled = await scratch.tsc(['-p', 'tsconfig.cjs.json', '--pretty', 'false']);
    expect(formatDiagnostics(parseDiagnostics(compiled.stdout))).toEqual([]);
    expect(compiled.code).toBe(0);
    // The emitted file really is CommonJS: require() calls, no import statements.
    const emitted = await readFile(join(scratch.dir, 'out-cjs', 'cjs-consumer.cjs'), 'utf8');
    expect(emitted).toContain('require("@rtc-sessions/videosdk")');
    expect(emitted).not.toMatch(/^import /m);

    const result = await scratch.node(['out-cjs/cjs-consumer.cjs'], {
      MOCK_URL_VIDEOSDK: mocks.get('videosdk')?.url,
      MOCK_URL_ZOOM_VIDEOSDK: mocks.get('zoom-videosdk')?.url,
      MOCK_URL_100MS: mocks.get('100ms')?.url,
    });
    // No ExperimentalWarning or any other noise either.
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(summary.moduleSystem).toBe('commonjs');
    for (const provider of providers) expect(summary[provider], provider).toBeGreaterThan(0);
    expect(summary.notFound).toBe(404);
  });

  test('a plain require() of every published package works', async () => {
    const names = scratch.packages.map((p) => p.name);
    const script = `for (const name of ${JSON.stringify(names)}) { const m = require(name); if (Object.keys(m).length === 0) throw new Error(name + ' exports nothing'); }`;
    const result = await scratch.node(['--input-type=commonjs', '-e', script]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

/** Sessions in each simulated world: enough that every walk of the consumer takes several pages. */
const worldSessions = 120;

describe('running the consumer on Node against the stateful simulator (behind Prism)', () => {
  let sim: RunningSimulator | undefined;
  afterAll(async () => {
    await sim?.stop();
  });

  test('lists, walks every page and gets one session from each provider', async () => {
    // Emit only: whether the consumer type-checks is the tests above's concern, whether it works at
    // run time is this one's.
    const compiled = await scratch.tsc(['-p', 'tsconfig.node16.json', '--pretty', 'false', '--noCheck']);
    expect(await readdir(join(scratch.dir, 'out')), compiled.stdout).toContain('main.js');

    // Every session of the world starts within the last 20 days: inside the consumer's Zoom range
    // (the last four weeks up to today), so the walks see the whole world.
    sim = await startSimulator({ seed: 16, world: { sessions: worldSessions, spanDays: 20 } });
    const result = await scratch.node(['out/main.js'], {
      MOCK_URL_VIDEOSDK: sim.baseUrl('videosdk'),
      MOCK_URL_ZOOM_VIDEOSDK: sim.baseUrl('zoom-videosdk'),
      MOCK_URL_100MS: sim.baseUrl('100ms'),
      // Zoom's client takes its credentials from the environment (the other two get options).
      ZOOM_VIDEOSDK_API_KEY: 'ecosystem-zoom-key',
      ZOOM_VIDEOSDK_API_SECRET: 'ecosystem-zoom-secret-long-enough-for-hs256',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as ConsumerSummary;

    for (const provider of providers) {
      const world = sim.providers[provider]?.context.world.sessions ?? [];
      // The consumer lists Zoom's ended sessions (type past); the other two list every session.
      const expected = world.filter((s) => provider !== 'zoom-videosdk' || s.end !== null).map((s) => s.id);
      expect(expected.length, provider).toBeGreaterThan(100);
      const report = summary[provider];

      // The whole world, each session once, in the list's order: the walk really paged to the end.
      expect([...report.paged].sort(), provider).toEqual([...expected].sort());
      expect(new Set(report.paged).size, provider).toBe(report.paged.length);
      expect(report.pages, provider).toBeGreaterThan(1);
      expect(report.listed.length, provider).toBeGreaterThan(0);
      expect(report.listed.length, provider).toBeLessThan(expected.length);
      expect(report.paged.slice(0, report.listed.length), provider).toEqual(report.listed);
      // A get returns the session the list gave first.
      expect(report.got, provider).toEqual(report.listed[0]);
      expect(report.notFound).toEqual({
        status: 404,
        provider,
        method: 'GET',
        isRuntimeApiError: true,
        isProviderApiError: true,
      });
    }
  });
});

interface ProviderSummary {
  listed: unknown[];
  pages: number;
  paged: unknown[];
  got: unknown;
  notFound: Record<string, unknown>;
}
type ConsumerSummary = Record<Provider, ProviderSummary>;
