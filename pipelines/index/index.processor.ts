import type { Processor } from 'bullmq';
import { AppError } from '../../shared/errors.js';
import { stageProcessor } from '../../shared/queues/stage-runner.js';
import type { StageDeps } from '../../shared/queues/stage-deps.js';
import type { DocumentPayload } from '../../shared/queues/queue-names.js';
import type { Batcher } from './batcher.js';
import { type ReportSearchDocument, searchDocumentsOf } from './to-search-document.js';

/**
 * Index: builds the search document and hands it to the shared batcher, which upserts many reports
 * in one Meilisearch write; the job completes once its batch is searchable, and asks for a lesson-group update.
 */
export function createIndexProcessor(
  deps: StageDeps & { batcher: Batcher<ReportSearchDocument>; lessonsChanged?: (reportIds: string[]) => Promise<void> },
): Processor<DocumentPayload> {
  return stageProcessor('index', deps, async ({ data }) => {
    const id = data.documentId;
    const [stored, text, meta] = await Promise.all([deps.archive.readRecord(id), deps.archive.readText(id), deps.archive.meta(id)]);
    if (!stored) throw new AppError('internal', 'No extracted record in the archive for this document.');
    // A listing's projects are reports of their own, found, compared and matched like any other.
    const docs = searchDocumentsOf(id, stored, text, { originalName: meta?.originalName ?? null });
    await Promise.all(docs.map((d) => deps.batcher.add(d)));
    await deps.documents.markIndexed([id]);
    // Its lessons are searchable now: the lesson groups take them up in their next update.
    await deps.lessonsChanged?.(docs.map((d) => d.id));
  });
}
