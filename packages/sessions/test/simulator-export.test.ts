/**
 * `rtc-sessions export` against the stateful simulator (tools/mock), for every provider: the rows
 * the built CLI writes are the simulator's world, session by session and join by join, and an
 * export killed with SIGKILL mid-walk and rerun with `--resume` ends with the very bytes of a clean
 * run (no row missing, none twice).
 *
 * The simulator runs with its faults off, so it enforces no rate limit: the export is told so with
 * `--rate-limits discover` (pace by the server's own 429s), as for any rehearsal against a server
 * whose limits are not the provider's. With the published limits, Zoom's session list
 * (Resource-intensive, 20 requests a minute) would spend 3 s per page on a server that allows more.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type RunningSimulator, startSimulator } from '@rtc-sessions/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKPOINT_FORMAT, type Checkpoint, verifyOutput } from '../src/export/checkpoint.js';

const execFileAsync = promisify(execFile);
const bin = fileURLToPath(new URL('../bin/rtc-sessions.js', import.meta.url));
const providers = ['videosdk', 'zoom-videosdk', '100ms'] as const;
type Provider = (typeof providers)[number];

// Without any credential variable the CLI sends a placeholder token to --base-url.
const {
  VIDEOSDK_TOKEN: _a,
  VIDEOSDK_API_KEY: _b,
  VIDEOSDK_SECRET: _c,
  ZOOM_VIDEOSDK_TOKEN: _d,
  ZOOM_VIDEOSDK_API_KEY: _e,
  ZOOM_VIDEOSDK_API_SECRET: _f,
  HMS_MANAGEMENT_TOKEN: _g,
  HMS_ACCESS_KEY: _h,
  HMS_SECRET: _i,
  ...env
} = process.env;

let sim: RunningSimulator;
let dir: string;
beforeAll(async () => {
  // A latency fault only: each answer takes a few milliseconds, so a SIGKILL lands mid-walk.
  sim = await startSimulator({ seed: 17, world: { sessions: 150 }, faults: { latencyMs: 4 } });
  dir = await mkdtemp(join(tmpdir(), 'rtc-sessions-sim-'));
}, 120_000);
afterAll(async () => {
  await sim?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The export's arguments: the whole world's time span, explicit so that every run asks the same. */
function args(provider: Provider, out: string, participants: boolean): string[] {
  const { world } = sim.provider(provider).context;
  const starts = world.sessions.map((s) => s.start);
  return [
    'export',
    '--provider',
    provider,
    '--from',
    day(Math.min(...starts)),
    '--to',
    day(world.now),
    '--format',
    'jsonl',
    '--out',
    out,
    '--base-url',
    sim.baseUrl(provider),
    '--rate-limits',
    'discover',
    ...(participants ? ['--participants'] : []),
  ];
}

