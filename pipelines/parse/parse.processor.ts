import type { Logger } from '../../shared/logger.js';
import type { StageDeps } from '../../shared/queues/stage-deps.js';
import type { ParsedDocument } from '../../shared/types/record.js';
import type { ParseSandbox } from './parse-sandbox.js';

/**
 * Parse, a stage of a read job: reads the original's text in the sandbox (hard timeout, memory cap) and archives
 * it as text.json. Returns the text, which the extract stage takes as it is.
 */
export async function parseStage(
  deps: Pick<StageDeps, 'archive' | 'documents'> & { sandbox: ParseSandbox },
  documentId: string,
  log: Logger,
): Promise<ParsedDocument> {
  await deps.documents.setStage(documentId, 'parse', 'processing');
  const bytes = await deps.archive.readOriginal(documentId);
  const started = Date.now();
  const doc = await deps.sandbox.parse(bytes);
  log.debug({ pages: doc.pages.length, ms: Date.now() - started }, 'parsed');
  await deps.archive.writeText(documentId, doc);
  return doc;
}
