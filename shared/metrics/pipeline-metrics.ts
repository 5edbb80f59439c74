import type { Redis } from 'ioredis';
import type { SandboxStats } from '../../pipelines/parse/parse-sandbox.js';
import { METRIC_STAGES, type MetricStage } from '../queues/queue-names.js';

/** Upper bounds (seconds) of the job-duration histogram: from a quick intake to a long OCR read. */
export const JOB_DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600] as const;

/** How a failed attempt ended: the document (or the lesson-group update) failed for good, or the job will be tried again. */
export type FailureOutcome = 'failed' | 'retry';

/** One queue's job durations, cumulative like a Prometheus histogram. */
export interface DurationHistogram {
  /** Jobs that took at most each bound of JOB_DURATION_BUCKETS (cumulative, same order). */
  buckets: number[];
  count: number;
  sum: number;
}

/** A count of failed attempts for one queue (a stage, or the lesson-group updates), error code and outcome. */
export interface FailureCount {
  stage: MetricStage;
  code: string;
  outcome: FailureOutcome;
  count: number;
}

/** What one worker process last said about its memory and its sandboxes' threads. */
export interface WorkerThreadsReport {
  /** `host:pid` of the worker process. */
  worker: string;
  /** When it was written, ms since the epoch. */
  at: number;
  /** The process's resident memory now and at its most so far, MB (its threads share it). */
  rssMb: number;
  maxRssMb: number;
  /** By sandbox: `parse` reads documents, `extract` extracts their records. */
  sandboxes: Record<string, SandboxStats>;
}

/** A worker's report older than this is of a process long gone, and is dropped when the reports are read. */
const THREADS_REPORT_KEEP_MS = 24 * 3600_000;

/**
 * Pipeline counters kept in Redis, so that every worker process adds to the same totals and the API reads them
 * for /metrics. Each stage's durations are one hash of fixed fields (a count per bucket, the sum and the count),
 * failures one hash with a field per stage, code and outcome (the lesson-group updates count as a stage
 * named after their queue, `lesson-groups`): the keys stay the same size however many jobs run.
 * Writes are best effort and never wait: a metric must not slow or fail a job.
 */
export class PipelineMetrics {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private durationKey(stage: MetricStage): string {
    return `${this.prefix}:metrics:job-seconds:${stage}`;
  }

  private get failureKey(): string {
    return `${this.prefix}:metrics:failures`;
  }

  private get threadsKey(): string {
    return `${this.prefix}:metrics:threads`;
  }

  /** Replaces what this worker process said before about its threads. */
  recordThreads(report: WorkerThreadsReport): Promise<void> {
    return this.redis
      .hset(this.threadsKey, report.worker, JSON.stringify(report))
      .then(() => undefined)
      .catch(() => undefined);
  }

  /** Every worker process's last report about its threads (of the last day). */
  async threads(now = Date.now()): Promise<WorkerThreadsReport[]> {
    const h = await this.redis.hgetall(this.threadsKey);
    const reports = Object.values(h).map((v) => JSON.parse(v) as WorkerThreadsReport);
    const old = reports.filter((r) => now - r.at > THREADS_REPORT_KEEP_MS).map((r) => r.worker);
    if (old.length) await this.redis.hdel(this.threadsKey, ...old);
    return reports.filter((r) => now - r.at <= THREADS_REPORT_KEEP_MS);
  }

  /** Adds one finished job of `stage` that took `seconds`. */
  recordDuration(stage: MetricStage, seconds: number): void {
    const i = JOB_DURATION_BUCKETS.findIndex((b) => seconds <= b);
    const field = i === -1 ? 'inf' : `b${i}`;
    this.redis
      .multi()
      .hincrby(this.durationKey(stage), field, 1)
      .hincrby(this.durationKey(stage), 'count', 1)
      .hincrbyfloat(this.durationKey(stage), 'sum', seconds)
      .exec()
      .catch(() => undefined);
  }

  /** Adds one failed attempt of `stage` with its error code. */
  recordFailure(stage: MetricStage, code: string, outcome: FailureOutcome): void {
    this.redis.hincrby(this.failureKey, `${stage}|${code}|${outcome}`, 1).catch(() => undefined);
  }

  /** Every queue's durations so far. */
  async durations(): Promise<Record<MetricStage, DurationHistogram>> {
    const p = this.redis.pipeline();
    for (const stage of METRIC_STAGES) p.hgetall(this.durationKey(stage));
    const rows = (await p.exec()) ?? [];
    const out = {} as Record<MetricStage, DurationHistogram>;
    METRIC_STAGES.forEach((stage, s) => {
      const [err, raw] = rows[s] ?? [null, {}];
      if (err) throw err;
      const h = (raw ?? {}) as Record<string, string>;
      let running = 0;
      const buckets = JOB_DURATION_BUCKETS.map((_, i) => {
        running += Number(h[`b${i}`] ?? 0);
        return running;
      });
      out[stage] = { buckets, count: Number(h.count ?? 0), sum: Number(h.sum ?? 0) };
    });
    return out;
  }

  /** Failed attempts so far, by stage, code and outcome. */
  async failures(): Promise<FailureCount[]> {
    const h = await this.redis.hgetall(this.failureKey);
    return Object.entries(h).flatMap(([field, n]) => {
      const [stage, code, outcome] = field.split('|');
      if (!METRIC_STAGES.includes(stage as MetricStage) || !code || (outcome !== 'failed' && outcome !== 'retry')) return [];
      return [{ stage: stage as MetricStage, code, outcome, count: Number(n) }];
    });
  }
}
