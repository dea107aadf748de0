import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError } from '../src/errors.js';
import { type Checkpoint, verifyOutput } from '../src/export/checkpoint.js';
import type { Format } from '../src/export/rows.js';
import { formatRows, header, type Row } from '../src/export/rows.js';
import { writtenSessions } from '../src/export/written.js';

/** The read-back of the first `bytes` of `path`, as `verifyOutput` runs it. */
const readBack = (path: string, bytes: number, format: Format) =>
  writtenSessions(path, format)(createReadStream(path, { start: 0, end: bytes - 1 }));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rtc-sessions-written-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const columns = ['session_id', 'name'];
// Ids a provider could send that CSV quotes or formula-guards, and a name with a line break.
const ids = ['=cmd|calc', '-5', 'plain', 'a,"b"', '@x'];
const rows: Row[] = ids.map((id) => ({ session_id: id, name: `line\r\nbreak ${id}` }));

describe('reading back the sessions an interrupted export wrote', () => {
  it.each(['csv', 'jsonl'] as const)(
    '%s: every id written, as the provider gives it, and no other',
    async (format) => {
      const path = join(dir, `out.${format}`);
      const text = header(format, columns) + formatRows(format, columns, rows);
      // what follows the checkpoint (a half-written page) is not read
      await writeFile(path, `${text}${format === 'csv' ? 'late,"half' : '{"session_id":"late"'}`);
      const given = await readBack(path, Buffer.byteLength(text), format);
      for (const id of ids) expect(given(id), id).toBe(true);
      for (const id of ['late', 'other', '5', 'cmd|calc']) expect(given(id), id).toBe(false);
    },
  );

  it('nothing written yet: nothing given', async () => {
    const path = join(dir, 'empty.csv');
    await writeFile(path, '');
    const checkpoint = { bytes: 0, sha256: '' } as Checkpoint;
    expect(
      (await verifyOutput(path, checkpoint, writtenSessions(path, 'csv'))).read?.('plain') ?? false,
    ).toBe(false);
  });

  it('an output it cannot read back is a CheckpointError that says how to start over', async () => {
    const path = join(dir, 'broken.jsonl');
    await writeFile(path, '{"name":"no id"}\n');
    await expect(readBack(path, 17, 'jsonl')).rejects.toThrow(CheckpointError);
    await expect(readBack(path, 17, 'jsonl')).rejects.toThrow(/--force starts over/);
  });

  it('is read in the pass that hashes the output: a changed file says so first, an intact unreadable one says that', async () => {
    const path = join(dir, 'one-pass.jsonl');
    const text = '{"name":"no id"}\n';
    await writeFile(path, text);
    const sha256 = createHash('sha256').update(text).digest('hex');
    const intact = { bytes: text.length, sha256 } as Checkpoint;
    await expect(verifyOutput(path, intact, writtenSessions(path, 'jsonl'))).rejects.toThrow(
      /cannot be read back/,
    );
    const changed = {
      bytes: text.length,
      sha256: sha256.replace(/^./, (c) => (c === '0' ? '1' : '0')),
    } as Checkpoint;
    await expect(verifyOutput(path, changed, writtenSessions(path, 'jsonl'))).rejects.toThrow(/was changed/);
  });
});
