// Query latency: the API's GET /api/v1/search against the very same searches sent straight to Meilisearch.
//
// The direct requests are not rebuilt by hand: a recording proxy sits between a first API process and
// Meilisearch while every query of the mix is asked once, and the direct runs replay the recorded
// requests byte for byte. The measured API process then talks to Meilisearch without the proxy.
import http from 'node:http';
import autocannon from 'autocannon';
import type { ReportSearchDocument } from '../../pipelines/index/to-search-document.js';
import { freePort, outputTail, type ManagedProcess } from '../../services/stack/processes.js';
import { spawnService } from '../../services/stack/stack.js';
import { meiliCount, type BenchStack } from './bench-stack.js';
import { onCleanup } from './cleanup.js';
import { generatedSearchDocument } from './generated-documents.js';
import { LEGACY_SETTINGS, legacyDocuments, legacyRequest } from './legacy-search.js';

export type Params = Record<string, string>;

/** The query mix: plain full-text, and filtered (the API's filters, with and without text). */
export const QUERY_MIX: Params[] = [
  ...[
    'styrgrupp',
    'landsbygd',
    'samverkan',
    'kompetensförsörjning',
    'digitalisering',
    'besöksnäring',
    'näringsliv',
    'innovation',
    'entreprenörskap',
    'styrgrupp landsbygd',
    'samverkan mellan kommuner',
    'Kiruna',
    'Region Dalarna',
    'företagsklimat',
    'affärsutveckling',
    'kommun',
  ].map((q) => ({ q })),
  { q: 'styrgrupp landsbygd', county: 'Dalarnas län', yearFrom: '2014', limit: '10' },
  { q: 'samverkan', documentType: 'final_report' },
  { q: 'innovation', yearFrom: '2012', yearTo: '2018' },
  { q: 'kompetensförsörjning', budgetMin: '1000000', budgetMax: '5000000' },
  { q: 'näringsliv', municipality: 'Kiruna' },
  { q: 'besöksnäring', county: 'Norrbottens län', documentType: 'evaluation' },
  { q: 'digitalisering', owner: 'Ludvika kommun' },
  { owner: 'Ludvika kommun', documentType: 'final_report' },
  { municipality: 'Kiruna', budgetMin: '1000000', budgetMax: '5000000' },
  { county: 'Västerbottens län', yearFrom: '2016', yearTo: '2020' },
  { q: 'entreprenörskap', budgetMin: '10000000' },
  { q: 'affärsutveckling', county: 'Stockholms län', yearTo: '2015' },
];

/** Facets asked in the faceted runs: API names (when the API has `facets`) and the index attributes behind them. */
export const API_FACETS = 'county,documentType,theme,municipality';
export const INDEX_FACETS = ['county', 'documentType', 'themes', 'municipalities'];

/** One index variant as filled: its wall time and what it added to Meilisearch's database. */
export interface FillResult {
  wallS: number;
  /** Growth of Meilisearch's used database size (GET /stats usedDatabaseSize) while it was filled, per report. */
  bytesPerReport: number;
}

/** Where the earlier index (bench/lib/legacy-search.ts) lives: the stack's index uids with `legacy_` after the prefix. */
export const legacyUid = (stack: BenchStack, uid: string) => uid.replace(stack.indexPrefix, `${stack.indexPrefix}legacy_`);

