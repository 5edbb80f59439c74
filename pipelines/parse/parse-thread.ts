// Runs inside a sandbox thread: one document to read or one record to extract at a time, answering the pool over
// the message port.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors.js';
import type { ParsedDocument } from '../../shared/types/record.js';
import { parseDocument } from './parse-document.js';
import type { ParseLimits } from './parse-pdf.js';

type Request = { id: number; kind: 'parse'; bytes: Uint8Array; limits: ParseLimits } | { id: number; kind: 'extract'; doc: ParsedDocument };

// An extraction thread loads the extractor as it starts, while the first PDFs are still being read.
const extractor = (workerData as { preloadExtractor?: boolean } | null)?.preloadExtractor ? import('../extract/extract-record.js') : null;

parentPort?.on('message', async (req: Request) => {
  if (req.kind === 'extract') {
    try {
      const { extractRecord } = await (extractor ?? import('../extract/extract-record.js'));
      parentPort?.postMessage({ id: req.id, ok: true, record: extractRecord(req.doc) });
    } catch (err) {
      parentPort?.postMessage({ id: req.id, ok: false, code: 'internal', message: String((err as Error)?.message ?? err) });
    }
    return;
  }
  try {
    const doc = await parseDocument(req.bytes, req.limits);
    parentPort?.postMessage({ id: req.id, ok: true, doc });
  } catch (err) {
    const e = err instanceof AppError ? err : new AppError('pdf_corrupt', String((err as Error)?.message ?? err));
    parentPort?.postMessage({ id: req.id, ok: false, code: e.code, message: e.message });
  }
});
