// Runs inside a sandbox thread: one document to read or one record to extract at a time, answering the pool over
// the message port. Each answer carries the thread's heap, so the pool can see its memory and recycle the thread.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors.js';
import type { ParsedDocument } from '../../shared/types/record.js';
import { parseDocument } from './parse-document.js';
import type { ParseLimits } from './parse-pdf.js';

type Request = { id: number; kind: 'parse'; bytes: Uint8Array; limits: ParseLimits } | { id: number; kind: 'extract'; doc: ParsedDocument };

/** This thread's V8 heap in bytes: what it uses, and what it holds from the system. */
export interface ThreadHeap {
  used: number;
  total: number;
}

function heap(): ThreadHeap {
  const h = getHeapStatistics();
  return { used: h.used_heap_size, total: h.total_heap_size };
}

// An extraction thread loads the extractor as it starts, while the first PDFs are still being read.
const extractor = (workerData as { preloadExtractor?: boolean } | null)?.preloadExtractor ? import('../extract/extract-record.js') : null;

parentPort?.on('message', async (req: Request) => {
  if (req.kind === 'extract') {
    try {
      const { extractRecord } = await (extractor ?? import('../extract/extract-record.js'));
      const record = extractRecord(req.doc);
      parentPort?.postMessage({ id: req.id, ok: true, record, heap: heap() });
    } catch (err) {
      parentPort?.postMessage({ id: req.id, ok: false, code: 'internal', message: String((err as Error)?.message ?? err), heap: heap() });
    }
    return;
  }
  try {
    const doc = await parseDocument(req.bytes, req.limits);
    parentPort?.postMessage({ id: req.id, ok: true, doc, heap: heap() });
  } catch (err) {
    const e = err instanceof AppError ? err : new AppError('pdf_corrupt', String((err as Error)?.message ?? err));
    parentPort?.postMessage({ id: req.id, ok: false, code: e.code, message: e.message, heap: heap() });
  }
});

// Loaded and listening (the extractor of an extraction thread included): the pool may send work.
await extractor;
parentPort?.postMessage({ ready: true, heap: heap() });
