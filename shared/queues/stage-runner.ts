import { UnrecoverableError, type Job, type Processor } from 'bullmq';
import { AppError, diskFullError } from '../errors.js';
import type { DocumentStore } from '../clients/document-store.js';
import type { Logger } from '../logger.js';
import type { PipelineMetrics } from '../metrics/pipeline-metrics.js';
import type { Stage, StagePayloads } from './queue-names.js';

/** What a stage's processor function gets: the job's payload and a logger bound to the job. */
export interface StageContext<S extends Stage> {
  data: StagePayloads[S];
  log: Logger;
  job: Job<StagePayloads[S]>;
}

/**
 * Wraps a stage function into a BullMQ processor. The one place that decides retry by kind of error:
 * - a permanent input error (AppError with retryable=false) marks the document failed and ends the
 *   job at once with UnrecoverableError;
 * - anything else is rethrown for BullMQ's exponential backoff, and marks the document failed only
 *   when the last attempt is used up.
 * With `metrics`, each finished job's duration and each failed attempt's code are counted (see /metrics).
 */
export function stageProcessor<S extends Stage>(
  stage: S,
  deps: { documents: DocumentStore; log: Logger; metrics?: PipelineMetrics | undefined },
  run: (ctx: StageContext<S>) => Promise<void>,
): Processor<StagePayloads[S]> {
  return async (job) => {
    const documentId = job.data.documentId;
    const log = deps.log.child({ queue: stage, jobId: job.id, documentId, attempt: job.attemptsMade + 1 });
    const started = process.hrtime.bigint();
    try {
      await run({ data: job.data, log, job });
      deps.metrics?.recordDuration(stage, Number(process.hrtime.bigint() - started) / 1e9);
    } catch (err) {
      // A full disk is a passing fault: retried with backoff, and re-queued later should every attempt meet it.
      const appErr = err instanceof AppError ? err : diskFullError(err);
      if (appErr && !appErr.retryable) {
        deps.metrics?.recordFailure(stage, appErr.code, 'failed');
        await deps.documents.markFailed(documentId, stage, appErr.code, appErr.message);
        log.warn({ code: appErr.code }, `document failed: ${appErr.message}`);
        throw new UnrecoverableError(`${appErr.code}: ${appErr.message}`);
      }
      const attempts = job.opts.attempts ?? 1;
      const last = job.attemptsMade + 1 >= attempts;
      const message = err instanceof Error ? err.message : String(err);
      deps.metrics?.recordFailure(stage, appErr?.code ?? 'internal', last ? 'failed' : 'retry');
      if (last) {
        await deps.documents.markFailed(documentId, stage, appErr?.code ?? 'internal', message);
        log.error({ err }, `document failed after ${attempts} attempts`);
      } else {
        log.warn({ err: message }, 'transient failure; will retry');
      }
      throw err;
    }
  };
}
