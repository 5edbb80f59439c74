import { type Archive, sourceOf } from '../../shared/archive.js';
import type { SearchIndex } from '../../shared/clients/search-index.js';
import type { ExtractedRecord, ParsedDocument } from '../../shared/types/record.js';
import { type ReportSearchDocument, searchDocumentsOf } from './to-search-document.js';

/** Options of a rebuild. `reExtract` runs the current extractor over the archived text first. */
export interface RebuildOptions {
  batchSize?: number;
  reExtract?: (text: ParsedDocument) => ExtractedRecord | Promise<ExtractedRecord>;
  /** Told of a document whose re-extraction failed (over the time limit, say): it keeps its earlier record. */
  onExtractError?: (id: string, err: Error) => void;
  onProgress?: (count: number) => void;
}

/**
 * Rebuilds the search index from the archive alone: records (with their manual corrections) and
 * archived text. Nothing is parsed again.
 */
export async function rebuildIndex(deps: { archive: Archive; search: SearchIndex }, opts: RebuildOptions = {}): Promise<number> {
  const batchSize = opts.batchSize ?? 500;
  async function* batches(): AsyncGenerator<ReportSearchDocument[]> {
    let batch: ReportSearchDocument[] = [];
    let count = 0;
    for await (const id of deps.archive.recordIds()) {
      const [stored, text, meta] = await Promise.all([deps.archive.readRecord(id), deps.archive.readText(id), deps.archive.meta(id)]);
      if (!stored) continue;
      if (opts.reExtract && text) {
        try {
          stored.record = await opts.reExtract(text);
          stored.extractedAt = new Date().toISOString();
          stored.source = sourceOf(text);
          await deps.archive.writeRecord(id, stored);
        } catch (err) {
          opts.onExtractError?.(id, err as Error);
        }
      }
      batch.push(...searchDocumentsOf(id, stored, text, { originalName: meta?.originalName ?? null }));
      if (batch.length >= batchSize) {
        yield batch;
        count += batch.length;
        opts.onProgress?.(count);
        batch = [];
      }
    }
    if (batch.length) {
      yield batch;
      opts.onProgress?.(count + batch.length);
    }
  }
  return deps.search.rebuild(batches());
}
