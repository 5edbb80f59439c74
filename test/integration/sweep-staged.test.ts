import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueStage } from '../../shared/clients/queues.js';
import { forgetAbandonedUploads, sweepStaged } from '../../shared/queues/sweep-staged.js';
import { startTestStack, type TestStack } from './harness.js';

describe('staged uploads left by a crash', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack(); // no worker: queued intake jobs stay queued
  });
  afterAll(async () => stack?.stop());

  it('are swept once old, unless an intake job will still take them', async () => {
    await fs.mkdir(stack.archive.incoming, { recursive: true });
    const file = (n: string) => path.join(stack.archive.incoming, n);
    const dayAgo = new Date(Date.now() - 24 * 3600_000);
    // Staged, then the process died before queueing it.
    await fs.writeFile(file('orphan.pdf'), '%PDF-1.4 orphan');
    await fs.utimes(file('orphan.pdf'), dayAgo, dayAgo);
    // Staged and queued long ago, waiting behind a long backlog.
    await fs.writeFile(file('waiting.pdf'), '%PDF-1.4 waiting');
    await fs.utimes(file('waiting.pdf'), dayAgo, dayAgo);
    await enqueueStage(stack.queues, 'intake', {
      documentId: 'a'.repeat(64),
      stagedPath: file('waiting.pdf'),
      originalName: 'waiting.pdf',
      size: 16,
      source: 'http',
    });
    // Staged a moment ago: its request may still be on the way to the queue.
    await fs.writeFile(file('fresh.pdf'), '%PDF-1.4 fresh');

    expect(await sweepStaged(stack.archive, stack.queues)).toEqual(['orphan.pdf']);
    expect((await fs.readdir(stack.archive.incoming)).sort()).toEqual(['fresh.pdf', 'waiting.pdf']);
  });

  it('forgets uploads registered but never queued once old; one with its job, or recent, stays', async () => {
    const [abandoned, waiting] = ['b'.repeat(64), 'c'.repeat(64)];
    for (const id of [abandoned, waiting]) await stack.documents.register(id, 'x.pdf', 10);
    await enqueueStage(stack.queues, 'intake', {
      documentId: waiting,
      stagedPath: '/nowhere.pdf',
      originalName: 'x.pdf',
      size: 10,
      source: 'http',
    });
    // Nothing is old yet.
    expect(await forgetAbandonedUploads(stack.documents, stack.queues)).toEqual([]);
    // Seven hours on: the one without a job is forgotten; the one whose job waits in a backlog stays.
    expect(await forgetAbandonedUploads(stack.documents, stack.queues, 6 * 3600_000, Date.now() + 7 * 3600_000)).toEqual([abandoned]);
    expect(await stack.documents.get(abandoned)).toBeNull();
    expect((await stack.documents.get(waiting))?.status).toBe('queued');
  });
});
