/**
 * The attendance CSV opened the way a spreadsheet opens it: LibreOffice Calc, headless (Debian's
 * `libreoffice-calc-nogui`), imports the file as UTF-8 with "detect special numbers" and "evaluate
 * formulas" on, and saves it as flat ODS, whose cells carry their type (string, float, date) and
 * value. Two formulas appended to a copy of the export let the spreadsheet itself sum the columns.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../src/export/export.js';
import { joinColumns } from '../src/export/rows.js';
import { resolveQuery } from '../src/index.js';
import { type LoopbackServer, startServer } from './support/server.js';

const execFileAsync = promisify(execFile);

function findSoffice(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
const soffice = findSoffice();
if (!soffice)
  console.warn('spreadsheet.test.ts skipped: install LibreOffice (apt-get install libreoffice-calc-nogui)');

const HYPERLINK = '=HYPERLINK("http://evil.example","click")';
const at = (minute: number, second = 0) => new Date(Date.UTC(2024, 2, 5, 9, minute, second)).toISOString();

/** VideoSDK: one ended session; Zoë rejoined (10 + 30 minutes), the other attended once (5 minutes). */
const session = {
  id: 'session-1',
  roomId: 'room-1',
  start: at(0),
  end: at(50),
  status: 'ended',
  participants: [
    {
      participantId: 'p-zoe',
      name: 'Zoë Müller',
      timelog: [
        { start: at(1), end: at(11) },
        { start: at(15), end: at(45) },
      ],
    },
    { participantId: 'p-evil', name: HYPERLINK, timelog: [{ start: at(2), end: at(7) }] },
  ],
};

let server: LoopbackServer;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rtc-sessions-sheet-'));
  server = await startServer((request) => {
    const pageInfo = { currentPage: 1, perPage: 20, lastPage: 1, total: 1 };
    if (request.rawPath === '/sessions/') return { status: 200, body: { pageInfo, data: [session] } };
    if (request.rawPath === '/sessions/session-1/participants') {
      return { status: 200, body: { pageInfo, data: { ...session, participants: session.participants } } };
    }
    return { status: 404, body: { message: 'not found' } };
  });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

interface SheetCell {
  type: string;
  value: string;
  formula: boolean;
}

/** The rows of the first table of a flat ODS document (repeated empty cells expanded). */
function sheetRows(fods: string): SheetCell[][] {
  const rows: SheetCell[][] = [];
  for (const [row] of fods.matchAll(/<table:table-row\b[\s\S]*?<\/table:table-row>/g)) {
    const cells: SheetCell[] = [];
    for (const [cell] of row.matchAll(/<table:table-cell\b[^>]*?(?:\/>|>[\s\S]*?<\/table:table-cell>)/g)) {
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(cell)?.[1] ?? 1);
      const type = /office:value-type="([^"]+)"/.exec(cell)?.[1] ?? 'empty';
      const value =
        /office:(?:date-)?value="([^"]+)"/.exec(cell)?.[1] ??
        decode(/<text:p>([\s\S]*?)<\/text:p>/.exec(cell)?.[1] ?? '');
      for (let i = 0; i < Math.min(repeat, 64); i++)
        cells.push({ type, value, formula: cell.includes('table:formula=') });
    }
    rows.push(cells);
  }
  return rows;
}

function decode(xml: string): string {
  return xml
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Opens `csv` in LibreOffice Calc and returns its cells. */
async function openInCalc(csv: string): Promise<SheetCell[][]> {
  const outdir = await mkdtemp(join(dir, 'calc-'));
  // CSV import options: comma, double quote, UTF-8 (76), from line 1, English, quoted fields not
  // forced to text, detect special numbers (dates), …, evaluate formulas (13th token).
  const filter = 'CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true';
  await execFileAsync(
    soffice as string,
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${outdir}/profile`,
      `--infilter=${filter}`,
      '--convert-to',
      'fods',
      '--outdir',
      outdir,
      csv,
    ],
    { timeout: 120_000 },
  );
  const fods = await readFile(
    join(
      outdir,
      `${csv
        .split('/')
        .pop()
        ?.replace(/\.csv$/, '')}.fods`,
    ),
    'utf8',
  );
  return sheetRows(fods);
}

describe.skipIf(!soffice)(
  'the attendance CSV in a spreadsheet (LibreOffice Calc)',
  { timeout: 180_000 },
  () => {
    it('reads names, UTC times as dates, and sums without double counting; formulas stay text', async () => {
      const out = join(dir, 'attendance.csv');
      await runExport({
        provider: 'videosdk',
        credentials: { token: 'test-token' },
        baseUrl: server.url,
        query: resolveQuery({}),
        participants: true,
        format: 'csv',
        out,
      });
      const bytes = await readFile(out);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      // The spreadsheet adds up the two duration columns itself, below the export's three join rows.
      const column = (name: string) => String.fromCharCode(65 + joinColumns.indexOf(name as never));
      const sums = joinColumns
        .map((name) =>
          name === 'join_seconds' || name === 'participant_total_seconds_first_join_only'
            ? `=SUM(${column(name)}2:${column(name)}4)`
            : '',
        )
        .join(',');
      const withSums = join(dir, 'attendance-sums.csv');
      await writeFile(withSums, Buffer.concat([bytes, Buffer.from(`${sums}\r\n`)]));

      const rows = await openInCalc(withSums);
      const header = rows[0]?.map((cell) => cell.value);
      expect(header).toEqual([...joinColumns]);
      const get = (row: number, name: string) => rows[row]?.[joinColumns.indexOf(name as never)];

      expect([1, 2, 3].map((row) => get(row, 'participant_name')?.value)).toEqual([
        'Zoë Müller',
        'Zoë Müller',
        `'${HYPERLINK}`,
      ]);
      for (const row of [1, 2, 3]) {
        expect(get(row, 'participant_name')?.type).toBe('string');
        expect(get(row, 'participant_name')?.formula).toBe(false);
        expect(get(row, 'session_start_utc')).toMatchObject({ type: 'date', value: '2024-03-05T09:00:00' });
        expect(get(row, 'session_end_utc')).toMatchObject({ type: 'date', value: '2024-03-05T09:50:00' });
      }
      expect(get(2, 'joined_at_utc')).toMatchObject({ type: 'date', value: '2024-03-05T09:15:00' });
      expect(get(2, 'left_at_utc')).toMatchObject({ type: 'date', value: '2024-03-05T09:45:00' });

      // Zoë: 600 + 1800 s of joins, 2400 s in all, counted once; the other: 300 s.
      expect(get(4, 'join_seconds')).toMatchObject({ type: 'float', value: '2700', formula: true });
      expect(get(4, 'participant_total_seconds_first_join_only')).toMatchObject({
        type: 'float',
        value: '2700',
        formula: true,
      });
      expect(get(1, 'participant_total_seconds_first_join_only')?.value).toBe('2400');
      expect(get(2, 'participant_total_seconds_first_join_only')?.type).toBe('empty');
    });

    it('control: the same import evaluates a formula that is not neutralised (so the check above can fail)', async () => {
      const control = join(dir, 'control.csv');
      await writeFile(control, 'name,n\r\n=1+1,3\r\n');
      const rows = await openInCalc(control);
      expect(rows[1]?.[0]).toMatchObject({ type: 'float', value: '2', formula: true });
    });
  },
);
