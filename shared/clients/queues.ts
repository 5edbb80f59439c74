import { type DefaultJobOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { DEFAULT_JOB_OPTIONS } from '../../config/queue-defaults.js';
import {
  LESSON_GROUPS_QUEUE,
  PIPELINE_QUEUES,
  jobIdFor,
  type LessonGroupsPayload,
  type PipelineQueue,
  type QueueName,
  type QueuePayloads,
} from '../queues/queue-names.js';
import type { LessonGroupsStore } from './lesson-groups-store.js';

// An index job carries its search documents (a report's body up to 60 000 characters): fewer of them are kept done.
const JOB_OPTIONS: Partial<Record<PipelineQueue, DefaultJobOptions>> = {
  index: { ...DEFAULT_JOB_OPTIONS, removeOnComplete: { count: 1_000, age: 24 * 3600 } },
};

/** The pipeline's BullMQ queues (intake, read, index), and the queue of lesson-group updates, sharing one connection. */
export type StageQueues = { [Q in PipelineQueue]: Queue<QueuePayloads[Q]> } & { lessonGroups: Queue<LessonGroupsPayload> };

/** Opens the pipeline's queues (and the lesson-group queue) under a key prefix. */
export function createQueues(connection: Redis, prefix: string): StageQueues {
  const out = {} as Record<PipelineQueue | 'lessonGroups', Queue>;
  for (const name of PIPELINE_QUEUES) {
    out[name] = new Queue(name, { connection, prefix, defaultJobOptions: JOB_OPTIONS[name] ?? DEFAULT_JOB_OPTIONS });
  }
  out.lessonGroups = new Queue(LESSON_GROUPS_QUEUE, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  return out as unknown as StageQueues;
}

/** The queue of that name (a stage's, or the lesson-group updates'): what the dashboard, metrics and stats list. */
export function queueByName(queues: StageQueues, name: QueueName): Queue {
  return (name === LESSON_GROUPS_QUEUE ? queues.lessonGroups : queues[name]) as Queue;
}

// Updates asked for within this time become one (reports indexed in a batch are grouped in one update).
const LESSON_GROUPS_DEBOUNCE_MS = 1_000;

/**
 * Notes that reports' lessons changed and asks for a lesson-group update. The reports are noted first, so an
 * update that starts after the request sees them; an update already running is followed by one more
 * (BullMQ deduplication keeps one waiting beside the active one, never two running).
 */
export async function requestLessonGroups(
  queue: Queue<LessonGroupsPayload>,
  store: LessonGroupsStore,
  reportIds: string[],
  full = false,
): Promise<void> {
  await store.markChanged(reportIds);
  await queue.add(LESSON_GROUPS_QUEUE as never, { full } as never, {
    delay: LESSON_GROUPS_DEBOUNCE_MS,
    deduplication: { id: full ? 'lesson-groups-full' : 'lesson-groups', keepLastIfActive: true },
  });
}

/** Adds a document's job to a queue; the job id is the document id, so adding it twice is a no-op. */
export async function enqueueStage<Q extends PipelineQueue>(queues: StageQueues, name: Q, payload: QueuePayloads[Q]): Promise<void> {
  const queue = queues[name] as unknown as Queue<QueuePayloads[Q]>;
  await queue.add(name as never, payload as never, { jobId: jobIdFor(payload.documentId) });
}

/** Closes every queue. */
export async function closeQueues(queues: StageQueues): Promise<void> {
  await Promise.all(Object.values(queues).map((q) => q.close()));
}
