import type { StageDeps } from '../../shared/queues/stage-deps.js';
import type { ReadPayload } from '../../shared/queues/queue-names.js';

/**
 * Archive, the first stage of a read job: moves the staged file into the content-addressed archive (kept even if
 * it later fails). A job without a staged file (a retry of an archived document) has nothing to move. Returns the
 * original's file name, for the search documents.
 */
export async function archiveStage(deps: Pick<StageDeps, 'archive'>, data: ReadPayload): Promise<string | null> {
  if (!('stagedPath' in data)) return (await deps.archive.meta(data.documentId))?.originalName ?? null;
  await deps.archive.storeOriginal(data.documentId, data.stagedPath, {
    originalName: data.originalName,
    size: data.size,
    receivedAt: new Date().toISOString(),
    source: data.source,
  });
  return data.originalName;
}
