import { describe, expect, it } from 'vitest';
import { chunkRanges, generatedDocumentChunks, generatedSearchDocument } from '../bench/lib/generated-documents.js';
import { scaleSteps } from '../bench/lib/scale-index.js';
import type { ReportSearchDocument } from '../pipelines/index/to-search-document.js';

/** A document without the time it was built (the only part that is not given by seed and n). */
const content = ({ indexedAt: _, ...d }: ReportSearchDocument) => d;

describe('the bench builds generated search documents in chunks', () => {
  it('covers a range in consecutive chunks, the last one short', () => {
    expect([...chunkRanges(0, 2500, 1000)]).toEqual([
      [0, 1000],
      [1000, 2000],
      [2000, 2500],
    ]);
    expect([...chunkRanges(10_000, 12_000, 1000)]).toEqual([
      [10_000, 11_000],
      [11_000, 12_000],
    ]);
    expect([...chunkRanges(5, 5, 1000)]).toEqual([]);
    expect(() => [...chunkRanges(0, 10, 0)]).toThrow(/positive/);
  });

  it('builds a chunk only when it is asked for', () => {
    const chunks = generatedDocumentChunks(1, 0, 1_000_000, 2);
    const first = chunks.next();
    expect(first.done).toBe(false);
    expect((first.value as { id: string }[]).map((d) => d.id)).toEqual(['q00001', 'q00002']);
  });

  it('gives report n the same document whatever chunk it falls in', () => {
    const inChunks = [...generatedDocumentChunks(3, 4, 9, 2)];
    expect(inChunks.map((c) => c.length)).toEqual([2, 2, 1]);
    const flat = inChunks.flat();
    expect(flat.map((d) => d.id)).toEqual(['q00005', 'q00006', 'q00007', 'q00008', 'q00009']);
    expect(content(flat[2]!)).toEqual(content(generatedSearchDocument(3, 6)));
    expect(content([...generatedDocumentChunks(3, 6, 7, 1000)][0]![0]!)).toEqual(content(flat[2]!));
    expect(content(generatedSearchDocument(4, 6))).not.toEqual(content(flat[2]!));
  });

  it('measures 10 000 and the largest size, or the largest alone when it is not above 10 000', () => {
    expect(scaleSteps(100_000)).toEqual([10_000, 100_000]);
    expect(scaleSteps(30_000)).toEqual([10_000, 30_000]);
    expect(scaleSteps(10_000)).toEqual([10_000]);
    expect(scaleSteps(4000)).toEqual([4000]);
    expect(scaleSteps(2000, 1000)).toEqual([1000, 2000]);
  });
});
