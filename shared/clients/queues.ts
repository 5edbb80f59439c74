import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { DEFAULT_JOB_OPTIONS } from '../../config/queue-defaults.js';
import { STAGES, jobIdFor, type Stage, type StagePayloads } from '../queues/queue-names.js';

/** One BullMQ queue per stage, sharing one connection. */
export type StageQueues = { [S in Stage]: Queue<StagePayloads[S]> };

/** Opens the stage queues under a key prefix. */
export function createQueues(connection: Redis, prefix: string): StageQueues {
  const out = {} as Record<Stage, Queue>;
  for (const stage of STAGES) {
    out[stage] = new Queue(stage, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  }
  return out as StageQueues;
}

/** Adds a document's job to a stage; the job id is the document id, so adding it twice is a no-op. */
export async function enqueueStage<S extends Stage>(queues: StageQueues, stage: S, payload: StagePayloads[S]): Promise<void> {
  const queue = queues[stage] as unknown as Queue<StagePayloads[S]>;
  await queue.add(stage as never, payload as never, { jobId: jobIdFor(payload.documentId) });
}

/** Closes every queue. */
export async function closeQueues(queues: StageQueues): Promise<void> {
  await Promise.all(Object.values(queues).map((q) => q.close()));
}
