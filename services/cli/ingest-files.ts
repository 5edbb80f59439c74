import fs from 'node:fs/promises';
import path from 'node:path';
import type { Archive } from '../../shared/archive.js';
import type { DocumentStore } from '../../shared/clients/document-store.js';
import type { StageQueues } from '../../shared/clients/queues.js';
import { AppError } from '../../shared/errors.js';
import { submitStaged } from '../../shared/queues/submit.js';
import type { IntakePayload } from '../../shared/queues/queue-names.js';

/** Outcome of ingesting a set of files. */
export interface IngestSummary {
  total: number;
  indexed: number;
  duplicates: number;
  failed: number;
  failedByCode: Record<string, number>;
  failures: { file: string; code: string; message: string }[];
}

/** What became of one file: indexed, already there (the same bytes), or failed with its code. */
export type FileOutcome = { status: 'indexed' | 'duplicate'; id: string } | { status: 'failed'; code: string; message: string };

/** Progress callback: how many files have reached a final state so far. */
export type ProgressFn = (done: number, total: number) => void;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// The kinds Lärdom reads, by the names folders give them; a file named on its own is taken whatever its name
// (its content decides its kind).
export const DOCUMENT_NAME = /\.(?:pdf|docx|odt|html?|txt)$/i;

/** Every document (PDF, Word, OpenDocument, web page, text) under the given files and folders (recursively), sorted, each once. */
export async function findDocuments(inputs: string[]): Promise<string[]> {
  const out = new Set<string>();
  const walk = async (p: string): Promise<void> => {
    const st = await fs.stat(p);
    if (st.isDirectory()) {
      for (const e of await fs.readdir(p)) await walk(path.join(p, e));
    } else if (st.isFile() && DOCUMENT_NAME.test(p)) out.add(path.resolve(p));
  };
  for (const input of inputs) {
    const st = await fs.stat(input).catch(() => null);
    if (!st) throw new Error(`No such file or folder: ${input}`);
    if (st.isFile()) out.add(path.resolve(input));
    else await walk(input);
  }
  return [...out].sort();
}

/**
 * Stages and submits every file, then waits until each has been indexed or has failed.
 * A file that was ingested before counts as a duplicate and makes no second document.
 */
export async function ingestFiles(
  deps: { archive: Archive; documents: DocumentStore; queues: StageQueues; maxBytes: number },
  files: string[],
  source: IntakePayload['source'],
  onProgress: ProgressFn = () => undefined,
  timeoutMs = 24 * 3600_000,
  onFile: (file: string, outcome: FileOutcome) => void = () => undefined,
): Promise<IngestSummary> {
  const summary: IngestSummary = { total: files.length, indexed: 0, duplicates: 0, failed: 0, failedByCode: {}, failures: [] };
  const fail = (file: string, code: string, message: string) => {
    onFile(file, { status: 'failed', code, message });
    summary.failed++;
    summary.failedByCode[code] = (summary.failedByCode[code] ?? 0) + 1;
    summary.failures.push({ file, code, message });
  };
  const pending = new Map<string, string>(); // id -> file
  let done = 0;
  for (const file of files) {
    let staged;
    try {
      staged = await deps.archive.stageFile(file, deps.maxBytes);
    } catch (err) {
      // Only a problem with this file counts against it (unreadable, too large); the run goes on.
      const e = err instanceof AppError ? err : new AppError('internal', `Cannot read the file: ${(err as Error).message}`);
      fail(file, e.code, e.message);
      done++;
      onProgress(done, files.length);
      continue;
    }
    // A failure to register or queue is the service's, not the file's: it stops the run (nothing is lost).
    const res = await submitStaged(deps, staged, path.basename(file), source);
    if (pending.has(res.id)) {
      onFile(file, { status: 'duplicate', id: res.id });
      summary.duplicates++;
      done++;
    } else if (res.duplicate && res.status === 'failed') {
      // Ingested before and failed then: the file is still bad, so say so again.
      const state = await deps.documents.get(res.id);
      fail(file, state?.error?.code ?? 'internal', state?.error?.message ?? 'failed earlier');
      done++;
    } else if (res.duplicate) {
      onFile(file, { status: 'duplicate', id: res.id });
      summary.duplicates++;
      done++;
    } else pending.set(res.id, file);
    onProgress(done, files.length);
  }

  const deadline = Date.now() + timeoutMs;
  while (pending.size) {
    const ids = [...pending.keys()];
    const states = (await Promise.all(chunks(ids, 1_000).map((c) => deps.documents.getMany(c)))).flat();
    states.forEach((s, i) => {
      const id = ids[i]!;
      if (s?.status === 'indexed') {
        summary.indexed++;
        onFile(pending.get(id)!, { status: 'indexed', id });
      } else if (s?.status === 'failed') fail(pending.get(id)!, s.error?.code ?? 'internal', s.error?.message ?? '');
      else return;
      pending.delete(id);
      done++;
    });
    onProgress(done, files.length);
    if (!pending.size) break;
    if (Date.now() > deadline) throw new Error(`${pending.size} documents were not processed within ${timeoutMs} ms`);
    // Each round reads every pending status: wait longer when many are pending, so a 10 000-file
    // run does not spend its time asking (200 ms for a few files, up to 2 s for thousands).
    await new Promise((r) => setTimeout(r, Math.min(2_000, 200 + pending.size / 5)));
  }
  return summary;
}
