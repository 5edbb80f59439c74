import { randomBytes } from 'node:crypto';
import { PassThrough, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnNames } from './columns.js';
import { type Pages, writeCsv, writeJsonl, writeXlsx, XLSX_MAX_CELL } from './writers.js';

function lesson(i: number, text = `Lärdom nummer ${i}: förankra tidigt.`): Record<string, unknown> {
  return {
    id: `r${i}-1`,
    reportId: `r${i}`,
    position: 1,
    text,
    projectName: `Projekt ${i}`,
    owner: 'Region Dalarna',
    county: 'Dalarnas län',
    municipalities: ['Falun', 'Borlänge'],
    periodStart: '2015-01',
    periodEnd: '2016-12',
    documentType: 'final_report',
    themes: [],
    programme: null,
    years: [2015, 2016],
    page: 4,
    budgetTotalSek: 1_500_000 + i,
  };
}

/** `count` pages of `size` lessons each; `pulled` tells how many pages the writer has asked for. */
function source(count: number, size: number, text?: () => string) {
  const state = { pulled: 0, closed: false };
  async function* pages(): Pages {
    try {
      for (let p = 0; p < count; p++) {
        state.pulled++;
        yield Array.from({ length: size }, (_, i) => lesson(p * size + i, text?.()));
      }
    } finally {
      state.closed = true;
    }
  }
  return { pages: pages(), state };
}

/** A reader that takes the first few bytes and then nothing more (a client that stopped reading). */
function stalled(): Writable {
  return new Writable({ highWaterMark: 1024, write: () => undefined });
}

async function collect(write: (out: Writable) => Promise<boolean>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((r) => out.on('end', r));
  expect(await write(out)).toBe(true);
  await ended;
  return Buffer.concat(chunks);
}

const settle = () => new Promise((r) => setTimeout(r, 300));

describe('export writers', () => {
  it('writes CSV with a BOM and semicolons, or commas without a BOM', async () => {
    const semi = (await collect((out) => writeCsv(out, 'lessons', source(2, 3).pages, { delimiter: 'semicolon', bom: true }))).toString();
    expect(semi.startsWith('\uFEFF')).toBe(true);
    const lines = semi.slice(1).split('\r\n');
    expect(lines[0]).toBe(columnNames('lessons').join(';'));
    expect(lines.length).toBe(1 + 6 + 1); // header, six lessons, the empty string after the last CRLF
    expect(lines[1]).toBe(
      'r0-1;r0;1;Lärdom nummer 0: förankra tidigt.;Projekt 0;Region Dalarna;Dalarnas län;"Falun; Borlänge";2015-01;2016-12;final_report;;;"2015; 2016";4;1500000',
    );
    const comma = (await collect((out) => writeCsv(out, 'lessons', source(1, 1).pages, { delimiter: 'comma', bom: false }))).toString();
    expect(comma.split('\r\n')[0]).toBe(columnNames('lessons').join(','));
  });

  it('writes JSON Lines of lessons with their report', async () => {
    const text = (await collect((out) => writeJsonl(out, 'lessons', source(3, 2).pages))).toString();
    const rows = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.length).toBe(6);
    expect(rows[0]).toMatchObject({ id: 'r0-1', position: 1, page: 4, report: { id: 'r0', county: 'Dalarnas län' } });
  });

  it('writes a workbook Excel can read back: header, number cells, text never a formula, long text cut', async () => {
    const docs = [lesson(1, '=HYPERLINK("http://example.invalid","x")'), lesson(2, `a\u0001b ${'x'.repeat(40_000)}`)];
    async function* pages(): Pages {
      yield docs;
    }
    const bytes = await collect((out) => writeXlsx(out, 'lessons', pages()));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('lessons')!;
    expect(ws.rowCount).toBe(3);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(columnNames('lessons'));
    const col = (name: string) => columnNames('lessons').indexOf(name) + 1;
    const formulaLike = ws.getRow(2).getCell(col('text'));
    expect(formulaLike.type).toBe(ExcelJS.ValueType.String);
    expect(formulaLike.value).toBe('=HYPERLINK("http://example.invalid","x")');
    expect(ws.getRow(2).getCell(col('budgetTotalSek')).value).toBe(1_500_001);
    expect(ws.getRow(2).getCell(col('years')).value).toBe('2015; 2016');
    const long = String(ws.getRow(3).getCell(col('text')).value);
    expect(long.length).toBeLessThanOrEqual(XLSX_MAX_CELL);
    expect(long.startsWith('ab x')).toBe(true); // the control character is gone: XML cannot hold it
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  // A client that stops reading must make the export wait, not read the whole index into memory.
  for (const [name, write] of [
    ['csv', (out: Writable, p: Pages) => writeCsv(out, 'lessons', p, { delimiter: 'semicolon', bom: true })],
    ['jsonl', (out: Writable, p: Pages) => writeJsonl(out, 'lessons', p)],
    ['xlsx', (out: Writable, p: Pages) => writeXlsx(out, 'lessons', p)],
  ] as const) {
    it(`${name}: waits for a slow reader, and stops reading pages when it goes away`, async () => {
      // Random text, so that compression (xlsx) cannot make 40 pages of 100 kB fit in a few buffers.
      const { pages, state } = source(40, 100, () => randomBytes(500).toString('hex'));
      const out = stalled();
      const done = write(out, pages);
      await settle();
      expect(state.pulled).toBeGreaterThan(0);
      expect(state.pulled).toBeLessThan(8);
      const pulled = state.pulled;
      await settle();
      expect(state.pulled).toBe(pulled);
      out.destroy();
      expect(await done).toBe(false);
      expect(state.closed).toBe(true);
      expect(state.pulled).toBe(pulled);
    });
  }

  it('passes on an error from reading the index', async () => {
    async function* failing(): Pages {
      yield [lesson(1)];
      throw new Error('Meilisearch went away');
    }
    const out = new PassThrough();
    out.resume();
    await expect(writeCsv(out, 'lessons', failing(), { delimiter: 'semicolon', bom: true })).rejects.toThrow('Meilisearch went away');
  });
});
