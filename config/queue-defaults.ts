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

/** Concurrency per stage in one worker process. The index stage runs many jobs so that batches fill. */
export const STAGE_CONCURRENCY = {
  intake: 8,
  archive: 8,
  parse: 2,
  extract: 4,
  index: 200,
} as const;
