/**
 * Uses the client packages the way a user gets them: packed by pnpm, installed with npm into a project
 * outside the workspace, type-checked by that project's own TypeScript and run on Node against the Prism
 * mocks. One scratch install serves every check.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningMock, startMock } from '@rtc-sessions/mock';
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

interface SpecDocument {
  components: { examples: Record<string, { value: unknown }> };
}

describe('running the consumer on Node against the Prism mocks', () => {
  test('lists, walks every page and gets one session from each provider', async () => {
    // Emit only: whether the consumer type-checks is the tests above's concern, whether it works at
    // run time is this one's.
    const compiled = await scratch.tsc(['-p', 'tsconfig.node16.json', '--pretty', 'false', '--noCheck']);
    expect(await readdir(join(scratch.dir, 'out')), compiled.stdout).toContain('main.js');

    const result = await scratch.node(['out/main.js'], {
      MOCK_URL_VIDEOSDK: mocks.get('videosdk')?.url,
      MOCK_URL_ZOOM_VIDEOSDK: mocks.get('zoom-videosdk')?.url,
      MOCK_URL_100MS: mocks.get('100ms')?.url,
      // Zoom's client takes its credentials from the environment (the other two get options).
      ZOOM_VIDEOSDK_API_KEY: 'ecosystem-zoom-key',
      ZOOM_VIDEOSDK_API_SECRET: 'ecosystem-zoom-secret-long-enough-for-hs256',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as ConsumerSummary;
    // Resolves as the consumer project does, through each package's `exports`.
    const consumerRequire = createRequire(join(scratch.dir, 'package.json'));

    for (const provider of providers) {
      // What Prism answers is the spec's example; read it from the spec the package ships.
      const spec = consumerRequire(`@rtc-sessions/${provider}/openapi.json`) as SpecDocument;
      const list = spec.components.examples.ListSessionsPublished?.value as Record<string, unknown>;
      const got = spec.components.examples[
        provider === 'zoom-videosdk' ? 'GetSessionPast' : 'GetSessionEnded'
      ]?.value as Record<string, unknown>;
      const items = (provider === 'zoom-videosdk' ? list.sessions : list.data) as Array<
        Record<string, unknown>
      >;
      const ids = items.map((item) => item.id);
      const report = summary[provider];

      expect(report.listed).toEqual(ids);
      expect(report.got).toEqual(got.id);
      // How many pages the walk should take, from the example Prism serves on every page.
      const expectedPages =
        provider === 'videosdk'
          ? // page numbers: up to the example's pageInfo.lastPage
            (list.pageInfo as { lastPage: number }).lastPage
          : provider === '100ms'
            ? // a page shorter than `limit` is the last one
              1
            : // the example's next_page_token never runs out: the consumer's maxPages bound
              3;
      if (provider === '100ms') expect(items.length).toBeLessThan(list.limit as number);
      expect(report.pages).toBe(expectedPages);
      expect(report.paged).toEqual(Array.from({ length: report.pages }, () => ids).flat());
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
