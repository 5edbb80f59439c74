import { sourceOf, type StoredRecord } from '../../shared/archive.js';
import type { StageDeps } from '../../shared/queues/stage-deps.js';
import type { ParsedDocument } from '../../shared/types/record.js';
import type { ParseSandbox } from '../parse/parse-sandbox.js';

/**
 * Extract, a stage of a read job: turns the text the parse stage read into a record (in the sandbox: hard time
 * limit, heap cap) and archives it; manual corrections already in the archive are kept. Returns the stored record.
 */
export async function extractStage(
  deps: Pick<StageDeps, 'archive' | 'documents' | 'versions'> & { sandbox: ParseSandbox },
  documentId: string,
  text: ParsedDocument,
): Promise<StoredRecord> {
  await deps.documents.setStage(documentId, 'extract', 'processing');
  const record = await deps.sandbox.extract(text);
  // Under the record's lock: a correction made while the text was read is kept, not overwritten.
  return deps.versions.update(deps.archive, documentId, (previous) => ({
    id: documentId,
    extractedAt: new Date().toISOString(),
    record,
    corrections: previous?.corrections ?? {},
    source: sourceOf(text),
  }));
}
