// Runs inside a sandbox thread: one document to read or one record to extract at a time, answering the pool over
// the message port. Each answer carries the thread's heap, so the pool can see its memory and recycle the thread.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors.js';
import type { ParsedDocument } from '../../shared/types/record.js';
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

// A thread loads what its sandbox is for as it starts: an extraction thread the extractor (while the first PDFs are
// still being read), a parse thread the readers (pdf.js). The other part loads only if such work ever comes.
const forExtraction = !!(workerData as { preloadExtractor?: boolean } | null)?.preloadExtractor;
const extractor = forExtraction ? import('../extract/extract-record.js') : null;
const reader = forExtraction ? null : import('./parse-document.js');

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
    const { parseDocument } = await (reader ?? import('./parse-document.js'));
    const doc = await parseDocument(req.bytes, req.limits);
    parentPort?.postMessage({ id: req.id, ok: true, doc, heap: heap() });
  } catch (err) {
    const e = err instanceof AppError ? err : new AppError('pdf_corrupt', String((err as Error)?.message ?? err));
    parentPort?.postMessage({ id: req.id, ok: false, code: e.code, message: e.message, heap: heap() });
  }
});

// Loaded and listening: the pool may send work. An extraction thread reads a short report first, so the heap it
// reports as ready already holds the extractor's tables and models.
if (extractor) (await import('../extract/warm-up.js')).warmUp();
else await reader;
parentPort?.postMessage({ ready: true, heap: heap() });
