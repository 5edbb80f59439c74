import type { Processor } from 'bullmq';
import { AppError } from '../../shared/errors.js';
import { stageProcessor } from '../../shared/queues/stage-runner.js';
import type { StageDeps } from '../../shared/queues/stage-deps.js';
import type { IndexPayload } from '../../shared/queues/queue-names.js';
import type { Batcher } from './batcher.js';
import { type ReportSearchDocument, searchDocumentsOf } from './to-search-document.js';

/**
 * Index: hands the report's search documents to the shared batcher, which upserts many reports in one
 * Meilisearch write, marks the written ones indexed and asks for a lesson-group update; the job completes once its
 * batch is searchable. The documents come with the job (built by the read job from what it had in hand); a job without them,
 * or whose documents a newer record has outdated meanwhile (a read job run again), builds them from the archive.
 * The batcher resolves with the ids it dropped as older than their record.
 */
export function createIndexProcessor(
  deps: StageDeps & { batcher: Batcher<ReportSearchDocument, ReadonlySet<string>> },
): Processor<IndexPayload> {
  return stageProcessor('index', deps, async ({ data }) => {
    const id = data.documentId;
    const write = async (docs: ReportSearchDocument[]) => {
      const stale = await Promise.all(docs.map((d) => deps.batcher.add(d)));
      return docs.some((d, i) => stale[i]!.has(d.id));
    };
    if (data.docs?.length && !(await write(data.docs))) return;
    const [stored, text, meta] = await Promise.all([deps.archive.readRecord(id), deps.archive.readText(id), deps.archive.meta(id)]);
    if (!stored) throw new AppError('internal', 'No extracted record in the archive for this document.');
    // Outdated again only when a correction wrote a newer version meanwhile, which indexed that version itself.
    if (await write(searchDocumentsOf(id, stored, text, { originalName: meta?.originalName ?? null }))) {
      await deps.documents.markIndexed([id]);
    }
  });
}
