import { describe, expect, it } from 'vitest';
import { Batcher } from './batcher.js';

describe('Batcher', () => {
  it('writes concurrent items in one batch and settles each caller', async () => {
    const writes: number[][] = [];
    const b = new Batcher<number>(async (items) => void writes.push(items), 100, 20);
    await Promise.all([1, 2, 3, 4].map((n) => b.add(n)));
    expect(writes).toEqual([[1, 2, 3, 4]]);
  });

  it('writes when the batch is full without waiting', async () => {
    const writes: number[][] = [];
    const b = new Batcher<number>(async (items) => void writes.push(items), 2, 60_000);
    await Promise.all([1, 2, 3, 4].map((n) => b.add(n)));
    expect(writes).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('rejects every caller of a failed write', async () => {
    const b = new Batcher<number>(
      async () => {
        throw new Error('down');
      },
      10,
      5,
    );
    const results = await Promise.allSettled([b.add(1), b.add(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });

  it('keeps one write in flight and lets the next batch fill meanwhile', async () => {
    const writes: number[][] = [];
    let running = 0;
    let maxRunning = 0;
    let release: () => void = () => undefined;
    const b = new Batcher<number>(
      async (items) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        writes.push(items);
        if (writes.length === 1) await new Promise<void>((r) => (release = r));
        running--;
      },
      100,
      1,
    );
    const first = b.add(1);
    await new Promise((r) => setTimeout(r, 20));
    const later = [2, 3, 4].map((n) => b.add(n));
    await new Promise((r) => setTimeout(r, 20));
    expect(writes).toEqual([[1]]);
    release();
    await Promise.all([first, ...later]);
    expect(writes).toEqual([[1], [2, 3, 4]]);
    expect(maxRunning).toBe(1);
  });
});
