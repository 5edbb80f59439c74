import type { EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';
import type { IndexKind } from '../../../shared/clients/search-index.js';
import { csvLine, UTF8_BOM, type CsvDelimiter } from '../../../shared/csv.js';
import type { LessonSearchDocument, ReportSearchDocument } from '../../../pipelines/index/to-search-document.js';
import { lessonView, reportView } from '../routes/search.route.js';
import { columnNames, EXPORT_COLUMNS, rowValues } from './columns.js';

/** Pages of stored documents, as `SearchIndex.scan` reads them. */
export type Pages = AsyncIterable<Record<string, unknown>[]>;

/** The most characters an Excel cell holds; longer text is cut there. */
export const XLSX_MAX_CELL = 32_767;

/** Resolves when `emitter` emits `event`, or `out` closes or fails (whichever is first). */
function until(emitter: EventEmitter, event: string, out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      emitter.off(event, done);
      out.off('close', done);
      out.off('error', done);
      resolve();
    };
    emitter.once(event, done);
    out.once('close', done);
    out.once('error', done);
  });
}

/** Waits until `out` takes more (back-pressure: a slow reader makes the export wait, not buffer). False once it is gone. */
async function ready(out: Writable): Promise<boolean> {
  if (out.writableNeedDrain && !out.destroyed) await until(out, 'drain', out);
  return !out.destroyed;
}

/**
 * CSV: a header row of the column names, then one row per document, a page at a time. `;` with a BOM
 * opens right in Excel set to Swedish; cells are quoted and guarded against formulas (shared/csv.ts).
 * Returns false when the reader went away before the end.
 */
export async function writeCsv(
  out: Writable,
  kind: IndexKind,
  pages: Pages,
  opts: { delimiter: CsvDelimiter; bom: boolean },
): Promise<boolean> {
  out.write((opts.bom ? UTF8_BOM : '') + csvLine(columnNames(kind), opts.delimiter));
  for await (const page of pages) {
    if (out.destroyed) return false;
    out.write(page.map((d) => csvLine(rowValues(kind, d), opts.delimiter)).join(''));
    if (!(await ready(out))) return false;
  }
  out.end();
  return true;
}

/** JSON Lines: each report as the API shows it, or each lesson with its report. */
export async function writeJsonl(out: Writable, kind: IndexKind, pages: Pages): Promise<boolean> {
  const view =
    kind === 'reports'
      ? (d: Record<string, unknown>) => reportView(d as unknown as ReportSearchDocument)
      : (d: Record<string, unknown>) => lessonView(d as unknown as LessonSearchDocument);
  for await (const page of pages) {
    if (out.destroyed) return false;
    out.write(page.map((d) => `${JSON.stringify(view(d))}\n`).join(''));
    if (!(await ready(out))) return false;
  }
  out.end();
  return true;
}

// A sheet's XML reaches the zip through a stream that exceljs (4.4) writes to without waiting, so with a
// slow reader it would pile up there. This is that stream: the writer waits for it to drain before it
// reads the next page.
interface SheetSink extends Writable {
  _writableState?: { needDrain?: boolean };
}
function sheetSink(ws: unknown): SheetSink {
  const sink = (ws as { stream?: { pipes?: SheetSink[] } }).stream?.pipes?.[0];
  if (!sink || typeof sink.once !== 'function') throw new Error('exceljs: the sheet stream is not where this exceljs version keeps it');
  return sink;
}

/** An Excel cell: numbers stay numbers, text is cut at Excel's cell limit. Text is never a formula. */
function xlsxCell(v: string | number | null): string | number | null {
  return typeof v === 'string' && v.length > XLSX_MAX_CELL ? `${v.slice(0, XLSX_MAX_CELL - 1)}…` : v;
}

/**
 * Excel: one sheet named after the index, a bold, frozen header row with filter buttons, and one row per
 * document; numbers are number cells, everything else text cells. Streamed with exceljs's WorkbookWriter.
 */
export async function writeXlsx(out: Writable, kind: IndexKind, pages: Pages): Promise<boolean> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Lärdom';
  const columns = EXPORT_COLUMNS[kind];
  const ws = wb.addWorksheet(kind, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ key: c.name, width: c.width }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const head = ws.addRow(columns.map((c) => c.name));
  head.font = { bold: true };
  head.commit();
  const sink = sheetSink(ws);
  for await (const page of pages) {
    if (out.destroyed) return false;
    for (const d of page) ws.addRow(rowValues(kind, d).map(xlsxCell)).commit();
    if (sink._writableState?.needDrain && !out.destroyed) await until(sink, 'drain', out);
    if (!(await ready(out))) return false;
  }
  ws.commit();
  await wb.commit(); // ends `out`
  return true;
}
