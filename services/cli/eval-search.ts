// `npm run eval:search [-- --min 0.85] [--verbose] [--only <id,id>] [--judgments file]… [--extended] [--json file] [--no-diacritics]`
//
// Measures search relevance against the judged queries in test/fixtures/search-judgments.json (or the files given
// with --judgments, which may repeat; --extended adds test/search/judgments-extended.json to the default set):
// starts its own Redis and Meilisearch in a temporary folder (free ports, never the defaults), one
// worker, and the API in-process; ingests test/fixtures/reports through the real pipeline; runs every
// judged query through the real HTTP API; prints nDCG@10 and recall@10 per query (worst first) and
// their means. `--no-diacritics` runs only the queries with diacritics, typed without them ("Vaxjo"),
// against the same judgments. Exits 1 when --min is given and the mean nDCG@10 is below it, 2 on any other failure.
// Everything it started is stopped, and the temporary folder removed, on exit and on Ctrl-C.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/load-config.js';
import { foldDiacritics } from '../../pipelines/index/swedish-search.js';
import { Archive } from '../../shared/archive.js';
import { DocumentStore } from '../../shared/clients/document-store.js';
import { closeQueues, createQueues, type StageQueues } from '../../shared/clients/queues.js';
import { createRedis, waitForRedis, type Redis } from '../../shared/clients/redis.js';
import { SearchIndex } from '../../shared/clients/search-index.js';
import { createLogger } from '../../shared/logger.js';
import { watchParent } from '../../shared/shutdown.js';
import { createApp } from '../api/app.js';
import { outputTail, type ManagedProcess } from '../stack/processes.js';
import { PROJECT_ROOT, serviceEnv, spawnService, startBackingServices, type BackingServices } from '../stack/stack.js';
import { findDocuments, ingestFiles } from './ingest-files.js';
import { meanScores, ndcgAtK, recallAtK, worstFirst, type Judgments, type QueryScore } from './search-metrics.js';

const K = 10;
const DEFAULT_JUDGMENTS = path.join(PROJECT_ROOT, 'test/fixtures/search-judgments.json');
// Paraphrases, inflections, compounds, typos and English, written and scored before the search was tuned on them.
const EXTENDED_JUDGMENTS = path.join(PROJECT_ROOT, 'test/search/judgments-extended.json');
const say = (m: string) => process.stderr.write(`${m}\n`);
const out = (m: string) => process.stdout.write(`${m}\n`);

/** One judged query as written in the judgments file. */
export interface JudgedQuery {
  id: string;
  endpoint: 'search' | 'lessons';
  q: string;
  params?: Record<string, string | number | (string | number)[]>;
  /** "r00001" (a report) or "r00001#2" (its 2nd lesson, 1-based) -> grade 1..3. */
  relevant: Record<string, number>;
  note?: string;
}

interface JudgmentsFile {
  queries: JudgedQuery[];
}

interface Fixture {
  name: string;
  id: string;
  lessons: number;
}

/** Checks the judgments against the fixtures; returns every problem found. */
function validate(queries: JudgedQuery[], fixtures: Map<string, Fixture>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const q of queries) {
    const where = `query ${q.id ?? '(no id)'}`;
    if (!q.id) problems.push(`${where}: no id`);
    else if (ids.has(q.id)) problems.push(`${where}: duplicate id`);
    ids.add(q.id);
    if (q.endpoint !== 'search' && q.endpoint !== 'lessons') problems.push(`${where}: endpoint must be "search" or "lessons"`);
    if (typeof q.q !== 'string') problems.push(`${where}: q must be a string`);
    if (!q.relevant || Object.keys(q.relevant).length === 0) problems.push(`${where}: no relevant documents`);
    for (const [key, grade] of Object.entries(q.relevant ?? {})) {
      if (![1, 2, 3].includes(grade)) problems.push(`${where}: grade of ${key} must be 1, 2 or 3`);
      const m = /^(r\d+)(?:#(\d+))?$/.exec(key);
      const fx = m ? fixtures.get(m[1]!) : undefined;
      if (!m || !fx) problems.push(`${where}: ${key} is not a fixture (rNNNNN or rNNNNN#n)`);
      else if (q.endpoint === 'search' && m[2]) problems.push(`${where}: ${key} is a lesson, but the endpoint is search`);
      else if (q.endpoint === 'lessons' && !m[2]) problems.push(`${where}: ${key} is a report, but the endpoint is lessons`);
      else if (m[2] && (Number(m[2]) < 1 || Number(m[2]) > fx.lessons))
        problems.push(`${where}: ${fx.name} has ${fx.lessons} lessons, not ${m[2]}`);
    }
  }
  return problems;
}

