import fs from 'node:fs/promises';
import type { Archive } from '../archive.js';
import type { DocumentState, DocumentStore } from '../clients/document-store.js';
import { enqueueStage, type StageQueues } from '../clients/queues.js';
import { AppError, isDocumentErrorCode } from '../errors.js';
import { PIPELINE_QUEUES } from './queue-names.js';

type Deps = { archive: Archive; documents: DocumentStore; queues: StageQueues };

/**
 * Reads a failed document again from its archived original (a read job, from the parse stage). Only a failure on a passing
 * fault: a bad file would fail the same way. Throws AppError `conflict` when it cannot be retried.
 */
export async function requeueFailed(deps: Deps, state: DocumentState): Promise<void> {
  if (state.status !== 'failed') throw new AppError('conflict', `The document is ${state.status}; only a failed document is retried.`);
  const code = state.error?.code ?? 'internal';
  if (isDocumentErrorCode(code)) {
    throw new AppError('conflict', `The file itself cannot be read (${code}); reading it again fails the same way. Upload a good copy.`);
  }
  if (!(await fs.stat(deps.archive.originalPath(state.id)).catch(() => null))) {
    throw new AppError('conflict', 'The original never reached the archive; upload the file again.');
  }
  // Its old jobs go first, so the new ones are not taken for duplicates.
  for (const queue of PIPELINE_QUEUES) await deps.queues[queue].remove(state.id).catch(() => 0);
  if (!(await deps.documents.requeue(state.id, 'parse'))) throw new AppError('conflict', 'The document is no longer failed.');
  await enqueueStage(deps.queues, 'read', { documentId: state.id });
}

/** How long a document that failed on a passing fault waits before it is read again: 15 min, doubling, at most a day. */
export function autoRetryDelayMs(attempt: number): number {
  return Math.min(24 * 3600_000, 15 * 60_000 * 2 ** attempt);
}

/** Automatic retries of one document at most; after them it stays failed for a person to look at. */
export const AUTO_RETRIES = 5;

/**
 * Re-queues the documents that failed on a passing fault (a service down past every attempt, an internal
 * error) once their backoff has passed, each at most `AUTO_RETRIES` times. Returns the ids re-queued.
 */
export async function requeueTransientFailures(deps: Deps, now = Date.now()): Promise<string[]> {
  const done: string[] = [];
  for await (const batch of deps.documents.allStates()) {
    for (const s of batch) {
      if (s.status !== 'failed' || !s.error || isDocumentErrorCode(s.error.code)) continue;
      const attempt = s.autoRetries ?? 0;
      if (attempt >= AUTO_RETRIES) continue;
      if (now - Date.parse(s.updatedAt ?? '') < autoRetryDelayMs(attempt)) continue;
      try {
        await deps.documents.countAutoRetry(s.id);
        await requeueFailed(deps, s);
        done.push(s.id);
      } catch {
        // Not retryable after all (the original is gone, it changed meanwhile): left as it is.
      }
    }
  }
  return done;
}
