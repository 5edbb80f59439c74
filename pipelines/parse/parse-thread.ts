// Runs inside a parse sandbox thread: one PDF at a time, answering the pool over the message port.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../shared/errors.js';
import { parsePdf, type ParseLimits } from './parse-pdf.js';

interface Request {
  id: number;
  bytes: Uint8Array;
  limits: ParseLimits;
}

parentPort?.on('message', async (req: Request) => {
  try {
    const doc = await parsePdf(req.bytes, req.limits);
    parentPort?.postMessage({ id: req.id, ok: true, doc });
  } catch (err) {
    const e = err instanceof AppError ? err : new AppError('pdf_corrupt', String((err as Error)?.message ?? err));
    parentPort?.postMessage({ id: req.id, ok: false, code: e.code, message: e.message });
  }
});
