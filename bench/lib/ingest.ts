// End-to-end ingest through the real pipeline, the index stage on its own, and the direct bulk add.
import { STAGE_CONCURRENCY } from '../../config/queue-defaults.js';
import { loadConfig } from '../../config/load-config.js';
import { ingestFiles } from '../../services/cli/ingest-files.js';
import { PIPELINE_QUEUES, QUEUE_STAGES, STAGES, type Stage } from '../../shared/queues/queue-names.js';
import type { StageTimes as JobStageTimes } from '../../shared/queues/stage-runner.js';
import { searchDocumentsOf, type ReportSearchDocument } from '../../pipelines/index/to-search-document.js';
import type { StageQueues } from '../../shared/clients/queues.js';
import { PipelineMetrics, type WorkerThreadsReport } from '../../shared/metrics/pipeline-metrics.js';
import { meiliCount, meiliTasks, type BenchStack } from './bench-stack.js';
import { MemorySampler, readCpuS } from './memory.js';
import { median, quantile, sum, unionMs } from './stats.js';

export interface StageTimes {
  /** Documents that went through the stage (among the jobs kept). */
  jobs: number;
  /** Median and p95 time the stage ran for one document (within its job: see QUEUE_STAGES), ms. */
  medianMs: number;
  p95Ms: number;
  /** Sum of job run times, s (≈ CPU- or I/O-seconds the stage cost, spread over its concurrency). */
  totalS: number;
  /** Median time a document waited before the stage started (in the queue, for the first stage of a job), ms. */
  medianWaitMs: number;
  /** How long at least one job of the stage was running, s. */
  busyS: number;
}

export interface IngestResult {
  reports: number;
  indexed: number;
  failed: number;
  failedByCode: Record<string, number>;
  pages: number;
  wallS: number;
  reportsPerS: number;
  pagesPerS: number;
  msPerReport: number;
  workers: number;
  parseThreadsPerWorker: number;
  stages: Partial<Record<Stage, StageTimes>>;
  /** Stage figures cover the jobs BullMQ still keeps (removeOnComplete keeps the last N per queue). */
  stageJobsKept: number;
  /** Largest worker RSS right after start-up, before the first file. */
  workerStartRssMb: number;
  workerPeakRssMb: number;
  workerHwmMb: number;
  workerThreads: number;
  /** What the workers said about their sandbox threads when they stopped; null when they said nothing. */
  threads: ThreadFigures | null;
  /** CPU time of the bench process itself while it fed and polled the pipeline (ingestFiles), s. */
  producerCpuS: number;
  /** CPU time over the run of the worker processes (their threads included), Meilisearch and redis-server, s. */
  cpuS: { workers: number; meilisearch: number; redis: number };
  meili: { tasks: number; docsPerTask: number; busyS: number };
  indexUid: string;
}

/** The workers' sandbox threads over a run, from the reports each worker writes when it stops. */
export interface ThreadFigures {
  /** What the threads ran: `compiled`, `bundled` or `tsx`. */
  script: string;
  starts: number;
  startMeanMs: number;
  startMaxMs: number;
  /** The most heap one thread held, reading PDFs and extracting records (recycled threads included), MB. */
  parsePeakHeapMb: number;
  extractPeakHeapMb: number;
  /** Each worker's threads at the end: the most heap each has held since it started, MB. */
  perThreadPeakHeapMb: { parse: number[]; extract: number[] }[];
  documents: number;
  recycled: number;
  replaced: number;
  /** The largest peak resident memory a worker process counted for itself (getrusage), MB. */
  workerMaxRssMb: number;
}

/** Sums what the workers reported about their threads. */
export function threadFigures(reports: WorkerThreadsReport[]): ThreadFigures | null {
  const all = reports.flatMap((r) => Object.values(r.sandboxes));
  if (!all.length) return null;
  const starts = sum(all.map((s) => s.starts.count));
  const peak = (name: string) => Math.max(0, ...reports.map((r) => r.sandboxes[name]?.peakThreadHeapMb ?? 0));
  return {
    script: [...new Set(all.map((s) => s.script))].join(', '),
    starts,
    startMeanMs: starts ? sum(all.map((s) => s.starts.meanMs * s.starts.count)) / starts : 0,
    startMaxMs: Math.max(0, ...all.map((s) => s.starts.maxMs)),
    parsePeakHeapMb: peak('parse'),
    extractPeakHeapMb: peak('extract'),
    perThreadPeakHeapMb: reports.map((r) => ({
      parse: (r.sandboxes.parse?.threads ?? []).map((t) => t.peakHeapTotalMb),
      extract: (r.sandboxes.extract?.threads ?? []).map((t) => t.peakHeapTotalMb),
    })),
    documents: sum(all.map((s) => s.tasks)),
    recycled: sum(all.map((s) => s.recycled)),
    replaced: sum(all.map((s) => s.replaced)),
    workerMaxRssMb: Math.max(0, ...reports.map((r) => r.maxRssMb)),
  };
}

