import type { Processor } from 'bullmq';
import { queueProcessor } from '../../shared/queues/stage-runner.js';
import type { StageDeps } from '../../shared/queues/stage-deps.js';
import type { ReadPayload } from '../../shared/queues/queue-names.js';
import { archiveStage } from '../archive/archive.processor.js';
import { extractStage } from '../extract/extract.processor.js';
import { searchDocumentsOf } from '../index/to-search-document.js';
import { parseStage } from '../parse/parse.processor.js';
import type { ParseSandbox } from '../parse/parse-sandbox.js';

/**
 * Read: one job takes a document from the archive through parse and extract, each stage handing the next what it
 * read (the text, then the record), while every stage still archives its output (text.json, record.json). The
 * search documents built from them go to the index queue, which batches them. A job cut off anywhere runs again
 * from the start: each stage's writes are idempotent (the original is kept, text and record are replaced whole,
 * the record under its lock with a new version).
 */
export function createReadProcessor(
  deps: StageDeps & { parseSandbox: ParseSandbox; extractSandbox: ParseSandbox },
): Processor<ReadPayload> {
  return queueProcessor('read', deps, async ({ data, log, stage }) => {
    const id = data.documentId;
    const originalName = await stage('archive', () => archiveStage(deps, data));
    const text = await stage('parse', () => parseStage({ ...deps, sandbox: deps.parseSandbox }, id, log));
    const stored = await stage('extract', () => extractStage({ ...deps, sandbox: deps.extractSandbox }, id, text));
    // A listing's projects are reports of their own, found, compared and matched like any other.
    await deps.enqueue('index', { documentId: id, docs: searchDocumentsOf(id, stored, text, { originalName }) });
  });
}
