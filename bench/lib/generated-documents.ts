// Search documents of generated reports without the PDF pipeline: the corpus generator's page texts (what
// pdf-parse reads from its PDFs) → extractRecord → toSearchDocument. Report n depends only on (seed, n).
import { extractRecord } from '../../pipelines/extract/extract-record.js';
import { toSearchDocument, type ReportSearchDocument } from '../../pipelines/index/to-search-document.js';
import { reportPageTexts } from '../corpus/generate.mjs';

/** The search document of generated report n (0-based), id `q00001` for n = 0. */
export function generatedSearchDocument(seed: number, n: number): ReportSearchDocument {
  const text = reportPageTexts(seed, n);
  const id = `q${String(n + 1).padStart(5, '0')}`;
  return toSearchDocument(id, extractRecord(text), text, { originalName: `r${String(n + 1).padStart(5, '0')}.pdf`, correctedFields: [] });
}

/** Consecutive [from, to) ranges of at most `size` numbers covering [start, end). */
export function* chunkRanges(start: number, end: number, size: number): Generator<[number, number]> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`chunk size must be a positive whole number, not ${size}`);
  for (let from = start; from < end; from += size) yield [from, Math.min(end, from + size)];
}

/**
 * The search documents of generated reports [start, end), `size` at a time. A chunk is built only when it
 * is asked for, so a caller that lets go of each chunk holds at most one in memory, whatever the range.
 */
export function* generatedDocumentChunks(seed: number, start: number, end: number, size: number): Generator<ReportSearchDocument[]> {
  for (const [from, to] of chunkRanges(start, end, size)) {
    const docs: ReportSearchDocument[] = [];
    for (let n = from; n < to; n++) docs.push(generatedSearchDocument(seed, n));
    yield docs;
  }
}