async function run(argv: string[]) {
  return execFileAsync(process.execPath, [bin, ...argv], { env }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

async function rows(path: string): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Zoom's times are whole seconds (`2024-01-31T09:05:00Z`); the others keep the world's milliseconds. */
function instant(provider: Provider, ms: number | null): string | null {
  if (ms === null) return null;
  return new Date(provider === 'zoom-videosdk' ? Math.floor(ms / 1000) * 1000 : ms).toISOString();
}

/**
 * Which joins the REST model reads: all of them, except in a live VideoSDK session, whose
 * participants come from its active-participants list (`/participants/active`, the adapter's
 * documented source for ongoing sessions): only the connections open now.
 */
function visible(provider: Provider, state: string, end: number | null): boolean {
  return !(provider === 'videosdk' && state === 'live' && end !== null);
}

/** The world's sessions, as the export must list them: the ones that started (not scheduled ones). */
function worldSessions(provider: Provider) {
  return sim.provider(provider).context.world.sessions.filter((s) => s.state !== 'scheduled');
}

describe('rtc-sessions export against the simulator', { timeout: 180_000 }, () => {
  it.each(providers)(
    '%s: one row per session of the world, with its room, start and state',
    async (provider) => {
      const out = join(dir, `${provider}-sessions.jsonl`);
      const result = await run(args(provider, out, false));
      expect(result.stderr).toMatch(/exported \d+ rows/);
      expect(result.code).toBe(0);
      const exported = await rows(out);
      const expected = worldSessions(provider);
      expect(exported.length).toBe(expected.length);
      expect(new Set(exported.map((r) => r.session_id)).size).toBe(exported.length);
      const byId = new Map(exported.map((r) => [r.session_id, r]));
      for (const session of expected) {
        const row = byId.get(session.id);
        expect(row, session.id).toBeDefined();
        expect(row?.session_start_utc).toBe(instant(provider, session.start));
        expect(row?.live).toBe(session.state === 'live');
        // Zoom has no rooms: its `room_id` is the session's name.
        if (provider !== 'zoom-videosdk') expect(row?.room_id).toBe(session.roomId);
        else expect(row?.room_id).toBe(session.name);
      }
    },
  );

  it.each(providers)('%s --participants: one row per join of the world, each once', async (provider) => {
    const out = join(dir, `${provider}-joins.jsonl`);
    const result = await run(args(provider, out, true));
    expect(result.code).toBe(0);
    const key = (sessionId: unknown, name: unknown, start: unknown, end: unknown) =>
      JSON.stringify([sessionId, name, start, end]);
    const exported = (await rows(out)).map((r) =>
      key(r.session_id, r.participant_name, r.joined_at_utc, r.left_at_utc),
    );
    const expected = worldSessions(provider).flatMap((s) =>
      s.participants.flatMap((p) =>
        p.joins
          .filter((j) => visible(provider, s.state, j.end))
          .map((j) => key(s.id, p.name, instant(provider, j.start), instant(provider, j.end))),
      ),
    );
    expect(expected.length).toBeGreaterThan(worldSessions(provider).length);
    expect(exported.sort()).toEqual(expected.sort());
  });

  it.each(providers)(
    '%s --participants: killed with SIGKILL mid-walk, --resume ends with a clean run’s bytes',
    async (provider) => {
      const clean = join(dir, 'clean', `${provider}.jsonl`);
      const killed = join(dir, 'killed', `${provider}.jsonl`);
      await execFileAsync('mkdir', ['-p', join(dir, 'clean'), join(dir, 'killed')]);
      expect((await run(args(provider, clean, true))).code).toBe(0);

      const child: ChildProcess = spawn(process.execPath, [bin, ...args(provider, killed, true)], {
        env,
        stdio: 'ignore',
      });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, s) => resolve(s)));
      // Killed once some rows and their checkpoint are on disk: mid-walk, not before it nor after it.
      const checkpoint = `${killed}.checkpoint.json`;
      const deadline = Date.now() + 60_000;
      while (!(existsSync(killed) && statSync(killed).size > 0 && existsSync(checkpoint))) {
        if (Date.now() > deadline) throw new Error('the export wrote nothing within 60 s');
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      const cleanBytes = await readFile(clean);
      const partial = statSync(killed).size;
      expect(partial).toBeGreaterThan(0);
      expect(partial).toBeLessThan(cleanBytes.length);

      // Without --resume the partial output is refused; with it, the export finishes where it stopped.
      const refused = await run(args(provider, killed, true));
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/--resume/);
      const resumed = await run([...args(provider, killed, true), '--resume']);
      expect(resumed.stderr).toMatch(/resumed and finished/);
      expect(resumed.code).toBe(0);
      expect((await readFile(killed)).equals(cleanBytes)).toBe(true);
      expect(existsSync(checkpoint)).toBe(false);
    },
  );
});

describe('resume and pacing, without the simulator', () => {
  it('a run killed before its first page was checkpointed resumes from the start', async () => {
    const out = join(dir, 'early.jsonl');
    await writeFile(out, '{"partial":');
    const fresh = { format: CHECKPOINT_FORMAT, position: { segment: 0, offset: 0 }, bytes: 0, sha256: '' };
    const { hash } = await verifyOutput(out, { ...fresh, identity: {} } as unknown as Checkpoint);
    expect(hash.digest('hex')).toBe(createHash('sha256').digest('hex'));
  });

  it('--rate-limits takes published or discover; a misspelt value exits 2 naming the closest', async () => {
    const result = await run([
      ...args('zoom-videosdk', join(dir, 'x.jsonl'), false),
      '--rate-limits',
      'discovr',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown --rate-limits "discovr" \(did you mean "discover"\?\)/);
  });
});
