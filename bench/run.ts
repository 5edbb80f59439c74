// Lärdom benchmarks: `npm run bench [-- --json] [--reports N] [--corpus DIR] [--workers W] [--scaling [--scaling-max N]] [--profile]`.
// Every figure is measured in this run, side by side with its baseline; nothing is hard-coded.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.js';
import { readConcurrency, STAGE_CONCURRENCY } from '../config/queue-defaults.js';
import { findDocuments } from '../services/cli/ingest-files.js';
import { generateCorpus, writeLongReport } from './corpus/generate.mjs';
import { ensurePdftotext, pdfParseBaseline, pdftotextBaseline, type ParseBaseline } from './lib/baselines.js';
import { startBenchStack } from './lib/bench-stack.js';
import { installSignalCleanup, onCleanup, runCleanups } from './lib/cleanup.js';
import {
  compareIndexing,
  indexedIds,
  ingestThroughPipeline,
  type IndexComparison,
  type IngestResult,
  type ThreadFigures,
} from './lib/ingest.js';
import { type ExtractSpeed, measureExtraction, renderExtraction } from './lib/extract-speed.js';
import { profileInProcess, summariseProfiles, type ProfileSummary } from './lib/profile.js';
import { fillQueryIndex, runQueryBench, API_FACETS, INDEX_FACETS, type QueryResult } from './lib/queries.js';
import { runScaleIndex, type ScaleIndexResult } from './lib/scale-index.js';
import { fmt, median, ratio, round, table } from './lib/stats.js';
import { serviceCommand } from '../services/stack/stack.js';

const HELP = `Usage: npm run bench [-- options]
  --reports N          reports in the corpus (default 1000)
  --corpus DIR         use the PDFs under DIR instead of generating a corpus (first N when --reports is given)
  --workers W          worker processes (default: number of cores)
  --json               print one JSON object instead of tables
  --out FILE           also write the JSON object to FILE
  --scaling            also ingest 10 000 reports (--scaling-reports) to compare the per-report cost (long)
  --scaling-reports N  size of the scaling run (default 10000)
                       --scaling also fills a fresh index directly (not through the PDF pipeline) to 10 000 and
                       then --scaling-max reports, measuring index size, one user's latency and throughput at each
  --scaling-max N      largest size of that index (default 100000; 100 000 takes about 1.5 h on 2 busy cores)
  --scaling-rounds R   passes over the query mix for one user's latency at each size (default 10)
  --profile            also run a --cpu-prof'd worker over up to 500 reports and summarise where the time goes
  --repeat R           pipeline ingest runs, each on a fresh stack; figures are medians (default 1)
  --baseline-repeats R pdftotext / pdf-parse runs; medians (default 3)
  --query-docs N       reports in the query index (default 10000)
  --duration S         autocannon seconds per run (default 20); --connections C (default 32)
  --seed S             corpus seed (default 1)
  --skip LIST          leave out parts: baselines,extraction,ingest,indexing,memory,queries,scale-index
  --only extraction    run only the extraction part (300 reports as \`npm run extract\` reads them against pdf-parse
                       alone, and extraction's cost per kB as the text grows)
  --only search        run only the query part (search throughput and latency; the same as skipping every other part)`;

