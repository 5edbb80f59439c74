import type { Processor } from 'bullmq';
import { stageProcessor } from '../../shared/queues/stage-runner.js';
import type { StageDeps } from '../../shared/queues/stage-deps.js';
import type { IntakePayload } from '../../shared/queues/queue-names.js';

/** Archive: moves the staged file into the content-addressed archive (kept even if it later fails), then parse. */
export function createArchiveProcessor(deps: StageDeps): Processor<IntakePayload> {
  return stageProcessor('archive', deps, async ({ data }) => {
    await deps.archive.storeOriginal(data.documentId, data.stagedPath, {
      originalName: data.originalName,
      size: data.size,
      receivedAt: new Date().toISOString(),
      source: data.source,
    });
    await deps.enqueue('parse', { documentId: data.documentId });
  });
}
