import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { enqueueStage, type StageQueues } from '../clients/queues.js';
import { type IntakePayload, RETIRED_QUEUES, type ReadPayload } from './queue-names.js';

const UNFINISHED = ['waiting', 'delayed', 'prioritized', 'waiting-children', 'active'] as const;

/**
 * Moves the jobs an earlier version left in its one-queue-per-stage queues (archive, parse, extract), which no
 * worker takes from any more, into the read queue: an archive job with its staged file, a parse or extract job
 * from the archived original. A job still held by a running worker of that version (its lock is set) is left for
 * a later call. Returns how many jobs were moved.
 */
export async function adoptRetiredJobs(connection: Redis, prefix: string, queues: StageQueues): Promise<number> {
  let moved = 0;
  for (const name of RETIRED_QUEUES) {
    const retired = new Queue(name, { connection, prefix });
    try {
      for (const job of await retired.getJobs([...UNFINISHED])) {
        if (!job?.id || (await connection.exists(retired.toKey(`${job.id}:lock`)))) continue;
        const data = job.data as IntakePayload;
        const payload: ReadPayload = name === 'archive' ? data : { documentId: data.documentId };
        // Queued before it is removed: a crash between the two leaves the job twice, and a read job runs twice safely.
        await enqueueStage(queues, 'read', payload);
        if (await retired.remove(job.id)) moved++;
      }
    } finally {
      await retired.close();
    }
  }
  return moved;
}