const { values: opt } = parseArgs({
  options: {
    reports: { type: 'string' },
    corpus: { type: 'string' },
    workers: { type: 'string' },
    json: { type: 'boolean', default: false },
    out: { type: 'string' },
    scaling: { type: 'boolean', default: false },
    'scaling-reports': { type: 'string', default: '10000' },
    'scaling-max': { type: 'string', default: '100000' },
    'scaling-rounds': { type: 'string', default: '10' },
    profile: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
    'baseline-repeats': { type: 'string', default: '3' },
    'query-docs': { type: 'string', default: '10000' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '32' },
    seed: { type: 'string', default: '1' },
    skip: { type: 'string', default: '' },
    only: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (opt.help) {
  console.log(HELP);
  process.exit(0);
}
const posInt = (name: string, v: string | undefined, def: number): number => {
  if (v === undefined) return def;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a positive whole number, not "${v}"\n\n${HELP}`);
    process.exit(2);
  }
  return n;
};
const cores = os.availableParallelism();
const N = posInt('reports', opt.reports, 1000);
const W = posInt('workers', opt.workers, cores);
const REPEAT = posInt('repeat', opt.repeat, 1);
const BASE_REPEAT = posInt('baseline-repeats', opt['baseline-repeats'], 3);
const SCALE_N = posInt('scaling-reports', opt['scaling-reports'], 10_000);
const SCALE_MAX = posInt('scaling-max', opt['scaling-max'], 100_000);
const SCALE_ROUNDS = posInt('scaling-rounds', opt['scaling-rounds'], 10);
const QUERY_DOCS = posInt('query-docs', opt['query-docs'], 10_000);
const DURATION = posInt('duration', opt.duration, 20);
const CONNECTIONS = posInt('connections', opt.connections, 32);
const SEED = posInt('seed', opt.seed, 1);
if (opt.only !== undefined && opt.only !== 'search' && opt.only !== 'extraction') {
  console.error(`--only takes "search" or "extraction", not "${opt.only}"\n\n${HELP}`);
  process.exit(2);
}
const skip = new Set(
  (opt.only === 'search'
    ? 'baselines,extraction,ingest,indexing,memory'
    : opt.only === 'extraction'
      ? 'baselines,ingest,indexing,memory,queries,scale-index'
      : opt.skip
  )
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
const json = opt.json;
const log = (s: string) => process.stderr.write(`${s}\n`);
const PARSE_THREADS = loadConfig({}).parse.concurrency;

interface Corpus {
  dir: string;
  files: string[];
  pages: Map<string, number>;
  generated: boolean;
}

async function makeCorpus(count: number, tmpRoot: string, name: string): Promise<Corpus> {
  const dir = path.join(tmpRoot, name);
  const t0 = performance.now();
  const m = generateCorpus({ out: dir, count, seed: SEED, onProgress: (d, t) => d % 2500 === 0 && log(`  generated ${d}/${t}`) });
  log(
    `corpus: ${count} reports, ${m.files.reduce((a, f) => a + f.pages, 0)} pages, in ${((performance.now() - t0) / 1000).toFixed(1)} s (seed ${SEED})`,
  );
  return { dir, files: m.files.map((f) => f.file), pages: new Map(m.files.map((f) => [f.file, f.pages])), generated: true };
}

async function givenCorpus(dir: string): Promise<Corpus> {
  let files = await findDocuments([dir]);
  if (opt.reports) files = files.slice(0, N);
  const pages = new Map<string, number>();
  const manifest = await fs.readFile(path.join(dir, 'manifest.json'), 'utf8').then(
    (s) => JSON.parse(s) as { files: { file: string; pages: number }[] },
    () => null,
  );
  for (const f of manifest?.files ?? []) pages.set(path.resolve(f.file), f.pages);
  return { dir, files, pages, generated: false };
}

function pageStats(c: Corpus) {
  const p = c.files.map((f) => c.pages.get(f) ?? 0);
  return {
    reports: c.files.length,
    pages: p.reduce((a, b) => a + b, 0),
    medianPages: median(p),
    maxPages: Math.max(...p),
    over20Pages: p.filter((x) => x > 20).length,
  };
}

async function main() {
  installSignalCleanup();
  const tmpRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-bench-'));
  onCleanup(`temp dir ${tmpRoot}`, () => fs.rm(tmpRoot, { recursive: true, force: true }));
  const started = new Date();
  const out: Record<string, unknown> = {
    date: started.toISOString(),
    machine: {
      cpus: cores,
      model: os.cpus()[0]?.model ?? '?',
      memGb: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      kernel: os.release(),
    },
    settings: {
      reports: N,
      workers: W,
      parseThreadsPerWorker: PARSE_THREADS,
      // What the worker processes run: `bundled` (the sources bundled into .cache/), `tsx` or `compiled`.
      workerCode: serviceCommand('worker').kind,
      stageConcurrency: STAGE_CONCURRENCY,
      seed: SEED,
      repeat: REPEAT,
      baselineRepeats: BASE_REPEAT,
    },
  };

  // 1. Corpus
  const corpus = opt.corpus ? await givenCorpus(path.resolve(opt.corpus)) : await makeCorpus(N, tmpRoot, 'corpus');
  if (!corpus.files.length) throw new Error('no PDFs in the corpus');

  // 2a. Baselines
  const parallel = W * PARSE_THREADS;
  let pdftotext: ParseBaseline | null = null;
  let pdfparse: ParseBaseline | null = null;
  if (!skip.has('baselines')) {
    const bin = ensurePdftotext(log);
    if (bin) {
      const runs = [];
      for (let i = 0; i < BASE_REPEAT; i++) {
        log(`baseline: pdftotext, ${parallel} at a time (run ${i + 1}/${BASE_REPEAT})`);
        const r = await pdftotextBaseline(bin, corpus.files, parallel);
        if (!corpus.generated && corpus.pages.size === 0) for (const [f, p] of r.pagesByFile) corpus.pages.set(f, p);
        runs.push(r);
      }
      pdftotext = runs.sort((a, b) => a.wallMs - b.wallMs)[Math.floor(runs.length / 2)]!;
    }
    const runs = [];
    for (let i = 0; i < BASE_REPEAT; i++) {
      log(`baseline: pdf-parse alone in one process (run ${i + 1}/${BASE_REPEAT})`);
      runs.push(await pdfParseBaseline(corpus.files));
    }
    pdfparse = runs.sort((a, b) => a.wallMs - b.wallMs)[Math.floor(runs.length / 2)]!;
  }
  out.corpus = { generated: corpus.generated, dir: corpus.generated ? '(temp)' : corpus.dir, ...pageStats(corpus) };

  // 2c. Extraction: 300 reports as `npm run extract` reads them, against pdf-parse alone; cost per kB as texts grow
  let extraction: ExtractSpeed | null = null;
  if (!skip.has('extraction')) extraction = await measureExtraction(corpus.files.slice(0, 300), loadConfig({}), log);
  const pagesOf = (f: string) => corpus.pages.get(f) ?? 0;

  // 2b. Pipeline end to end (+ index stage vs direct bulk add on the first run's stack)
  const ingestRuns: IngestResult[] = [];
  let indexing: IndexComparison | null = null;
  if (!skip.has('ingest')) {
    for (let i = 0; i < REPEAT; i++) {
      log(`pipeline: ${corpus.files.length} reports, ${W} worker processes × ${PARSE_THREADS} parse threads (run ${i + 1}/${REPEAT})`);
      const stack = await startBenchStack('ingest');
      try {
        ingestRuns.push(await ingestThroughPipeline(stack, corpus.files, pagesOf, { workers: W, progress: log }));
        if (i === 0 && !skip.has('indexing')) {
          log('index stage alone vs direct bulk add');
          indexing = await compareIndexing(stack, await indexedIds(stack), W);
        }
      } finally {
        await stack.stop();
      }
    }
  }
  const pipeline = ingestRuns.length ? ingestRuns.sort((a, b) => a.wallS - b.wallS)[Math.floor(ingestRuns.length / 2)]! : null;

  // 4b. Worker memory across one 500-page report
  let memory: Record<string, number> | null = null;
  if (!skip.has('memory')) {
    const long = writeLongReport(path.join(tmpRoot, 'long', 'long-500.pdf'), 500, SEED);
    log(`memory: one ${long.pages}-page report (${(long.bytes / 1e6).toFixed(1)} MB) through 1 worker`);
    const stack = await startBenchStack('memory');
    try {
      const r = await ingestThroughPipeline(stack, [long.file], () => long.pages, { workers: 1, sampleMs: 50 });
      if (r.indexed !== 1) throw new Error(`the 500-page report was not indexed: ${JSON.stringify(r.failedByCode)}`);
      const alone = await pdfParseBaseline([long.file]);
      memory = {
        pages: long.pages,
        mb: round(long.bytes / 1e6, 1),
        workerStartRssMb: round(r.workerStartRssMb, 0),
        workerPeakRssMb: round(r.workerPeakRssMb, 0),
        workerHwmMb: round(r.workerHwmMb, 0),
        wallS: round(r.wallS, 2),
        parseS: round(r.stages.parse?.totalS ?? 0, 2),
        extractS: round(r.stages.extract?.totalS ?? 0, 2),
        indexS: round(r.stages.index?.totalS ?? 0, 2),
        pdfParseAloneS: round(alone.wallMs / 1000, 2),
        ...(r.threads ? { parsePeakHeapMb: r.threads.parsePeakHeapMb, extractPeakHeapMb: r.threads.extractPeakHeapMb } : {}),
      };
    } finally {
      await stack.stop();
    }
  }

  // 4a. Scaling: per-report cost at 10 000 vs the main run
  let scaling: IngestResult | null = null;
  if (opt.scaling && pipeline) {
    const big = opt.corpus ? await givenCorpus(path.resolve(opt.corpus)) : await makeCorpus(SCALE_N, tmpRoot, 'corpus-scaling');
    const files = big.files.slice(0, SCALE_N);
    log(`scaling: ${files.length} reports through the pipeline`);
    const stack = await startBenchStack('scaling');
    try {
      scaling = await ingestThroughPipeline(stack, files, (f) => big.pages.get(f) ?? 0, { workers: W, progress: log });
    } finally {
      await stack.stop();
    }
    if (big.generated) await fs.rm(big.dir, { recursive: true, force: true });
  }

  // 3. Queries
  let queries: QueryResult | null = null;
  if (!skip.has('queries')) {
    log(`queries: indexing ${QUERY_DOCS} extracted records directly (no PDF parsing), then autocannon`);
    const stack = await startBenchStack('queries');
    try {
      const fill = await fillQueryIndex(stack, QUERY_DOCS, SEED, log);
      queries = await runQueryBench(stack, {
        connections: CONNECTIONS,
        durationS: DURATION,
        warmupS: 3,
        docs: fill.docs,
        fillS: fill.wallS,
        fill: { legacy: fill.legacy, lean: fill.lean },
        progress: log,
      });
    } finally {
      await stack.stop();
    }
  }

  // 4c. Queries as the index grows: filled directly to 10 000 and then to SCALE_MAX reports
  let scaleIndex: ScaleIndexResult | null = null;
  if (opt.scaling && !skip.has('scale-index')) {
    log(`index scale: up to ${SCALE_MAX} generated reports indexed directly (no PDF parsing), in chunks of 1 000`);
    const stack = await startBenchStack('scale-index');
    try {
      scaleIndex = await runScaleIndex(stack, {
        max: SCALE_MAX,
        seed: SEED,
        chunk: 1000,
        singleUserRounds: SCALE_ROUNDS,
        loadRounds: 3,
        connections: CONNECTIONS,
        durationS: DURATION,
        warmupS: 3,
        progress: log,
      });
    } finally {
      await stack.stop();
    }
  }

  // 5. Where the time goes
  let profile: ProfileSummary | null = null;
  let parseProfile: ProfileSummary | null = null;
  if (opt.profile) {
    const profDir = path.join(tmpRoot, 'cpu-prof');
    await fs.mkdir(profDir, { recursive: true });
    const files = corpus.files.slice(0, Math.min(500, corpus.files.length));
    log(`profile: ${files.length} reports, worker 1 of ${W} under --cpu-prof`);
    const stack = await startBenchStack('profile');
    try {
      await ingestThroughPipeline(stack, files, pagesOf, {
        workers: W,
        profileDir: profDir,
      });
    } finally {
      await stack.stop();
    }
    profile = await summariseProfiles(profDir);
    // Parse threads do not inherit --cpu-prof: profile the same parser over the same files in this process.
    const parseDir = path.join(tmpRoot, 'cpu-prof-parse');
    log(`profile: pdf-parse over ${files.length} reports in this process (inspector)`);
    await profileInProcess(parseDir, () => pdfParseBaseline(files));
    parseProfile = await summariseProfiles(parseDir);
    if (process.env.BENCH_KEEP_PROFILES) {
      await fs.cp(profDir, process.env.BENCH_KEEP_PROFILES, { recursive: true });
      log(`profiles copied to ${process.env.BENCH_KEEP_PROFILES}`);
    }
  }

  // Ratios and targets
  const r = {
    pipelineVsPdftotext: pipeline && pdftotext ? ratio(pipeline.wallS, pdftotext.wallMs / 1000) : null,
    pipelineVsPdfParseAlone: pipeline && pdfparse ? ratio(pipeline.wallS, pdfparse.wallMs / 1000) : null,
    indexStageVsDirect: indexing ? ratio(indexing.stageWallS, indexing.directWallS) : null,
    indexMeiliTimeVsDirect: indexing ? ratio(indexing.stageMeili.busyS, indexing.directMeili.busyS) : null,
    pipelineMeiliTimeVsDirect: indexing && pipeline ? ratio(pipeline.meili.busyS, indexing.directMeili.busyS) : null,
    apiP50VsDirect: queries ? ratio(queries.api.p50Ms, queries.direct.p50Ms) : null,
    apiP99VsDirect: queries ? ratio(queries.api.p99Ms, queries.direct.p99Ms) : null,
    apiRpsVsDirect: queries ? ratio(queries.api.reqPerS, queries.direct.reqPerS) : null,
    apiFacetedP50VsDirect: queries?.apiFaceted ? ratio(queries.apiFaceted.p50Ms, queries.directFaceted.p50Ms) : null,
    apiFacetedP99VsDirect: queries?.apiFaceted ? ratio(queries.apiFaceted.p99Ms, queries.directFaceted.p99Ms) : null,
    leanRpsVsLegacy: queries ? ratio(queries.direct.reqPerS, queries.legacy.reqPerS) : null,
    leanP50VsLegacy: queries ? ratio(queries.direct.p50Ms, queries.legacy.p50Ms) : null,
    leanFacetedRpsVsLegacy: queries ? ratio(queries.directFaceted.reqPerS, queries.legacyFaceted.reqPerS) : null,
    leanFacetedP50VsLegacy: queries ? ratio(queries.directFaceted.p50Ms, queries.legacyFaceted.p50Ms) : null,
    leanBytesVsLegacy: queries ? ratio(queries.fill.lean.bytesPerReport, queries.fill.legacy.bytesPerReport) : null,
    perReportCostScaling: scaling && pipeline ? ratio(scaling.msPerReport, pipeline.msPerReport) : null,
  };
  const workerRss = Math.max(pipeline?.workerPeakRssMb ?? 0, scaling?.workerPeakRssMb ?? 0, memory?.workerPeakRssMb ?? 0);
  // The largest index the scaling step grew, and one user's median there through the API.
  const largest = scaleIndex?.steps[scaleIndex.steps.length - 1] ?? null;
  const targets = [
    { goal: 'pipeline ≤ 1.3× pdf-parse alone', value: r.pipelineVsPdfParseAlone, limit: 1.3 },
    { goal: 'indexing ≤ 1.25× direct bulk add', value: r.indexStageVsDirect, limit: 1.25 },
    { goal: 'API p50 ≤ 1.1× direct Meilisearch', value: r.apiP50VsDirect, limit: 1.1 },
    { goal: 'API p99 ≤ 1.2× direct Meilisearch', value: r.apiP99VsDirect, limit: 1.2 },
    {
      goal: `one user's API p50 ≤ 30 ms at ${largest ? largest.reports.toLocaleString('en-US') : '100,000'} reports`,
      value: largest ? largest.single.api.p50Ms : null,
      limit: 30,
    },
    // Written as earlier / current, so that like the others it is met at or below its limit.
    {
      goal: 'Meilisearch req/s ≥ 5× the earlier index',
      value: r.leanRpsVsLegacy === null ? null : 5 / r.leanRpsVsLegacy,
      limit: 1,
    },
    { goal: `per-report cost at ${SCALE_N} ≤ 1.1× at ${pipeline?.reports ?? N}`, value: r.perReportCostScaling, limit: 1.1 },
    { goal: 'worker RSS ≤ 400 MB', value: workerRss || null, limit: 400 },
  ].map((t) => ({
    ...t,
    value: t.value === null ? null : round(t.value, t.limit > 10 ? 0 : 2),
    met: t.value === null ? null : t.value <= t.limit,
  }));

  Object.assign(out, {
    baselines: { parallel, pdftotext: pdftotext && { ...pdftotext, pagesByFile: undefined }, pdfParseAlone: pdfparse },
    pipeline,
    pipelineRuns: ingestRuns.map((x) => round(x.wallS, 2)),
    indexing,
    memory,
    scaling,
    scaleIndex,
    queries: queries && {
      ...queries,
      indexedVia: 'generator page texts → extractRecord → toSearchDocument → SearchIndex.upsertReports (not the full pipeline)',
      directRequests: 'recorded from the API through a proxy and replayed byte for byte',
      facets: queries.apiHasFacets ? API_FACETS : INDEX_FACETS.join(','),
    },
    ratios: Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? null : round(v, 3)])),
    targets,
    elapsedS: round((Date.now() - started.getTime()) / 1000, 0),
  });
  if (profile) out.profile = { worker: profile, parse: parseProfile };
  if (extraction) out.extraction = extraction;

  if (opt.out) await fs.writeFile(opt.out, JSON.stringify(out, null, 2));
  if (json) console.log(JSON.stringify(out, null, 2));
  else
    console.log(
      render(out, {
        corpus,
        pipeline,
        pdftotext,
        pdfparse,
        indexing,
        memory,
        scaling,
        scaleIndex,
        queries,
        profile,
        parseProfile,
        targets,
        r,
        parallel,
      }) + (extraction ? renderExtraction(extraction, corpus.dir) : ''),
    );
}

