import type { DefaultJobOptions } from 'bullmq';

/**
 * Job options shared by every stage. Transient failures (Redis, Meilisearch, timeouts of a service)
 * retry with exponential backoff; permanent input errors fail at once via UnrecoverableError.
 * Failed jobs are kept for inspection; completed ones are bounded.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
  removeOnComplete: { count: 5_000, age: 7 * 24 * 3600 },
  removeOnFail: { count: 50_000 },
};

/**
 * Jobs per queue in one worker process. A read job holds its document from the archive through parse and extract,
 * so a worker runs more of them than it has parse threads (`parse` of the config): while one job's record is
 * extracted in the extraction thread, the parse threads read the next documents. The index queue runs many jobs so
 * that batches fill.
 */
export const STAGE_CONCURRENCY = {
  intake: 8,
  /** Read jobs beyond the parse threads: one extracting, one archiving or waiting for a thread. */
  readBeyondParseThreads: 2,
  index: 200,
} as const;

/** Read jobs one worker runs at once, given its parse threads. */
export function readConcurrency(parseThreads: number): number {
  return parseThreads + STAGE_CONCURRENCY.readBeyondParseThreads;
}
