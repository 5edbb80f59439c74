import { UnrecoverableError, type Job, type Processor } from 'bullmq';
import { AppError, diskFullError } from '../errors.js';
import type { DocumentStore } from '../clients/document-store.js';
import type { Logger } from '../logger.js';
import type { PipelineMetrics } from '../metrics/pipeline-metrics.js';
import { QUEUE_STAGES, type PipelineQueue, type QueuePayloads, type Stage } from './queue-names.js';

/** What a queue's processor function gets: the job's payload, a logger bound to the job, and its stages. */
export interface StageContext<Q extends PipelineQueue> {
  data: QueuePayloads[Q];
  log: Logger;
  job: Job<QueuePayloads[Q]>;
  /**
   * Runs one stage of the document inside this job: its duration is counted as that stage's (and kept in the
   * job's result), and a failure in it is the stage's (the document is marked failed at it).
   */
  stage: <T>(stage: Stage, run: () => Promise<T>) => Promise<T>;
}

/** A finished job's result: when each of its stages ran, ms since the epoch (what the bench reads per stage). */
export type StageTimes = Partial<Record<Stage, [number, number]>>;

/**
 * Wraps a queue's function into a BullMQ processor. The one place that decides retry by kind of error:
 * - a permanent input error (AppError with retryable=false) marks the document failed and ends the
 *   job at once with UnrecoverableError;
 * - anything else is rethrown for BullMQ's exponential backoff, and marks the document failed only
 *   when the last attempt is used up.
 * Either way the failure is the stage the job was in (a read job fails at archive, parse or extract).
 * With `metrics`, each finished stage's duration and each failed attempt's code are counted (see /metrics).
 */
export function queueProcessor<Q extends PipelineQueue>(
  queue: Q,
  deps: { documents: DocumentStore; log: Logger; metrics?: PipelineMetrics | undefined },
  run: (ctx: StageContext<Q>) => Promise<void>,
): Processor<QueuePayloads[Q], StageTimes> {
  return async (job) => {
    const documentId = job.data.documentId;
    const log = deps.log.child({ queue, jobId: job.id, documentId, attempt: job.attemptsMade + 1 });
    const times: StageTimes = {};
    let current: Stage = QUEUE_STAGES[queue][0]!;
    const stage = async <T>(name: Stage, fn: () => Promise<T>): Promise<T> => {
      current = name;
      const started = Date.now();
      const t0 = process.hrtime.bigint();
      const out = await fn();
      deps.metrics?.recordDuration(name, Number(process.hrtime.bigint() - t0) / 1e9);
      times[name] = [started, Date.now()];
      return out;
    };
    try {
      await run({ data: job.data, log, job, stage });
      return times;
    } catch (err) {
      // A full disk is a passing fault: retried with backoff, and re-queued later should every attempt meet it.
      const appErr = err instanceof AppError ? err : diskFullError(err);
      if (appErr && !appErr.retryable) {
        deps.metrics?.recordFailure(current, appErr.code, 'failed');
        await deps.documents.markFailed(documentId, current, appErr.code, appErr.message);
        log.warn({ code: appErr.code, stage: current }, `document failed: ${appErr.message}`);
        throw new UnrecoverableError(`${appErr.code}: ${appErr.message}`);
      }
      const attempts = job.opts.attempts ?? 1;
      const last = job.attemptsMade + 1 >= attempts;
      const message = err instanceof Error ? err.message : String(err);
      deps.metrics?.recordFailure(current, appErr?.code ?? 'internal', last ? 'failed' : 'retry');
      if (last) {
        await deps.documents.markFailed(documentId, current, appErr?.code ?? 'internal', message);
        log.error({ err, stage: current }, `document failed after ${attempts} attempts`);
      } else {
        log.warn({ err: message, stage: current }, 'transient failure; will retry');
      }
      throw err;
    }
  };
}

/** A queue whose job is one stage of the same name (intake, index): the whole job is that stage. */
export function stageProcessor<Q extends PipelineQueue & Stage>(
  queue: Q,
  deps: { documents: DocumentStore; log: Logger; metrics?: PipelineMetrics | undefined },
  run: (ctx: StageContext<Q>) => Promise<void>,
): Processor<QueuePayloads[Q], StageTimes> {
  return queueProcessor(queue, deps, (ctx) => ctx.stage(queue, () => run(ctx)));
}
