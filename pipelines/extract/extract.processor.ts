import { sourceOf } from '../../shared/archive.js';
import type { Processor } from 'bullmq';
import { AppError } from '../../shared/errors.js';
import { stageProcessor } from '../../shared/queues/stage-runner.js';
import type { StageDeps } from '../../shared/queues/stage-deps.js';
import type { DocumentPayload } from '../../shared/queues/queue-names.js';
import type { ParseSandbox } from '../parse/parse-sandbox.js';

/**
 * Extract: turns archived text into a record (in the sandbox: hard time limit, heap cap); manual corrections
 * already in the archive are kept.
 */
export function createExtractProcessor(deps: StageDeps & { sandbox: ParseSandbox }): Processor<DocumentPayload> {
  return stageProcessor('extract', deps, async ({ data }) => {
    const text = await deps.archive.readText(data.documentId);
    if (!text) throw new AppError('internal', 'No parsed text in the archive for this document.');
    const record = await deps.sandbox.extract(text);
    // Under the record's lock: a correction made while the text was read is kept, not overwritten.
    await deps.versions.update(deps.archive, data.documentId, (previous) => ({
      id: data.documentId,
      extractedAt: new Date().toISOString(),
      record,
      corrections: previous?.corrections ?? {},
      source: sourceOf(text),
    }));
    await deps.enqueue('index', { documentId: data.documentId });
  });
}
