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

describe('Batcher with a hold', () => {
  it('lets a batch wait for more items while they are on their way, then writes them as one', async () => {
    const writes: number[][] = [];
    let busy = true;
    const b = new Batcher<number>(async (items) => void writes.push(items), 100, 1, { busy: () => busy, maxMs: 60_000 });
    const first = [1, 2].map((n) => b.add(n));
    // Long past its wait of 1 ms, the batch is still held while more are on their way.
    await new Promise((r) => setTimeout(r, 50));
    expect(writes).toEqual([]);
    const more = [3, 4].map((n) => b.add(n));
    busy = false;
    await Promise.all([...first, ...more]);
    expect(writes).toEqual([[1, 2, 3, 4]]);
  });

  it('holds a batch no longer than its limit, and never a full one', async () => {
    const writes: number[][] = [];
    const b = new Batcher<number>(async (items) => void writes.push(items), 3, 1, { busy: () => true, maxMs: 30 });
    await Promise.all([1, 2].map((n) => b.add(n)));
    await Promise.all([3, 4, 5].map((n) => b.add(n)));
    expect(writes).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
  });
});
