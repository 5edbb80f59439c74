import { type Archive, type StoredRecord, sourceOf } from '../../shared/archive.js';
import type { RecordVersions } from '../../shared/clients/record-versions.js';
import type { SearchIndex } from '../../shared/clients/search-index.js';
import type { ExtractedRecord, ParsedDocument } from '../../shared/types/record.js';
import { type ReportSearchDocument, searchDocumentsOf } from './to-search-document.js';

/** Options of a rebuild. `reExtract` runs the current extractor over the archived text first. */
export interface RebuildOptions {
  batchSize?: number;
  reExtract?: (text: ParsedDocument) => ExtractedRecord | Promise<ExtractedRecord>;
  /** Told of a document whose re-extraction failed (over the time limit, say): it keeps its earlier record. */
  onExtractError?: (id: string, err: Error) => void;
  onProgress?: (count: number) => void | Promise<void>;
}

/**
 * Rebuilds the search index from the archive alone: records (with their manual corrections) and
 * archived text. Nothing is parsed again. With `versions`, records are re-extracted under their lock and a
 * record corrected or indexed while the rebuild runs is written again in its newest version before the swap.
 */
export async function rebuildIndex(
  deps: { archive: Archive; search: SearchIndex; versions?: RecordVersions },
  opts: RebuildOptions = {},
): Promise<number> {
  const batchSize = opts.batchSize ?? 500;
  const documentsOf = async (id: string, stored: StoredRecord | null) => {
    if (!stored) return [];
    const [text, meta] = await Promise.all([deps.archive.readText(id), deps.archive.meta(id)]);
    return searchDocumentsOf(id, stored, text, { originalName: meta?.originalName ?? null });
  };
  async function* batches(): AsyncGenerator<ReportSearchDocument[]> {
    let batch: ReportSearchDocument[] = [];
    let count = 0;
    for await (const id of deps.archive.recordIds()) {
      let stored = await deps.archive.readRecord(id);
      if (!stored) continue;
      const text = opts.reExtract ? await deps.archive.readText(id) : null;
      if (opts.reExtract && text) {
        try {
          const record = await opts.reExtract(text);
          const change = (previous: StoredRecord | null): StoredRecord => ({
            ...(previous ?? (stored as StoredRecord)),
            record,
            extractedAt: new Date().toISOString(),
            source: sourceOf(text),
          });
          if (deps.versions) stored = await deps.versions.update(deps.archive, id, change);
          else {
            stored = change(stored);
            await deps.archive.writeRecord(id, stored);
          }
        } catch (err) {
          opts.onExtractError?.(id, err as Error);
        }
      }
      batch.push(...(await documentsOf(id, stored)));
      if (batch.length >= batchSize) {
        yield batch;
        count += batch.length;
        await opts.onProgress?.(count);
        batch = [];
      }
    }
    if (batch.length) {
      yield batch;
      await opts.onProgress?.(count + batch.length);
    }
  }
  if (!deps.versions) return deps.search.rebuild(batches());
  return deps.versions.rebuild(deps.search, batches(), async (id) => documentsOf(id, await deps.archive.readRecord(id)));
}