/**
 * Reads every kept job of each queue and summarises, per stage, when it ran. A job's result says when each of its
 * stages ran (a read job runs archive, parse and extract); a stage's wait is the time since the job was queued for
 * its first stage, else since the stage before it ended.
 */
export async function stageTimes(queues: StageQueues): Promise<{ stages: Partial<Record<Stage, StageTimes>>; kept: number }> {
  const seen = new Map<Stage, { runs: number[]; waits: number[]; intervals: [number, number][] }>(
    STAGES.map((s) => [s, { runs: [], waits: [], intervals: [] }]),
  );
  let kept = 0;
  for (const queue of PIPELINE_QUEUES) {
    const jobs = await queues[queue].getJobs(['completed'], 0, -1);
    let n = 0;
    for (const j of jobs) {
      if (!j?.processedOn || !j.finishedOn) continue;
      n++;
      const result = (j.returnvalue ?? {}) as JobStageTimes;
      let since = j.timestamp;
      for (const stage of QUEUE_STAGES[queue]) {
        const span = result[stage];
        if (!span) continue;
        const at = seen.get(stage)!;
        at.runs.push(span[1] - span[0]);
        at.waits.push(span[0] - since);
        at.intervals.push(span);
        since = span[1];
      }
    }
    kept = Math.max(kept, n);
  }
  const stages: Partial<Record<Stage, StageTimes>> = {};
  for (const [stage, { runs, waits, intervals }] of seen) {
    stages[stage] = {
      jobs: runs.length,
      medianMs: median(runs),
      p95Ms: quantile(runs, 0.95),
      totalS: sum(runs) / 1000,
      medianWaitMs: median(waits),
      busyS: unionMs(intervals) / 1000,
    };
  }
  return { stages, kept };
}

/**
 * How long Meilisearch spent on the document writes to the indexes under a prefix (reports and whatever
 * else SearchIndex writes with them): union of task run intervals (autobatched tasks share one interval).
 * docsPerTask counts the documents of the additions only.
 */
export async function meiliBusy(stack: BenchStack, indexPrefix: string): Promise<{ tasks: number; docsPerTask: number; busyS: number }> {
  const tasks = (await meiliTasks(stack, indexPrefix)).filter((t) => t.status === 'succeeded');
  const intervals: [number, number][] = tasks
    .filter((t) => t.startedAt && t.finishedAt)
    .map((t) => [Date.parse(t.startedAt!), Date.parse(t.finishedAt!)]);
  const adds = tasks.filter((t) => t.type === 'documentAdditionOrUpdate');
  const docs = sum(adds.map((t) => t.details?.receivedDocuments ?? 0));
  return { tasks: tasks.length, docsPerTask: adds.length ? docs / adds.length : 0, busyS: unionMs(intervals) / 1000 };
}

/**
 * Starts `workers` worker processes, ingests the files through `ingestFiles` (stage, submit, wait until
 * every report is indexed, i.e. searchable, or failed) and measures wall time, stage times and worker memory.
 * Leaves the workers running (returned) so the caller can profile or stop them.
 */
