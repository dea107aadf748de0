import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError } from '../src/errors.js';
import { formatRows, header, type Row } from '../src/export/rows.js';
import { writtenSessions } from '../src/export/written.js';

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
      const given = await writtenSessions(path, Buffer.byteLength(text), format);
      for (const id of ids) expect(given(id), id).toBe(true);
      for (const id of ['late', 'other', '5', 'cmd|calc']) expect(given(id), id).toBe(false);
    },
  );

  it('nothing written yet: nothing given', async () => {
    expect((await writtenSessions(join(dir, 'absent.csv'), 0, 'csv'))('plain')).toBe(false);
  });

  it('an output it cannot read back is a CheckpointError that says how to start over', async () => {
    const path = join(dir, 'broken.jsonl');
    await writeFile(path, '{"name":"no id"}\n');
    await expect(writtenSessions(path, 17, 'jsonl')).rejects.toThrow(CheckpointError);
    await expect(writtenSessions(path, 17, 'jsonl')).rejects.toThrow(/--force starts over/);
  });
});