function render(
  out: Record<string, unknown>,
  d: {
    corpus: Corpus;
    pipeline: IngestResult | null;
    pdftotext: ParseBaseline | null;
    pdfparse: ParseBaseline | null;
    indexing: IndexComparison | null;
    memory: Record<string, number> | null;
    scaling: IngestResult | null;
    scaleIndex: ScaleIndexResult | null;
    queries: QueryResult | null;
    profile: ProfileSummary | null;
    parseProfile: ProfileSummary | null;
    targets: { goal: string; value: number | null; limit: number; met: boolean | null }[];
    r: Record<string, number | null>;
    parallel: number;
  },
): string {
  const m = out.machine as { cpus: number; model: string; memGb: number; node: string };
  const { workerCode } = out.settings as { workerCode: string };
  const cs = pageStats(d.corpus);
  const parts: string[] = [];
  parts.push(`Lärdom benchmarks — ${out.date as string}`);
  parts.push(
    `machine: ${m.cpus} × ${m.model}, ${m.memGb} GB, Node ${m.node}; workers ${W} × ${PARSE_THREADS} parse threads, running ${workerCode} code`,
  );
  parts.push(
    `corpus: ${cs.reports} reports, ${cs.pages} pages (median ${cs.medianPages}, max ${cs.maxPages}, ${cs.over20Pages} over 20 pages)${d.corpus.generated ? `, generated from seed ${SEED}` : ''}`,
  );
  const tput = (name: string, wallS: number, reports: number, pages: number, note = '') => [
    name,
    fmt(wallS, 2),
    fmt(reports / wallS, 1),
    fmt(pages / wallS, 0),
    note,
  ];
  const rows: (string | number)[][] = [];
  if (d.pdftotext)
    rows.push(
      tput(
        `pdftotext, ${d.parallel} at a time`,
        d.pdftotext.wallMs / 1000,
        d.pdftotext.reports,
        d.pdftotext.pages,
        `median of ${BASE_REPEAT}`,
      ),
    );
  if (d.pdfparse)
    rows.push(
      tput('pdf-parse alone, 1 process', d.pdfparse.wallMs / 1000, d.pdfparse.reports, d.pdfparse.pages, `median of ${BASE_REPEAT}`),
    );
  if (d.pipeline)
    rows.push(
      tput(
        `pipeline end to end (${W} workers)`,
        d.pipeline.wallS,
        d.pipeline.reports,
        d.pipeline.pages,
        `${d.pipeline.indexed} indexed, ${d.pipeline.failed} failed`,
      ),
    );
  if (d.scaling)
    rows.push(
      tput(
        `pipeline, ${d.scaling.reports} reports`,
        d.scaling.wallS,
        d.scaling.reports,
        d.scaling.pages,
        `${d.scaling.indexed} indexed, ${d.scaling.failed} failed`,
      ),
    );
  parts.push('\nIngest throughput\n' + table(['', 'wall s', 'reports/s', 'pages/s', ''], rows));

  if (d.pipeline) {
    const st = d.pipeline.stages;
    const srows = (['intake', 'archive', 'parse', 'extract', 'index'] as const).map((s) => {
      const x = st[s];
      return [s, x?.jobs ?? 0, fmt(x?.medianMs, 1), fmt(x?.p95Ms, 1), fmt(x?.totalS, 1), fmt(x?.busyS, 1), fmt(x?.medianWaitMs, 0)];
    });
    parts.push(
      `\nPer stage (each job's stage times and BullMQ timestamps; ${d.pipeline.stageJobsKept} jobs kept per queue)\n` +
        table(['stage', 'jobs', 'median ms', 'p95 ms', 'sum s', 'busy s', 'median wait ms'], srows) +
        `\n  archive, parse and extract run in one read job (${readConcurrency(PARSE_THREADS)}/worker), parse in ${W * PARSE_THREADS} threads, extract in ${W} threads; index ${STAGE_CONCURRENCY.index}/worker (a job waits for its batch)` +
        `\n  worker RSS: ${fmt(d.pipeline.workerStartRssMb, 0)} MB at start, peak ${fmt(d.pipeline.workerPeakRssMb, 0)} MB (VmHWM ${fmt(d.pipeline.workerHwmMb, 0)} MB, up to ${d.pipeline.workerThreads} threads)` +
        threadLines(d.pipeline.threads) +
        `\n  Meilisearch: ${d.pipeline.meili.tasks} document tasks, ${fmt(d.pipeline.meili.docsPerTask, 1)} docs each, busy ${fmt(d.pipeline.meili.busyS, 1)} s` +
        `\n  ingest client (this process: staging, submit, status polling): ${fmt(d.pipeline.producerCpuS, 1)} CPU-s` +
        `\n  CPU over the run: workers ${fmt(d.pipeline.cpuS.workers, 1)} s (threads included), Meilisearch ${fmt(d.pipeline.cpuS.meilisearch, 1)} s, redis-server ${fmt(d.pipeline.cpuS.redis, 1)} s (of ${fmt(d.pipeline.wallS * os.availableParallelism(), 1)} core-s)`,
    );
  }
  if (d.indexing) {
    const x = d.indexing;
    parts.push(
      `\nIndexing ${x.docs} reports into an empty index\n` +
        table(
          ['', 'wall s', 'docs/s', 'Meili busy s', 'tasks', 'docs/task'],
          [
            [
              `index stage alone (${W} workers)`,
              fmt(x.stageWallS, 2),
              fmt(x.docs / x.stageWallS, 0),
              fmt(x.stageMeili.busyS, 2),
              x.stageMeili.tasks,
              fmt(x.stageMeili.docsPerTask, 0),
            ],
            [
              `direct bulk add (${x.chunk}/call)`,
              fmt(x.directWallS, 2),
              fmt(x.docs / x.directWallS, 0),
              fmt(x.directMeili.busyS, 2),
              x.directMeili.tasks,
              fmt(x.directMeili.docsPerTask, 0),
            ],
          ],
        ),
    );
  }
  if (d.memory) {
    const x = d.memory;
    parts.push(
      `\nWorker memory across one ${x.pages}-page report (${x.mb} MB), 1 worker\n` +
        `  RSS ${x.workerStartRssMb} MB at start → peak ${x.workerPeakRssMb} MB (VmHWM ${x.workerHwmMb} MB); ` +
        `end to end ${x.wallS} s (parse ${x.parseS} s, extract ${x.extractS} s, index ${x.indexS} s; pdf-parse alone ${x.pdfParseAloneS} s)` +
        (x.parsePeakHeapMb !== undefined
          ? `\n  heap of one thread at most: ${x.parsePeakHeapMb} MB reading it, ${x.extractPeakHeapMb} MB extracting its record`
          : ''),
    );
  }
  if (d.scaling && d.pipeline) {
    parts.push(
      `\nScaling: ${fmt(d.pipeline.msPerReport, 1)} ms/report at ${d.pipeline.reports}, ${fmt(d.scaling.msPerReport, 1)} ms/report at ${d.scaling.reports}` +
        ` (per page: ${fmt((1000 * d.pipeline.wallS) / d.pipeline.pages, 2)} vs ${fmt((1000 * d.scaling.wallS) / d.scaling.pages, 2)} ms); ` +
        `worker peak RSS ${fmt(d.scaling.workerPeakRssMb, 0)} MB; stage figures over the last ${d.scaling.stageJobsKept} jobs: ` +
        (['parse', 'extract', 'index'] as const).map((s) => `${s} median ${fmt(d.scaling!.stages[s]?.medianMs, 1)} ms`).join(', '),
    );
  }
  if (d.queries) {
    const q = d.queries;
    const row = (name: string, x: typeof q.api) => [
      name,
      fmt(x.p50Ms, 1),
      fmt(x.p99Ms, 1),
      fmt(x.meanMs, 1),
      fmt(x.reqPerS, 0),
      x.errors + x.non2xx,
    ];
    const rows = [
      row('API GET /api/v1/search', q.api),
      row('Meilisearch, same requests', q.direct),
      row('Meilisearch, earlier index and requests', q.legacy),
    ];
    if (q.apiFaceted) rows.push(row(`API, facets=${API_FACETS}`, q.apiFaceted));
    rows.push(
      row(
        q.apiFaceted
          ? 'Meilisearch, same faceted requests'
          : `Meilisearch + facets (${INDEX_FACETS.join(', ')}), direct only: the API has no facets`,
        q.directFaceted,
      ),
      row('Meilisearch, earlier index and requests, faceted', q.legacyFaceted),
    );
    const mb = (b: number) => fmt(b / 1024, 1);
    parts.push(
      `\nQueries: ${q.docs} reports (indexed directly from extracted records, not through the pipeline), ${q.queries} queries (plain and filtered), ` +
        `${q.connections} connections × ${q.durationS} s each; the direct runs replay the requests the API made (${fmt(q.meiliRequestsPerQuery, 1)} per query)\n` +
        table(['', 'p50 ms', 'p99 ms', 'mean ms', 'req/s', 'errors'], rows) +
        `\n  index fill (same documents, 1 000 per write): earlier ${fmt(q.fill.legacy.wallS, 1)} s, ${mb(q.fill.legacy.bytesPerReport)} kB/report; ` +
        `current ${fmt(q.fill.lean.wallS, 1)} s, ${mb(q.fill.lean.bytesPerReport)} kB/report (growth of Meilisearch's used database size, reports and lessons)` +
        ([q.api, q.direct, q.apiFaceted, q.directFaceted, q.legacy, q.legacyFaceted].some((x) => x && x.errors + x.non2xx > 0)
          ? '\n  WARNING: some requests failed or were refused; the latencies of that run are not comparable'
          : ''),
    );
  }
  const f = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : `${fmt(v, 2)}×`);
  if (d.scaleIndex) parts.push(renderScaleIndex(d.scaleIndex, f));
  parts.push(
    '\nRatios\n' +
      table(
        ['', 'ratio'],
        [
          ['pipeline / pdftotext (wall, same files, same parallelism)', f(d.r.pipelineVsPdftotext)],
          ['pipeline / pdf-parse alone in 1 process', f(d.r.pipelineVsPdfParseAlone)],
          ['index stage / direct bulk add (wall)', f(d.r.indexStageVsDirect)],
          ['index stage / direct bulk add (Meilisearch busy time)', f(d.r.indexMeiliTimeVsDirect)],
          ['in-pipeline indexing / direct bulk add (Meilisearch busy time)', f(d.r.pipelineMeiliTimeVsDirect)],
          ['API / direct p50', f(d.r.apiP50VsDirect)],
          ['API / direct p99', f(d.r.apiP99VsDirect)],
          ['API / direct requests/s', f(d.r.apiRpsVsDirect)],
          ['API / direct p50, faceted', f(d.r.apiFacetedP50VsDirect)],
          ['API / direct p99, faceted', f(d.r.apiFacetedP99VsDirect)],
          ['Meilisearch req/s, current / earlier index', f(d.r.leanRpsVsLegacy)],
          ['Meilisearch p50, current / earlier index', f(d.r.leanP50VsLegacy)],
          ['Meilisearch req/s, current / earlier, faceted', f(d.r.leanFacetedRpsVsLegacy)],
          ['Meilisearch p50, current / earlier, faceted', f(d.r.leanFacetedP50VsLegacy)],
          ['index size per report, current / earlier', f(d.r.leanBytesVsLegacy)],
          ['per-report cost, scaling run / main run', f(d.r.perReportCostScaling)],
        ],
      ),
  );
  parts.push(
    '\nTargets (goals, not assertions)\n' +
      table(
        ['goal', 'measured', ''],
        d.targets.map((t) => [
          t.goal,
          t.value === null ? 'not run' : t.limit > 10 ? `${fmt(t.value, 0)} MB` : `${fmt(t.value, 2)}×`,
          t.met === null ? '' : t.met ? 'met' : 'ABOVE TARGET',
        ]),
      ),
  );
  const prof = (title: string, p: ProfileSummary) =>
    `\n${title} (${p.files} profile(s), ${fmt(p.busyMs / 1000, 1)} s busy of ${fmt(p.totalMs / 1000, 1)} s)\n` +
    table(
      ['area', 'self s', '% busy'],
      p.byArea.map((a) => [a.area, fmt(a.ms / 1000, 2), fmt(a.pctBusy, 1)]),
    ) +
    '\n\n' +
    table(
      ['function', 'where', 'self s', '% busy'],
      p.topFunctions.slice(0, 12).map((x) => [x.fn.slice(0, 40), x.where.slice(-60), fmt(x.ms / 1000, 2), fmt(x.pctBusy, 1)]),
    );
  if (d.profile) parts.push(prof("Where a worker's main thread spends its CPU (--cpu-prof; parse threads not included)", d.profile));
  if (d.parseProfile) parts.push(prof('Where parsing spends its CPU (pdf-parse over the same files, inspector profile)', d.parseProfile));
  parts.push(`\ntook ${out.elapsedS as number} s`);
  return parts.join('\n');
}

