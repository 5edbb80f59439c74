import { Router, type RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, type Metric, Registry } from 'prom-client';
import { type DurationHistogram, type FailureCount, JOB_DURATION_BUCKETS, PipelineMetrics } from '../../shared/metrics/pipeline-metrics.js';
import { queueByName } from '../../shared/clients/queues.js';
import { METRIC_STAGES, type MetricStage, QUEUE_NAMES, type QueueName } from '../../shared/queues/queue-names.js';
import type { ApiDeps } from './deps.js';
import { requireOneOf } from './middleware/auth.js';
import { routeOf } from './middleware/request-log.js';

/** Queue states reported per queue. */
export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/** Upper bounds (seconds) of the API latency histogram. */
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A scrape waits this long at most for Redis or Meilisearch; past it that source counts as down. */
const SOURCE_TIMEOUT_MS = 5_000;

/** What one scrape reads from Redis and Meilisearch; null where the source did not answer. */
interface Snapshot {
  queues: Record<QueueName, Record<string, number>> | null;
  durations: Record<MetricStage, DurationHistogram> | null;
  failures: FailureCount[] | null;
  meili: { enqueued: number; processing: number; oldestEnqueuedAt: Date | null } | null;
}

function withTimeout<T>(p: Promise<T>): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.catch(() => null),
    new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), SOURCE_TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * The job-duration histogram as the workers counted it in Redis (PipelineMetrics): cumulative over every worker
 * process, kept across restarts. prom-client's registry reads a metric through `get()`; this one answers from the
 * scrape's snapshot in the same shape a prom-client Histogram does.
 */
class StoredDurationHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  snapshot: Record<MetricStage, DurationHistogram> | null = null;

  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  async get() {
    const values: { metricName: string; labels: Record<string, string | number>; value: number }[] = [];
    for (const stage of METRIC_STAGES) {
      const h = this.snapshot?.[stage];
      if (!h) continue;
      JOB_DURATION_BUCKETS.forEach((le, i) => {
        values.push({ metricName: `${this.name}_bucket`, labels: { le, stage }, value: h.buckets[i]! });
      });
      values.push({ metricName: `${this.name}_bucket`, labels: { le: '+Inf', stage }, value: h.count });
      values.push({ metricName: `${this.name}_sum`, labels: { stage }, value: h.sum });
      values.push({ metricName: `${this.name}_count`, labels: { stage }, value: h.count });
    }
    return { name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator };
  }

  reset(): void {
    this.snapshot = null;
  }
}

/**
 * Prometheus metrics of one API app: its own latency by route pattern and process metrics, plus the pipeline's
 * state read at each scrape (queue depths per queue and state, job durations and failures the workers counted in
 * Redis, the lesson-group updates counted as a stage named `lesson-groups`; Meilisearch's unfinished tasks). Redis and Meilisearch are read once per scrape, with a time limit; a
 * source that does not answer is reported by `lardom_source_up` and its metrics are left out of that scrape.
 */
export function createMetrics(deps: ApiDeps): { observe: RequestHandler; router: Router } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const pipeline = new PipelineMetrics(deps.redis, deps.config.queuePrefix);

  const http = new Histogram({
    name: 'lardom_http_request_duration_seconds',
    help: 'API latency by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: HTTP_BUCKETS,
    registers: [registry],
  });
  const queueJobs = new Gauge({
    name: 'lardom_queue_jobs',
    help: 'Jobs in each pipeline queue (intake, read, index) and the lesson-groups queue by state (waiting, active, delayed, failed).',
    labelNames: ['stage', 'state'] as const,
    registers: [registry],
  });
  const durations = new StoredDurationHistogram(
    'lardom_job_duration_seconds',
    'Time a worker spent on one stage of a job (read jobs run archive, parse and extract) or on a lesson-groups job, for attempts that finished it, over all workers.',
  );
  registry.registerMetric(durations as unknown as Metric);
  const failures = new Counter({
    name: 'lardom_job_failures_total',
    help: 'Failed job attempts by stage (or lesson-groups) and error code; outcome "failed" ended the job for good, "retry" will be tried again.',
    labelNames: ['stage', 'code', 'outcome'] as const,
    registers: [registry],
  });
  const meiliTasks = new Gauge({
    name: 'lardom_meilisearch_tasks',
    help: "Meilisearch tasks of Lärdom's indexes not finished yet, by status (enqueued, processing).",
    labelNames: ['status'] as const,
    registers: [registry],
  });
  const meiliAge = new Gauge({
    name: 'lardom_meilisearch_oldest_task_age_seconds',
    help: 'Age of the oldest unfinished Meilisearch task (0 when none): how far search lags behind indexing.',
    registers: [registry],
  });
  const up = new Gauge({
    name: 'lardom_source_up',
    help: 'Whether the source answered this scrape (1) or not (0): redis, meilisearch.',
    labelNames: ['source'] as const,
    registers: [registry],
  });

  const read = async (): Promise<Snapshot> => {
    const [queues, durationsNow, failuresNow, meili] = await Promise.all([
      withTimeout(
        Promise.all(QUEUE_NAMES.map((q) => queueByName(deps.queues, q).getJobCounts(...QUEUE_STATES))).then(
          (counts) => Object.fromEntries(QUEUE_NAMES.map((q, i) => [q, counts[i]!])) as Record<QueueName, Record<string, number>>,
        ),
      ),
      withTimeout(pipeline.durations()),
      withTimeout(pipeline.failures()),
      withTimeout(deps.search.pendingTasks()),
    ]);
    return { queues, durations: durationsNow, failures: failuresNow, meili };
  };

  const apply = (snap: Snapshot) => {
    queueJobs.reset();
    if (snap.queues) {
      for (const stage of QUEUE_NAMES) for (const state of QUEUE_STATES) queueJobs.set({ stage, state }, snap.queues[stage][state] ?? 0);
    }
    durations.snapshot = snap.durations;
    failures.reset();
    for (const f of snap.failures ?? []) failures.inc({ stage: f.stage, code: f.code, outcome: f.outcome }, f.count);
    meiliTasks.reset();
    meiliAge.reset();
    if (snap.meili) {
      meiliTasks.set({ status: 'enqueued' }, snap.meili.enqueued);
      meiliTasks.set({ status: 'processing' }, snap.meili.processing);
      meiliAge.set(snap.meili.oldestEnqueuedAt ? Math.max(0, (Date.now() - snap.meili.oldestEnqueuedAt.getTime()) / 1000) : 0);
    }
    up.set({ source: 'redis' }, snap.queues && snap.durations && snap.failures ? 1 : 0);
    up.set({ source: 'meilisearch' }, snap.meili ? 1 : 0);
  };

  const router = Router();
  router.get(
    '/metrics',
    requireOneOf([deps.config.metricsKey, deps.config.metricsKey ? deps.config.adminKey : undefined], 'metrics key'),
    async (_req, res) => {
      apply(await read());
      res.type(registry.contentType).send(await registry.metrics());
    },
  );

  const observe: RequestHandler = (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      http.observe({ method: req.method, route: routeOf(req), status: String(res.statusCode) }, seconds);
    });
    next();
  };
  return { observe, router };
}
