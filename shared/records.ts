import type { StoredRecord } from './archive.js';
import type { ExtractedRecord } from './types/record.js';

/**
 * Applies manual corrections over an extracted record. Keys are field paths ("owner", "period.start",
 * "budget.totalSek"); a correction always wins over what the extractor found.
 */
export function applyCorrections(stored: StoredRecord): ExtractedRecord {
  const rec = structuredClone(stored.record) as unknown as Record<string, unknown>;
  for (const [field, c] of Object.entries(stored.corrections ?? {})) {
    const parts = field.split('.');
    let target = rec;
    for (const p of parts.slice(0, -1)) {
      if (typeof target[p] !== 'object' || target[p] === null) target[p] = {};
      target = target[p] as Record<string, unknown>;
    }
    target[parts[parts.length - 1]!] = c.value;
  }
  return rec as unknown as ExtractedRecord;
}