try {
  await main();
} catch (err) {
  process.exitCode = 1;
  log(`bench failed: ${(err as Error).stack ?? err}`);
} finally {
  await runCleanups();
}

/** The index-scale table: one column per size, then the last size against the first. */
function renderScaleIndex(x: ScaleIndexResult, f: (v: number | null | undefined) => string): string {
  const last = x.steps.at(-1)!;
  const first = x.steps[0]!;
  const many = x.steps.length > 1;
  const row = (name: string, get: (s: (typeof x.steps)[number]) => number, digits: number, key?: string) => [
    name,
    ...x.steps.map((s) => fmt(get(s), digits)),
    ...(many ? [key ? f(x.ratios[key]) : f(ratio(get(last), get(first)))] : []),
  ];
  const apiVsDirect = (name: string, get: (s: (typeof x.steps)[number]) => [number, number]) => [
    name,
    ...x.steps.map((s) => f(ratio(...get(s)))),
    ...(many ? [''] : []),
  ];
  const rows = [
    row('index size, kB per report (reports and lessons)', (s) => s.bytesPerReport / 1024, 1, 'bytesPerReportLastVsFirst'),
    row("Meilisearch's used database size, MB", (s) => s.usedMb, 0),
    row('Meilisearch RSS, MB', (s) => s.meiliRssMb ?? Number.NaN, 0),
    row('one user, API p50 ms', (s) => s.single.api.p50Ms, 1, 'singleApiP50LastVsFirst'),
    row('one user, direct p50 ms', (s) => s.single.direct.p50Ms, 1, 'singleDirectP50LastVsFirst'),
    row('one user, API p99 ms', (s) => s.single.api.p99Ms, 1, 'singleApiP99LastVsFirst'),
    row('one user, direct p99 ms', (s) => s.single.direct.p99Ms, 1, 'singleDirectP99LastVsFirst'),
    apiVsDirect('one user, API / direct p50', (s) => [s.single.api.p50Ms, s.single.direct.p50Ms]),
    apiVsDirect('one user, API / direct p99', (s) => [s.single.api.p99Ms, s.single.direct.p99Ms]),
    row(`${x.connections} connections, API req/s`, (s) => s.load.api.reqPerS, 0, 'apiReqPerSLastVsFirst'),
    row(`${x.connections} connections, direct req/s`, (s) => s.load.direct.reqPerS, 0, 'directReqPerSLastVsFirst'),
    apiVsDirect(`${x.connections} connections, API / direct req/s`, (s) => [s.load.api.reqPerS, s.load.direct.reqPerS]),
    row(`${x.connections} connections, API p50 ms`, (s) => s.load.api.p50Ms, 0),
    row(`${x.connections} connections, direct p50 ms`, (s) => s.load.direct.p50Ms, 0),
    row('fill from the size before, s', (s) => s.fillS, 0),
    row('bench process peak RSS while filling, MB', (s) => s.benchPeakRssMb, 0),
  ];
  const failed = x.steps.some(
    (s) =>
      s.single.api.errors + s.single.direct.errors + s.load.api.errors + s.load.api.non2xx + s.load.direct.errors + s.load.direct.non2xx >
      0,
  );
  return (
    `\nIndex scale: generated reports indexed directly (generator page texts → extractRecord → toSearchDocument → ` +
    `SearchIndex.upsertReports, ${x.chunk} per write), not through the PDF pipeline; one fresh stack grown from one size to the next\n` +
    `  one user: ${x.singleUserRounds} passes over the ${x.queries} queries, each asked through the API and then straight to Meilisearch ` +
    `(the requests the API made, ${fmt(x.meiliRequestsPerQuery, 1)} per query), one kept-alive connection each; ` +
    `${x.connections} connections: autocannon ${x.durationS} s each after a warm-up, ${x.loadRounds} runs of each, direct and API in turns (medians)\n` +
    table(['', ...x.steps.map((s) => fmt(s.reports, 0)), ...(many ? [`${fmt(last.reports, 0)} / ${fmt(first.reports, 0)}`] : [])], rows) +
    '\n  the bench builds one chunk while Meilisearch indexes the one before, and holds no more than those two' +
    (failed ? '\n  WARNING: some requests failed or were refused; the latencies of that size are not comparable' : '')
  );
}

/** The workers' threads as they reported them: how they started, the heap each held, recycles. */
function threadLines(t: ThreadFigures | null): string {
  if (!t) return '';
  const perWorker = t.perThreadPeakHeapMb.map((w) => `[${[...w.parse, ...w.extract].map((x) => fmt(x, 0)).join(', ')}]`).join(' ');
  return (
    `\n  sandbox threads (${t.script}): ${t.starts} starts, ${fmt(t.startMeanMs, 0)} ms mean, ${fmt(t.startMaxMs, 0)} ms max; ${t.documents} documents, ${t.recycled} recycled, ${t.replaced} replaced` +
    `\n  heap of one thread at most: ${fmt(t.parsePeakHeapMb, 0)} MB reading, ${fmt(t.extractPeakHeapMb, 0)} MB extracting; per worker, its threads at the end (parse…, extract): ${perWorker} MB` +
    `\n  worker peak RSS as the worker counts it (getrusage): ${fmt(t.workerMaxRssMb, 0)} MB`
  );
}