/** The search URL of a judged query (filters may repeat; limit is K). */
function queryUrl(q: JudgedQuery): string {
  const sp = new URLSearchParams();
  sp.set('q', q.q);
  for (const [name, value] of Object.entries(q.params ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) sp.append(name, String(v));
  }
  sp.set('limit', String(K));
  return `/api/v1/${q.endpoint}?${sp.toString()}`;
}

const fmt = (n: number) => n.toFixed(3);
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      min: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      only: { type: 'string' },
      judgments: { type: 'string', multiple: true },
      extended: { type: 'boolean', default: false },
      reports: { type: 'string', default: path.join(PROJECT_ROOT, 'test/fixtures/reports') },
      json: { type: 'string' },
      'no-diacritics': { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const min = values.min === undefined ? null : Number(values.min);
  if (min !== null && !(min >= 0 && min <= 1)) throw new Error(`--min must be a number from 0 to 1, not "${values.min}"`);

  const files = values.judgments?.length ? values.judgments : [DEFAULT_JUDGMENTS, ...(values.extended ? [EXTENDED_JUDGMENTS] : [])];
  let queries: JudgedQuery[] = [];
  for (const f of files) queries.push(...(JSON.parse(await fs.readFile(f, 'utf8')) as JudgmentsFile).queries);
  if (values.only) {
    const only = new Set(values.only.split(','));
    queries = queries.filter((q) => only.has(q.id));
  }
  if (values['no-diacritics']) {
    queries = queries.filter((q) => foldDiacritics(q.q) !== q.q).map((q) => ({ ...q, id: `${q.id}-ascii`, q: foldDiacritics(q.q) }));
  }

  // The fixtures: name -> document id (sha256 of the bytes) and lesson count (from the truth file).
  const pdfs = await findDocuments([values.reports!]);
  const fixtures = new Map<string, Fixture>();
  for (const pdf of pdfs) {
    const name = path.basename(pdf, '.pdf');
    const id = createHash('sha256')
      .update(await fs.readFile(pdf))
      .digest('hex');
    const truth = JSON.parse(await fs.readFile(pdf.replace(/\.pdf$/, '.truth.json'), 'utf8').catch(() => '{}')) as {
      lessonsLearned?: unknown[];
    };
    fixtures.set(name, { name, id, lessons: truth.lessonsLearned?.length ?? Infinity });
  }
  const problems = validate(queries, fixtures);
  if (problems.length) throw new Error(`invalid judgments in ${files.join(', ')}:\n  ${problems.join('\n  ')}`);
  const nameOfId = new Map([...fixtures.values()].map((f) => [f.id, f.name]));
  const toName = (id: string) => {
    const m = /^([0-9a-f]{64})(?:-(\d+))?$/.exec(id);
    const name = m ? nameOfId.get(m[1]!) : undefined;
    return name ? (m![2] ? `${name}#${m![2]}` : name) : id.slice(0, 12);
  };
  const toId = (key: string) => {
    const [name, n] = key.split('#');
    const id = fixtures.get(name!)!.id;
    return n ? `${id}-${n}` : id;
  };

  // The stack, all of it under one temporary folder, stopped in reverse order on any exit.
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-eval-'));
  let services: BackingServices | null = null;
  let redis: Redis | null = null;
  let queues: StageQueues | null = null;
  let server: Server | null = null;
  const workers: ManagedProcess[] = [];
  let cleaning: Promise<void> | null = null;
  const cleanup = () =>
    (cleaning ??= (async () => {
      for (const w of workers.splice(0)) await w.stop(10_000).catch(() => undefined);
      if (server) await new Promise<void>((r) => server!.close(() => r()));
      if (queues) await closeQueues(queues).catch(() => undefined);
      redis?.disconnect();
      await services?.stop().catch(() => undefined);
      await fs.rm(dataDir, { recursive: true, force: true });
    })());
  const onSignal = (sig: string) => {
    say(`\neval:search: ${sig}, stopping…`);
    void cleanup().finally(() => process.exit(130));
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(sig, () => onSignal(sig));
  watchParent(() => onSignal('parent gone'));

  try {
    const started = Date.now();
    say(`eval:search: starting Redis and Meilisearch in ${dataDir}`);
    services = await startBackingServices({ dataDir, persist: false });
    const tag = randomBytes(4).toString('hex');
    const env: Record<string, string> = {
      ...serviceEnv(services, { dataDir, apiKey: randomBytes(16).toString('hex'), prefix: `e${tag}` }),
      LARDOM_INDEX_BATCH_MS: '50',
      LARDOM_RATE_LIMIT: '0',
      LARDOM_STOP_WITH_PARENT: '1',
      PORT: '0',
    };
    const config = loadConfig(env);
    redis = createRedis(services.redisUrl, 'producer', 'eval');
    await waitForRedis(redis);
    const search = new SearchIndex(services.meiliUrl, services.meiliMasterKey, config.indexPrefix);
    await search.ensureIndexes();
    const archive = new Archive(dataDir);
    await archive.init();
    queues = createQueues(redis, config.queuePrefix);
    const documents = new DocumentStore(redis, config.queuePrefix);
    const app = createApp({ config, redis, queues, archive, documents, search, log: createLogger('silent', 'eval') });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const addr = server.address();
    const baseUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const worker = await spawnService('worker', env);
    workers.push(worker);

    say(`eval:search: ingesting ${pdfs.length} reports from ${path.relative(process.cwd(), values.reports!) || '.'}`);
    const summary = await ingestFiles({ archive, documents, queues, maxBytes: config.maxUploadBytes }, pdfs, 'cli', undefined, 300_000);
    if (summary.indexed !== pdfs.length) {
      throw new Error(
        `only ${summary.indexed} of ${pdfs.length} reports were indexed: ` +
          `${summary.failures.map((f) => `${path.basename(f.file)} ${f.code}`).join(', ')}\n${outputTail(worker)}`,
      );
    }
    say(
      `eval:search: ${pdfs.length} reports indexed in ${((Date.now() - started) / 1000).toFixed(1)} s; running ${queries.length} queries`,
    );

    type Row = QueryScore & { query: JudgedQuery; top: string[]; missing: string[] };
    const rows: Row[] = [];
    for (const q of queries) {
      const url = queryUrl(q);
      const res = await fetch(`${baseUrl}${url}`);
      const text = await res.text();
      if (res.status !== 200) throw new Error(`query ${q.id}: ${url} answered ${res.status}: ${text.slice(0, 300)}`);
      const hits = (JSON.parse(text) as { hits: { id: string }[] }).hits.map((h) => h.id);
      const judgments: Judgments = Object.fromEntries(Object.entries(q.relevant).map(([key, g]) => [toId(key), g]));
      const top = hits.slice(0, K).map(toName);
      const missing = Object.keys(q.relevant).filter((key) => !top.includes(key));
      rows.push({ id: q.id, ndcg: ndcgAtK(hits, judgments, K), recall: recallAtK(hits, judgments, K), query: q, top, missing });
    }

    // The table, worst first.
    out('');
    out(`${'query'.padEnd(24)} ${'nDCG@10'.padStart(7)} ${'R@10'.padStart(5)}  ${'endpoint'.padEnd(8)} q / filters`);
    out('-'.repeat(100));
    for (const r of worstFirst(rows)) {
      const filters = Object.entries(r.query.params ?? {})
        .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('|') : v}`)
        .join(' ');
      out(
        `${clip(r.id, 24).padEnd(24)} ${fmt(r.ndcg).padStart(7)} ${fmt(r.recall).padStart(5)}  ${r.query.endpoint.padEnd(8)} ` +
          `"${r.query.q}"${filters ? ` ${filters}` : ''}`,
      );
      if (r.ndcg < 1 || values.verbose) {
        const marked = r.top.map((n) => (r.query.relevant[n] ? `${n}(${r.query.relevant[n]})` : n));
        out(`${''.padEnd(40)} got:     ${marked.join(' ') || '(nothing)'}`);
        if (r.missing.length) out(`${''.padEnd(40)} missing: ${r.missing.map((n) => `${n}(${r.query.relevant[n]})`).join(' ')}`);
      }
    }
    const mean = meanScores(rows);
    const by = (e: string) => meanScores(rows.filter((r) => r.query.endpoint === e));
    out('-'.repeat(100));
    out(`${'mean (all)'.padEnd(24)} ${fmt(mean.ndcg).padStart(7)} ${fmt(mean.recall).padStart(5)}  ${rows.length} queries`);
    for (const e of ['search', 'lessons']) {
      const n = rows.filter((r) => r.query.endpoint === e).length;
      if (n) out(`${`mean (${e})`.padEnd(24)} ${fmt(by(e).ndcg).padStart(7)} ${fmt(by(e).recall).padStart(5)}  ${n} queries`);
    }
    out('');
    out(`nDCG@10 ${fmt(mean.ndcg)}   recall@10 ${fmt(mean.recall)}   (${rows.length} queries)`);

    if (values.json) {
      await fs.writeFile(
        values.json,
        `${JSON.stringify({ k: K, mean, queries: rows.map(({ query, ...r }) => ({ ...r, endpoint: query.endpoint, q: query.q, params: query.params ?? {} })) }, null, 2)}\n`,
      );
    }
    if (min !== null && mean.ndcg < min) {
      say(`eval:search: mean nDCG@10 ${fmt(mean.ndcg)} is below --min ${min}`);
      return 1;
    }
    return 0;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    say(`eval:search: ${(err as Error).message}`);
    process.exit(2);
  },
);
