// Queries as the index grows: one fresh stack filled with generated reports directly (generator page texts →
// extractRecord → toSearchDocument → SearchIndex.upsertReports, not through the PDF pipeline), in chunks, and
// at each step (10 000, then the largest size) its size per report, the latency of one user asking the query
// mix through the API and straight to Meilisearch (in turns), and the throughput of many connections.
import http from 'node:http';
import type autocannon from 'autocannon';
import { meiliCount, type BenchStack } from './bench-stack.js';
import { generatedDocumentChunks } from './generated-documents.js';
import { readMem } from './memory.js';
import {
  apiHeadersOf,
  apiPath,
  load,
  meiliHeaders,
  QUERY_MIX,
  recordingApi,
  startApi,
  usedBytes,
  type LoadResult,
  type Recorded,
} from './queries.js';
import { quantile, ratio, round } from './stats.js';

/** One user's latencies: each query's requests sent one after another on one kept-alive connection. */
export interface SingleUserResult {
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  requests: number;
  errors: number;
}

export interface ScaleStep {
  reports: number;
  /** Wall time to fill from the step before (generating, extracting and indexing overlap). */
  fillS: number;
  /** Growth of Meilisearch's used database size since the empty index, per report (reports and lessons). */
  bytesPerReport: number;
  usedMb: number;
  meiliRssMb: number | null;
  /** Peak RSS of the bench process while it built this step's chunks. */
  benchPeakRssMb: number;
  single: { api: SingleUserResult; direct: SingleUserResult };
  /** Medians over the load rounds (direct and API taking turns); `reqPerSRuns` lists every run. */
  load: { api: LoadResult & { reqPerSRuns: number[] }; direct: LoadResult & { reqPerSRuns: number[] } };
}

export interface ScaleIndexResult {
  indexedVia: string;
  seed: number;
  chunk: number;
  queries: number;
  meiliRequestsPerQuery: number;
  singleUserRounds: number;
  connections: number;
  durationS: number;
  loadRounds: number;
  steps: ScaleStep[];
  /** Last step against the first (e.g. 100 000 against 10 000), and API against direct at each step. */
  ratios: Record<string, number | null>;
}

/** The sizes measured: 10 000 and `max` (only `max` when it is 10 000 or fewer). */
export function scaleSteps(max: number, first = 10_000): number[] {
  return max > first ? [first, max] : [max];
}

function send(agent: http.Agent, base: string, r: { method: string; path: string; headers: Record<string, string>; body?: string }) {
  return new Promise<boolean>((resolve) => {
    const req = http.request(new URL(r.path, base), { method: r.method, headers: r.headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300));
    });
    req.on('error', () => resolve(false));
    req.end(r.body);
  });
}

type Req = { method: string; path: string; headers: Record<string, string>; body?: string };

/**
 * `rounds` passes over the query mix; in each, query i is asked through every target in turn before query
 * i + 1, so load from elsewhere on the machine falls on all of them alike. One connection per target.
 */
