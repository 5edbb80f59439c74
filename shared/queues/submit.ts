import fs from 'node:fs/promises';
import type { Archive, StagedFile } from '../archive.js';
import type { DocumentStatus, DocumentStore } from '../clients/document-store.js';
import { enqueueStage, type StageQueues } from '../clients/queues.js';
import { AppError } from '../errors.js';
import type { IntakePayload } from './queue-names.js';

/** What a producer learns when it submits a file. */
export interface SubmitResult {
  id: string;
  status: DocumentStatus;
  /** True when these bytes were ingested before: no second document is made. */
  duplicate: boolean;
}

/**
 * Registers a staged file as a document and queues it for intake. The same bytes never become two
 * documents: a known id is reported as a duplicate and its staged copy is dropped.
 */
export async function submitStaged(
  deps: { archive: Archive; documents: DocumentStore; queues: StageQueues },
  staged: StagedFile,
  originalName: string,
  source: IntakePayload['source'],
): Promise<SubmitResult> {
  let isNew: boolean;
  try {
    isNew = await deps.documents.register(staged.id, originalName, staged.size);
  } catch (err) {
    await fs.rm(staged.path, { force: true });
    throw new AppError('service_unavailable', 'The document store (Redis) is unavailable; try again.', { cause: err });
  }
  if (!isNew) {
    const state = await deps.documents.get(staged.id);
    // Registered but never queued: the process that took the first upload died between the two (a client that
    // got no answer sends the file again). This upload carries the bytes, so it queues them now.
    if (
      state?.status === 'queued' &&
      state.stage === 'intake' &&
      !(await deps.queues.intake.getJob(staged.id)) &&
      !(await deps.queues.read.getJob(staged.id))
    ) {
      await queueIntake(deps, staged, originalName, source);
      return { id: staged.id, status: 'queued', duplicate: false };
    }
    await fs.rm(staged.path, { force: true });
    return { id: staged.id, status: state?.status ?? 'queued', duplicate: true };
  }
  await queueIntake(deps, staged, originalName, source);
  return { id: staged.id, status: 'queued', duplicate: false };
}

async function queueIntake(
  deps: { archive: Archive; documents: DocumentStore; queues: StageQueues },
  staged: StagedFile,
  originalName: string,
  source: IntakePayload['source'],
): Promise<void> {
  try {
    await enqueueStage(deps.queues, 'intake', {
      documentId: staged.id,
      stagedPath: staged.path,
      originalName,
      size: staged.size,
      source,
    });
  } catch (err) {
    // Without its job the document would sit "queued" forever: undo the registration so a retry works.
    await deps.documents.unregister(staged.id).catch(() => undefined);
    await fs.rm(staged.path, { force: true });
    throw new AppError('service_unavailable', 'The queue is unavailable; try again.', { cause: err });
  }
}
