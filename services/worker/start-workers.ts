import { Worker, type Processor } from 'bullmq';
import type { Redis } from 'ioredis';
import { readConcurrency, STAGE_CONCURRENCY } from '../../config/queue-defaults.js';
import type { Config } from '../../config/load-config.js';
import type { Archive } from '../../shared/archive.js';
import type { DocumentStore } from '../../shared/clients/document-store.js';
import { RecordVersions } from '../../shared/clients/record-versions.js';
import { enqueueStage, requestLessonGroups, type StageQueues } from '../../shared/clients/queues.js';
import { LessonGroupsStore } from '../../shared/clients/lesson-groups-store.js';
import { LESSON_GROUPS_QUEUE } from '../../shared/queues/queue-names.js';
import { createLessonGroupsProcessor } from '../../pipelines/groups/lesson-groups.processor.js';
import type { SearchIndex } from '../../shared/clients/search-index.js';
import type { Logger } from '../../shared/logger.js';
import { PIPELINE_QUEUES, type PipelineQueue } from '../../shared/queues/queue-names.js';
import type { StageDeps } from '../../shared/queues/stage-deps.js';
import { PipelineMetrics } from '../../shared/metrics/pipeline-metrics.js';
import { createIntakeProcessor } from '../../pipelines/intake/intake.processor.js';
import { createReadProcessor } from '../../pipelines/read/read.processor.js';
import { createIndexProcessor } from '../../pipelines/index/index.processor.js';
import { Batcher } from '../../pipelines/index/batcher.js';
import { createExtractSandbox, createParseSandbox } from '../../pipelines/parse/create-sandbox.js';
import type { ReportSearchDocument } from '../../pipelines/index/to-search-document.js';
import { hostname } from 'node:os';
import { parseReportId } from '../../shared/archive.js';

/** How often a worker writes what its parse threads hold. */
const THREADS_REPORT_MS = 5_000;

/** Everything the workers need, built by the worker's main. */
export interface WorkerDeps {
  config: Readonly<Config>;
  connection: Redis;
  queues: StageQueues;
  archive: Archive;
  documents: DocumentStore;
  search: SearchIndex;
  log: Logger;
}

/** Running workers plus the resources they own, closed in order by `close`. */
export interface RunningWorkers {
  workers: Worker[];
  close: () => Promise<void>;
}

/** Starts one BullMQ worker per pipeline queue and checks that every queue has exactly one processor. */
export function startWorkers(deps: WorkerDeps): RunningWorkers {
  const { config, log } = deps;
  const versions = new RecordVersions(deps.connection, config.queuePrefix);
  const metrics = new PipelineMetrics(deps.connection, config.queuePrefix);
  const stageDeps: StageDeps = {
    archive: deps.archive,
    documents: deps.documents,
    versions,
    log,
    metrics,
    enqueue: (stage, payload) => enqueueStage(deps.queues, stage, payload),
  };
  const sandbox = createParseSandbox(config.parse);
  const extractor = createExtractSandbox(config.parse);
  const groupsStore = new LessonGroupsStore(deps.connection, config.queuePrefix);
  // Read jobs running in this worker: while there are any, more index jobs are on their way.
  let reading = 0;
  const batcher = new Batcher<ReportSearchDocument, ReadonlySet<string>>(
    async (docs) => {
      // Documents older than their record are dropped: a correction indexes its newer version itself, and an index
      // job whose read job ran again builds the newer one from the archive (their jobs see them in the result).
      const stale = new Set(await versions.upsert(deps.search, docs));
      if (stale.size) log.info({ ids: [...stale] }, 'index write dropped: a newer version of the record exists');
      // Once per batch, not per job: the written reports are searchable, and their lessons go to the next update.
      const written = docs.filter((d) => !stale.has(d.id));
      await deps.documents.markIndexed([...new Set(written.map((d) => parseReportId(d.id)?.documentId ?? d.id))]);
      await requestLessonGroups(
        deps.queues.lessonGroups,
        groupsStore,
        written.map((d) => d.id),
      );
      return stale;
    },
    config.indexBatch.maxSize,
    config.indexBatch.maxWaitMs,
    { busy: () => reading > 0, maxMs: config.indexBatch.holdMs },
  );
  const readDocument = createReadProcessor({ ...stageDeps, parseSandbox: sandbox, extractSandbox: extractor });
  const processors: Record<PipelineQueue, Processor> = {
    intake: createIntakeProcessor(stageDeps) as Processor,
    read: (async (job, token) => {
      reading++;
      try {
        return await readDocument(job, token);
      } finally {
        reading--;
      }
    }) as Processor,
    index: createIndexProcessor({ ...stageDeps, batcher }) as Processor,
  };
  const concurrency: Record<PipelineQueue, number> = {
    intake: STAGE_CONCURRENCY.intake,
    read: readConcurrency(config.parse.concurrency),
    index: STAGE_CONCURRENCY.index,
  };
  const workerName = `${hostname()}:${process.pid}`;
  // The sandboxes' threads and their memory, for /metrics and the bench: every few seconds and once at the end.
  const reportThreads = () =>
    metrics.recordThreads({
      worker: workerName,
      at: Date.now(),
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      sandboxes: { parse: sandbox.stats(), extract: extractor.stats() },
    });
  const threadsTimer = setInterval(() => void reportThreads(), THREADS_REPORT_MS);
  threadsTimer.unref();
  const missing = PIPELINE_QUEUES.filter((q) => typeof processors[q] !== 'function');
  if (missing.length || Object.keys(processors).length !== PIPELINE_QUEUES.length) {
    throw new Error(`Every queue needs exactly one processor; missing: ${missing.join(', ')}`);
  }

  const workers = PIPELINE_QUEUES.map((queue) => {
    const worker = new Worker(queue, processors[queue], {
      // Recorded on each job it takes (`processedBy`): which of several workers read or indexed a document.
      name: workerName,
      connection: deps.connection,
      prefix: config.queuePrefix,
      concurrency: concurrency[queue],
      lockDuration: config.jobLockMs,
      stalledInterval: Math.max(1_000, Math.floor(config.jobLockMs / 2)),
      maxStalledCount: 3,
      autorun: true,
    });
    // Failures are logged once, by the stage runner; this only reports errors of the worker itself.
    worker.on('error', (err) => log.error({ err, queue }, 'worker error'));
    return worker;
  });

  // Lesson groups: one update at a time over all workers (each reads and writes the whole snapshot).
  const groupsWorker = new Worker(
    LESSON_GROUPS_QUEUE,
    createLessonGroupsProcessor({ store: groupsStore, search: deps.search, log, metrics: stageDeps.metrics }) as Processor,
    {
      connection: deps.connection,
      prefix: config.queuePrefix,
      concurrency: 1,
      lockDuration: config.jobLockMs,
      autorun: true,
    },
  );
  groupsWorker.on('error', (err) => log.error({ err, queue: LESSON_GROUPS_QUEUE }, 'worker error'));
  groupsWorker.on('failed', (job, err) => log.warn({ err: err.message, jobId: job?.id }, 'lesson-group update failed'));
  workers.push(groupsWorker);
  // At start: groups for reports indexed before there were any, and for changes a stopped worker left.
  void deps.queues.lessonGroups
    .setGlobalConcurrency(1)
    .then(() => requestLessonGroups(deps.queues.lessonGroups, groupsStore, []))
    .catch((err: Error) => log.warn({ err: err.message }, 'asking for a lesson-group update failed'));

  return {
    workers,
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
      batcher.flush();
      clearInterval(threadsTimer);
      await reportThreads();
      await Promise.all([sandbox.close(), extractor.close()]);
    },
  };
}