export async function ingestThroughPipeline(
  stack: BenchStack,
  files: string[],
  pagesOf: (file: string) => number,
  opts: { workers: number; profileDir?: string; progress?: (s: string) => void; sampleMs?: number },
): Promise<IngestResult> {
  const ws = await stack.startWorkers(opts.workers, {}, opts.profileDir);
  const sampler = new MemorySampler(
    ws.map((w) => w.child.pid!),
    opts.sampleMs ?? 200,
  ).start();
  const config = loadConfig(stack.env);
  const deps = { archive: stack.archive, documents: stack.documents, queues: stack.queues, maxBytes: config.parse.maxBytes };
  let lastLog = 0;
  const pids = {
    workers: ws.map((w) => w.child.pid),
    meilisearch: [stack.services.started.meili?.process.child.pid],
    redis: [stack.services.started.redis?.process.child.pid],
  };
  const cpuOf = () => Object.fromEntries(Object.entries(pids).map(([k, ps]) => [k, sum(ps.map(readCpuS))])) as IngestResult['cpuS'];
  const servicesCpu0 = cpuOf();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const summary = await ingestFiles(deps, files, 'cli', (done, total) => {
    if (opts.progress && Date.now() - lastLog > 5_000) {
      lastLog = Date.now();
      opts.progress(`  ${done}/${total} final after ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
  });
  const wallS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const servicesCpu1 = cpuOf();
  const mem = sampler.stop();
  const searchable = await meiliCount(stack, stack.search.reportsUid);
  if (searchable !== summary.indexed) throw new Error(`${summary.indexed} reports indexed but ${searchable} searchable`);
  await stack.stopWorkers(ws);
  const threads = threadFigures(await new PipelineMetrics(stack.redis, stack.queuePrefix).threads());
  const { stages, kept } = await stageTimes(stack.queues);
  const pages = sum(files.map(pagesOf));
  return {
    reports: files.length,
    indexed: summary.indexed,
    failed: summary.failed,
    failedByCode: summary.failedByCode,
    pages,
    wallS,
    reportsPerS: files.length / wallS,
    pagesPerS: pages / wallS,
    msPerReport: (wallS * 1000) / files.length,
    workers: opts.workers,
    parseThreadsPerWorker: config.parse.concurrency,
    stages,
    stageJobsKept: kept,
    workerStartRssMb: mem.startRssMb,
    workerPeakRssMb: mem.peakRssMb,
    workerHwmMb: mem.hwmMb,
    workerThreads: mem.maxThreads,
    threads,
    producerCpuS: (cpu.user + cpu.system) / 1e6,
    cpuS: {
      workers: servicesCpu1.workers - servicesCpu0.workers,
      meilisearch: servicesCpu1.meilisearch - servicesCpu0.meilisearch,
      redis: servicesCpu1.redis - servicesCpu0.redis,
    },
    meili: await meiliBusy(stack, stack.indexPrefix),
    indexUid: stack.search.reportsUid,
  };
}

export interface IndexComparison {
  docs: number;
  /** The pipeline's index stage alone: W fresh workers drain an index queue holding every report. */
  stageWallS: number;
  stageMeili: { tasks: number; docsPerTask: number; busyS: number };
  /** SearchIndex.upsertReports with `chunk` reports per call (one addDocuments per index it writes, each waited for), from this process. */
  directWallS: number;
  directMeili: { tasks: number; docsPerTask: number; busyS: number };
  chunk: number;
  buildDocsS: number;
}

/**
 * The index stage on its own against the direct bulk add of the same search documents, both into
 * empty indexes with the project's settings in the same Meilisearch. The stage run starts W workers
 * under fresh prefixes, enqueues one index job per archived report (with its search documents, as a read job
 * queues it) and waits for all of them.
 */
export async function compareIndexing(stack: BenchStack, ids: string[], workers: number, chunk = 1000): Promise<IndexComparison> {
  // The search documents of each report, built first, untimed: what a read job hands the index stage, and what
  // the direct bulk add writes.
  const b0 = performance.now();
  const byReport: ReportSearchDocument[][] = [];
  for (const id of ids) {
    const [stored, text, meta] = await Promise.all([stack.archive.readRecord(id), stack.archive.readText(id), stack.archive.meta(id)]);
    if (!stored) throw new Error(`no record for ${id}`);
    byReport.push(searchDocumentsOf(id, stored, text, { originalName: meta?.originalName ?? null }));
  }
  const buildDocsS = (performance.now() - b0) / 1000;

  // The index stage in isolation: one index job per report, carrying its documents as a read job queues it.
  const replay = await stack.withPrefixes('r');
  const ws = await stack.startWorkers(workers, replay.env);
  const t0 = performance.now();
  await replay.queues.index.addBulk(
    ids.map((id, i) => ({ name: 'index', data: { documentId: id, docs: byReport[i]! }, opts: { jobId: id } })),
  );
  for (;;) {
    const c = await replay.queues.index.getJobCounts('completed', 'failed');
    if ((c.completed ?? 0) + (c.failed ?? 0) >= ids.length) {
      if (c.failed) throw new Error(`${c.failed} index jobs failed in the index-stage run`);
      break;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const stageWallS = (performance.now() - t0) / 1000;
  await stack.stopWorkers(ws);
  const stageMeili = await meiliBusy(stack, replay.indexPrefix);

  // Direct bulk add of the same documents.
  const docs = byReport.flat();
  const direct = await stack.withPrefixes('d');
  const d0 = performance.now();
  for (let i = 0; i < docs.length; i += chunk) await direct.search.upsertReports(docs.slice(i, i + chunk));
  const directWallS = (performance.now() - d0) / 1000;
  const directMeili = await meiliBusy(stack, direct.indexPrefix);
  if ((await meiliCount(stack, direct.search.reportsUid)) !== docs.length) throw new Error('direct bulk add: count mismatch');
  return { docs: ids.length, stageWallS, stageMeili, directWallS, directMeili, chunk, buildDocsS };
}

/** Ids of the documents the pipeline indexed (from the document store). */
export async function indexedIds(stack: BenchStack): Promise<string[]> {
  const ids = await stack.redis.zrange(`${stack.queuePrefix}:docs`, '0', '-1');
  const states = await stack.documents.getMany(ids);
  return ids.filter((_, i) => states[i]?.status === 'indexed');
}

export const INDEX_CONCURRENCY = STAGE_CONCURRENCY.index;
