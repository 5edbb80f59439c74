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

  it('are swept once old, unless an intake or read job will still take them', async () => {
    await fs.mkdir(stack.archive.incoming, { recursive: true });
    const file = (n: string) => path.join(stack.archive.incoming, n);
    const dayAgo = new Date(Date.now() - 24 * 3600_000);
    const queued = (queue: 'intake' | 'read', name: string, id: string) =>
      enqueueStage(stack.queues, queue, { documentId: id, stagedPath: file(name), originalName: name, size: 16, source: 'http' });
    // Staged, then the process died before queueing it.
    await fs.writeFile(file('orphan.pdf'), '%PDF-1.4 orphan');
    await fs.utimes(file('orphan.pdf'), dayAgo, dayAgo);
    // Staged and queued long ago, waiting behind a long backlog.
    await fs.writeFile(file('waiting.pdf'), '%PDF-1.4 waiting');
    await fs.utimes(file('waiting.pdf'), dayAgo, dayAgo);
    await queued('intake', 'waiting.pdf', 'a'.repeat(64));
    // Past intake long ago, its read job waiting in the backlog to archive it.
    await fs.writeFile(file('checked.pdf'), '%PDF-1.4 checked');
    await fs.utimes(file('checked.pdf'), dayAgo, dayAgo);
    await queued('read', 'checked.pdf', 'd'.repeat(64));
    // Staged a moment ago: its request may still be on the way to the queue.
    await fs.writeFile(file('fresh.pdf'), '%PDF-1.4 fresh');

    expect(await sweepStaged(stack.archive, stack.queues)).toEqual(['orphan.pdf']);
    expect((await fs.readdir(stack.archive.incoming)).sort()).toEqual(['checked.pdf', 'fresh.pdf', 'waiting.pdf']);
  });

  it('forgets uploads registered but never queued once old; one with its job, or recent, stays', async () => {
    const [abandoned, waiting, checked] = ['b'.repeat(64), 'c'.repeat(64), 'e'.repeat(64)];
    for (const id of [abandoned, waiting, checked]) await stack.documents.register(id, 'x.pdf', 10);
    await enqueueStage(stack.queues, 'intake', {
      documentId: waiting,
      stagedPath: '/nowhere.pdf',
      originalName: 'x.pdf',
      size: 10,
      source: 'http',
    });
    // Past intake (whose done job has been dropped), still `queued` while its read job waits.
    await enqueueStage(stack.queues, 'read', { documentId: checked });
    // Nothing is old yet.
    expect(await forgetAbandonedUploads(stack.documents, stack.queues)).toEqual([]);
    // Seven hours on: the one without a job is forgotten; the one whose job waits in a backlog stays.
    expect(await forgetAbandonedUploads(stack.documents, stack.queues, 6 * 3600_000, Date.now() + 7 * 3600_000)).toEqual([abandoned]);
    expect(await stack.documents.get(abandoned)).toBeNull();
    expect((await stack.documents.get(waiting))?.status).toBe('queued');
    expect((await stack.documents.get(checked))?.status).toBe('queued');
  });
});