async function meiliJson(stack: BenchStack, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(new URL(path, stack.services.meiliUrl), {
    method,
    headers: { Authorization: `Bearer ${stack.services.meiliMasterKey}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

async function waitTask(stack: BenchStack, task: Record<string, unknown>): Promise<void> {
  for (;;) {
    const t = await meiliJson(stack, 'GET', `/tasks/${task.taskUid as number}`);
    if (t.status === 'succeeded') return;
    if (t.status === 'failed' || t.status === 'canceled') throw new Error(`Meilisearch task ${t.uid}: ${JSON.stringify(t.error)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const usedBytes = async (stack: BenchStack) => (await meiliJson(stack, 'GET', '/stats')).usedDatabaseSize as number;

/**
 * Fills the stack's indexes with `count` reports without the pipeline: the corpus generator's page texts
 * (what pdf-parse reads from its PDFs) → extractRecord → toSearchDocument, built once; then the same documents
 * go, 1 000 per write, first into the earlier index (legacy_, with its settings and folded copies), then through
 * SearchIndex.upsertReports into the current one. Each fill is timed and its database growth measured.
 */
export async function fillQueryIndex(
  stack: BenchStack,
  count: number,
  seed: number,
  progress: (s: string) => void,
): Promise<{ docs: number; wallS: number; legacy: FillResult; lean: FillResult }> {
  const docs: ReportSearchDocument[] = [];
  for (let n = 0; n < count; n++) {
    docs.push(generatedSearchDocument(seed, n));
    if ((n + 1) % 2000 === 0) progress(`  ${n + 1}/${count} records extracted`);
  }
  const batches = Array.from({ length: Math.ceil(count / 1000) }, (_, i) => docs.slice(i * 1000, (i + 1) * 1000));
  const fill = async (write: (batch: ReportSearchDocument[]) => Promise<void>): Promise<FillResult> => {
    const before = await usedBytes(stack);
    const t0 = performance.now();
    for (const b of batches) await write(b);
    return { wallS: (performance.now() - t0) / 1000, bytesPerReport: ((await usedBytes(stack)) - before) / count };
  };

  const uids = { reports: legacyUid(stack, stack.search.uids.reports), lessons: legacyUid(stack, stack.search.uids.lessons) };
  for (const kind of ['reports', 'lessons'] as const) {
    await waitTask(stack, await meiliJson(stack, 'POST', '/indexes', { uid: uids[kind], primaryKey: 'id' }));
    await waitTask(stack, await meiliJson(stack, 'PATCH', `/indexes/${uids[kind]}/settings`, LEGACY_SETTINGS[kind]));
  }
  progress('  filling the earlier index (folded copies, stop words, swe/eng text)');
  const legacy = await fill(async (batch) => {
    const d = legacyDocuments(batch);
    const a = await meiliJson(stack, 'POST', `/indexes/${uids.reports}/documents`, d.reports);
    const b = await meiliJson(stack, 'POST', `/indexes/${uids.lessons}/documents`, d.lessons);
    await waitTask(stack, a);
    await waitTask(stack, b);
  });
  progress('  filling the current index');
  const lean = await fill((batch) => stack.search.upsertReports(batch));
  for (const uid of [stack.search.reportsUid, uids.reports]) {
    const n = await meiliCount(stack, uid);
    if (n !== count) throw new Error(`query index ${uid} holds ${n} reports, expected ${count}`);
  }
  return { docs: count, wallS: lean.wallS, legacy, lean };
}

export interface LoadResult {
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  reqPerS: number;
  requests: number;
  errors: number;
  non2xx: number;
}

export async function load(url: string, requests: autocannon.Request[], connections: number, duration: number): Promise<LoadResult> {
  const r = await autocannon({ url, connections, duration, requests, timeout: 30 });
  return {
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    meanMs: r.latency.mean,
    reqPerS: r.requests.average,
    requests: r.requests.total ?? r['2xx'],
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

export interface Recorded {
  method: string;
  path: string;
  body: string;
}

/** A pass-through proxy to Meilisearch that records search requests. */
async function recordingProxy(target: string): Promise<{ url: string; taken: Recorded[]; close: () => Promise<void> }> {
  const taken: Recorded[] = [];
  const t = new URL(target);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (/\/search$|\/multi-search$/.test(req.url ?? ''))
        taken.push({ method: req.method ?? 'POST', path: req.url ?? '/', body: body.toString('utf8') });
      const up = http.request(
        { host: t.hostname, port: t.port, method: req.method, path: req.url, headers: { ...req.headers, host: t.host } },
        (ur) => {
          res.writeHead(ur.statusCode ?? 502, ur.headers);
          ur.pipe(res);
        },
      );
      up.on('error', () => res.destroy());
      up.end(body);
    });
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${port}`, taken, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export async function startApi(
  stack: BenchStack,
  meiliUrl: string,
): Promise<{ base: string; proc: ManagedProcess; stop: () => Promise<void> }> {
  const port = await freePort();
  // No rate limit for the load test (LARDOM_RATE_LIMIT=0 turns it off); everything else as configured.
  const proc = await spawnService('api', {
    ...stack.env,
    MEILI_URL: meiliUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LARDOM_RATE_LIMIT: '0',
  });
  const stop = onCleanup('api process', () => proc.stop(10_000));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (proc.child.exitCode !== null || Date.now() > deadline) throw new Error(`API did not start:\n${outputTail(proc)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, proc, stop };
}

/** The API's search path for one query. */
export const apiPath = (p: Params) => `/api/v1/search?${new URLSearchParams(p)}`;
/** Reads may need a key (roles); the stack's key is sent with every API request either way. */
export const apiHeadersOf = (stack: BenchStack) => ({ Authorization: `Bearer ${stack.env.LARDOM_API_KEY ?? ''}` });
export const meiliHeaders = (stack: BenchStack) => ({
  Authorization: `Bearer ${stack.services.meiliMasterKey}`,
  'Content-Type': 'application/json',
});

/**
 * Starts an API process that talks to Meilisearch through a recording proxy; `use` asks it queries, each
 * `record(p)` returning the Meilisearch requests that query made. Both are stopped before this resolves.
 */
export async function recordingApi<T>(
  stack: BenchStack,
  use: (api: { base: string; record: (p: Params) => Promise<Recorded[]> }) => Promise<T>,
): Promise<T> {
  const proxy = await recordingProxy(stack.services.meiliUrl);
  const undoProxy = onCleanup('recording proxy', proxy.close);
  const recApi = await startApi(stack, proxy.url);
  try {
    return await use({
      base: recApi.base,
      record: async (p) => {
        const before = proxy.taken.length;
        const res = await fetch(`${recApi.base}${apiPath(p)}`, { headers: apiHeadersOf(stack) });
        if (!res.ok) throw new Error(`API ${apiPath(p)}: ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
        return proxy.taken.slice(before);
      },
    });
  } finally {
    await recApi.stop();
    await undoProxy();
  }
}

export interface QueryResult {
  docs: number;
  fillS: number;
  connections: number;
  durationS: number;
  queries: number;
  /** Meilisearch requests the API made per query (recorded). */
  meiliRequestsPerQuery: number;
  apiHasFacets: boolean;
  api: LoadResult;
  direct: LoadResult;
  apiFaceted: LoadResult | null;
  directFaceted: LoadResult;
  /** The same requests as the earlier API made them, against the earlier index, in the same run. */
  legacy: LoadResult;
  legacyFaceted: LoadResult;
  fill: { legacy: FillResult; lean: FillResult };
}

/** Records what the API sends for each query, then runs autocannon against the API and against Meilisearch. */
export async function runQueryBench(
  stack: BenchStack,
  opts: {
    connections: number;
    durationS: number;
    warmupS: number;
    docs: number;
    fillS: number;
    fill: { legacy: FillResult; lean: FillResult };
    progress: (s: string) => void;
  },
): Promise<QueryResult> {
  const meili = stack.services.meiliUrl;
  const headers = meiliHeaders(stack);
  const path = apiPath;
  const apiHeaders = apiHeadersOf(stack);

  // 1. Record the Meilisearch requests behind every API query (and learn whether the API takes facets).
  const { plain, faceted, apiHasFacets } = await recordingApi(stack, async ({ record, base }) => {
    const plain: Recorded[] = [];
    for (const p of QUERY_MIX) plain.push(...(await record(p)));
    const probe = await fetch(`${base}${path({ q: 'samverkan', facets: API_FACETS })}`, { headers: apiHeaders });
    await probe.arrayBuffer();
    const apiHasFacets = probe.ok;
    const faceted: Recorded[] = [];
    if (apiHasFacets) for (const p of QUERY_MIX) faceted.push(...(await record({ ...p, facets: API_FACETS })));
    else {
      // No facets in the API: add them to the recorded requests for a direct-only faceted run.
      for (const r of plain) faceted.push({ ...r, body: JSON.stringify({ ...(JSON.parse(r.body) as object), facets: INDEX_FACETS }) });
    }
    return { plain, faceted, apiHasFacets };
  });

  // 2. Load: the API (talking to Meilisearch directly) and the recorded requests straight to Meilisearch.
  const api = await startApi(stack, meili);
  const toReq = (rs: Recorded[]): autocannon.Request[] => rs.map((r) => ({ method: r.method, path: r.path, headers, body: r.body }));
  // The earlier API's requests: the same searches with every field returned and the body cropped, on the earlier index.
  const toLegacy = (rs: Recorded[]): autocannon.Request[] =>
    rs.map((r) => ({
      method: r.method,
      path: r.path.replace(`/indexes/${stack.indexPrefix}`, `/indexes/${stack.indexPrefix}legacy_`),
      headers,
      body: legacyRequest(r.body, (uid) => legacyUid(stack, uid)),
    }));
  const run = async (label: string, url: string, reqs: autocannon.Request[]) => {
    if (opts.warmupS > 0) await load(url, reqs, opts.connections, opts.warmupS);
    opts.progress(`  ${label}: ${opts.connections} connections for ${opts.durationS} s`);
    return load(url, reqs, opts.connections, opts.durationS);
  };
  const apiPlain: autocannon.Request[] = QUERY_MIX.map((p) => ({ method: 'GET', path: path(p), headers: apiHeaders }));
  // The earlier and the current index take turns, so that load from elsewhere on the machine falls on both.
  const legacy = await run('direct Meilisearch, earlier index and requests', meili, toLegacy(plain));
  const direct = await run('direct Meilisearch', meili, toReq(plain));
  const apiRes = await run('API', api.base, apiPlain);
  const legacyFaceted = await run('direct Meilisearch, earlier index and requests, faceted', meili, toLegacy(faceted));
  const directFaceted = await run('direct Meilisearch, faceted', meili, toReq(faceted));
  const apiFaceted = apiHasFacets
    ? await run(
        'API, faceted',
        api.base,
        QUERY_MIX.map((p) => ({ method: 'GET', path: path({ ...p, facets: API_FACETS }), headers: apiHeaders })),
      )
    : null;
  await api.stop();
  return {
    docs: opts.docs,
    fillS: opts.fillS,
    connections: opts.connections,
    durationS: opts.durationS,
    queries: QUERY_MIX.length,
    meiliRequestsPerQuery: plain.length / QUERY_MIX.length,
    apiHasFacets,
    api: apiRes,
    direct,
    apiFaceted,
    directFaceted,
    legacy,
    legacyFaceted,
    fill: opts.fill,
  };
}
