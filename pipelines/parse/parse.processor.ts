import type { Processor } from 'bullmq';
import { stageProcessor } from '../../shared/queues/stage-runner.js';
import type { StageDeps } from '../../shared/queues/stage-deps.js';
import type { DocumentPayload } from '../../shared/queues/queue-names.js';
import type { ParseSandbox } from './parse-sandbox.js';

/** Parse: reads the original's text in the sandbox (hard timeout, memory cap) and archives it as text.json. */
export function createParseProcessor(deps: StageDeps & { sandbox: ParseSandbox }): Processor<DocumentPayload> {
  return stageProcessor('parse', deps, async ({ data, log }) => {
    await deps.documents.setStage(data.documentId, 'parse', 'processing');
    const bytes = await deps.archive.readOriginal(data.documentId);
    const started = Date.now();
    const doc = await deps.sandbox.parse(bytes);
    log.debug({ pages: doc.pages.length, ms: Date.now() - started }, 'parsed');
    await deps.archive.writeText(data.documentId, doc);
    await deps.enqueue('extract', { documentId: data.documentId });
  });
}