async function singleUser(targets: { base: string; queries: Req[][] }[], rounds: number): Promise<SingleUserResult[]> {
  const agents = targets.map(() => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const ms: number[][] = targets.map(() => []);
  const errors = targets.map(() => 0);
  try {
    // Warm-up: one pass, not counted.
    for (const [t, target] of targets.entries()) for (const q of target.queries) for (const r of q) await send(agents[t]!, target.base, r);
    for (let round = 0; round < rounds; round++)
      for (let i = 0; i < targets[0]!.queries.length; i++)
        for (const [t, target] of targets.entries()) {
          const t0 = performance.now();
          let ok = true;
          for (const r of target.queries[i]!) ok = (await send(agents[t]!, target.base, r)) && ok;
          ms[t]!.push(performance.now() - t0);
          if (!ok) errors[t]!++;
        }
  } finally {
    for (const a of agents) a.destroy();
  }
  return ms.map((x, t) => ({
    p50Ms: round(quantile(x, 0.5), 2),
    p99Ms: round(quantile(x, 0.99), 2),
    meanMs: round(x.reduce((a, b) => a + b, 0) / x.length, 2),
    requests: x.length,
    errors: errors[t]!,
  }));
}

export async function runScaleIndex(
  stack: BenchStack,
  opts: {
    max: number;
    /** The first size measured (default 10 000). */
    first?: number;
    seed: number;
    chunk: number;
    singleUserRounds: number;
    /** Load runs of each target per size, direct and API taking turns (figures: medians). */
    loadRounds: number;
    connections: number;
    durationS: number;
    warmupS: number;
    progress: (s: string) => void;
  },
): Promise<ScaleIndexResult> {
  const steps = scaleSteps(opts.max, opts.first);
  const emptyBytes = await usedBytes(stack);
  const meiliPid = stack.services.started.meili?.process.child.pid;
  let recorded: Recorded[][] | null = null;
  const api = await startApi(stack, stack.services.meiliUrl);
  const out: ScaleStep[] = [];
  try {
    let done = 0;
    for (const size of steps) {
      opts.progress(`index scale: filling ${done} → ${size} reports directly, ${opts.chunk} per write`);
      const t0 = performance.now();
      let benchPeakRssMb = process.memoryUsage().rss / 2 ** 20;
      // Meilisearch indexes one chunk while the next is built: `enqueueReports` returns once the writes are queued.
      let pending: (() => Promise<void>) | null = null;
      for (const docs of generatedDocumentChunks(opts.seed, done, size, opts.chunk)) {
        if (pending) await pending();
        pending = await stack.search.enqueueReports(docs);
        done += docs.length;
        benchPeakRssMb = Math.max(benchPeakRssMb, process.memoryUsage().rss / 2 ** 20);
        if (done % 10_000 === 0) opts.progress(`  ${done}/${size} reports sent`);
      }
      if (pending) await pending();
      const fillS = (performance.now() - t0) / 1000;
      const count = await meiliCount(stack, stack.search.reportsUid);
      if (count !== size) throw new Error(`index scale: the index holds ${count} reports, expected ${size}`);
      const used = await usedBytes(stack);

      // The requests the API makes for each query, recorded once (they do not depend on the index size).
      recorded ??= await recordingApi(stack, async ({ record }) => {
        const rs: Recorded[][] = [];
        for (const p of QUERY_MIX) rs.push(await record(p));
        return rs;
      });
      const meiliHead = meiliHeaders(stack);
      const apiHead = apiHeadersOf(stack);
      const apiQueries: Req[][] = QUERY_MIX.map((p) => [{ method: 'GET', path: apiPath(p), headers: apiHead }]);
      const directQueries: Req[][] = recorded.map((rs) =>
        rs.map((r) => ({ method: r.method, path: r.path, headers: meiliHead, body: r.body })),
      );
      opts.progress(`  ${size}: one user, ${opts.singleUserRounds} × ${QUERY_MIX.length} queries, API and direct in turns`);
      const [singleApi, singleDirect] = await singleUser(
        [
          { base: api.base, queries: apiQueries },
          { base: stack.services.meiliUrl, queries: directQueries },
        ],
        opts.singleUserRounds,
      );
      const run = async (label: string, url: string, reqs: autocannon.Request[]) => {
        if (opts.warmupS > 0) await load(url, reqs, opts.connections, opts.warmupS);
        opts.progress(`  ${size}: ${label}, ${opts.connections} connections for ${opts.durationS} s`);
        return load(url, reqs, opts.connections, opts.durationS);
      };
      const runs: { direct: LoadResult[]; api: LoadResult[] } = { direct: [], api: [] };
      for (let i = 0; i < opts.loadRounds; i++) {
        runs.direct.push(await run(`direct Meilisearch (${i + 1}/${opts.loadRounds})`, stack.services.meiliUrl, directQueries.flat()));
        runs.api.push(await run(`API (${i + 1}/${opts.loadRounds})`, api.base, apiQueries.flat()));
      }
      out.push({
        reports: size,
        fillS: round(fillS, 1),
        bytesPerReport: round((used - emptyBytes) / size, 0),
        usedMb: round(used / 2 ** 20, 1),
        meiliRssMb: meiliPid ? round(readMem(meiliPid)?.rssMb ?? Number.NaN, 0) : null,
        benchPeakRssMb: round(benchPeakRssMb, 0),
        single: { api: singleApi!, direct: singleDirect! },
        load: { api: medianLoad(runs.api), direct: medianLoad(runs.direct) },
      });
    }
  } finally {
    await api.stop();
  }
  return {
    indexedVia: 'generator page texts → extractRecord → toSearchDocument → SearchIndex.upsertReports (not the PDF pipeline)',
    seed: opts.seed,
    chunk: opts.chunk,
    queries: QUERY_MIX.length,
    meiliRequestsPerQuery: (recorded ?? []).flat().length / QUERY_MIX.length,
    singleUserRounds: opts.singleUserRounds,
    connections: opts.connections,
    durationS: opts.durationS,
    loadRounds: opts.loadRounds,
    steps: out,
    ratios: scaleRatios(out),
  };
}

/** Each figure the median of its runs; errors summed. */
export function medianLoad(runs: LoadResult[]): LoadResult & { reqPerSRuns: number[] } {
  const m = (f: (r: LoadResult) => number) => quantile(runs.map(f), 0.5);
  return {
    p50Ms: m((r) => r.p50Ms),
    p99Ms: m((r) => r.p99Ms),
    meanMs: round(
      m((r) => r.meanMs),
      2,
    ),
    reqPerS: round(
      m((r) => r.reqPerS),
      1,
    ),
    requests: runs.reduce((a, r) => a + r.requests, 0),
    errors: runs.reduce((a, r) => a + r.errors, 0),
    non2xx: runs.reduce((a, r) => a + r.non2xx, 0),
    reqPerSRuns: runs.map((r) => round(r.reqPerS, 1)),
  };
}

/** Last step / first step for each figure, and API / direct at every step. */
export function scaleRatios(steps: ScaleStep[]): Record<string, number | null> {
  const r: Record<string, number | null> = {};
  const first = steps[0];
  const last = steps.at(-1);
  const growth = first && last && last !== first;
  const pick: [string, (s: ScaleStep) => number][] = [
    ['bytesPerReport', (s) => s.bytesPerReport],
    ['singleApiP50', (s) => s.single.api.p50Ms],
    ['singleApiP99', (s) => s.single.api.p99Ms],
    ['singleDirectP50', (s) => s.single.direct.p50Ms],
    ['singleDirectP99', (s) => s.single.direct.p99Ms],
    ['apiReqPerS', (s) => s.load.api.reqPerS],
    ['directReqPerS', (s) => s.load.direct.reqPerS],
  ];
  for (const [k, f] of pick) r[`${k}LastVsFirst`] = growth ? round(ratio(f(last), f(first)), 3) : null;
  for (const s of steps) {
    r[`apiVsDirectSingleP50At${s.reports}`] = round(ratio(s.single.api.p50Ms, s.single.direct.p50Ms), 3);
    r[`apiVsDirectSingleP99At${s.reports}`] = round(ratio(s.single.api.p99Ms, s.single.direct.p99Ms), 3);
    r[`apiVsDirectReqPerSAt${s.reports}`] = round(ratio(s.load.api.reqPerS, s.load.direct.reqPerS), 3);
  }
  return r;
}
