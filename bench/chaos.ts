/**
 * The chaos suite: documents go through the real stack (redis-server, Meilisearch, worker processes) while a
 * fault is injected, and every document is accounted for: indexed exactly once, failed with its code, or lost.
 *
 *   npm run chaos                      # every scenario, 150 documents each
 *   npm run chaos -- --docs 40 --scenario redis-kill
 *
 * Scenarios: workers killed with SIGKILL again and again mid-batch; Redis killed with SIGKILL and restarted
 * (append-only file on, as the local stack runs it); Meilisearch frozen with SIGSTOP, then thawed.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Archive } from '../shared/archive.js';
import { DocumentStore } from '../shared/clients/document-store.js';
import { closeQueues, createQueues } from '../shared/clients/queues.js';
import { createRedis, waitForRedis } from '../shared/clients/redis.js';
import { SearchIndex } from '../shared/clients/search-index.js';
import { submitStaged } from '../shared/queues/submit.js';
import { type FuzzResult, fuzzApi } from './fuzz-api.js';
import { freePort, type ManagedProcess } from '../services/stack/processes.js';
import { waitFor } from '../shared/wait-for.js';
import { startLocalRedis } from '../services/stack/redis-server.js';
import { PROJECT_ROOT, serviceEnv, spawnService, startBackingServices } from '../services/stack/stack.js';

export const SCENARIOS = ['worker-kill', 'redis-kill', 'meili-freeze'] as const;
/** Not a fault of a service: 1,000 fuzzed requests to the API of a running stack (bench/fuzz-api.ts). */
export const FUZZ = 'api-fuzz';
export type Scenario = (typeof SCENARIOS)[number];

export interface ChaosOptions {
  docs: number;
  /** How long Meilisearch stays frozen. */
  freezeMs: number;
  /** How many times a worker is killed. */
  workerKills: number;
  /** Longest wait for every document to reach a final state after the fault. */
  settleMs: number;
  say?: (m: string) => void;
}

export interface ChaosResult {
  scenario: Scenario;
  submitted: number;
  indexedOnce: number;
  failed: Record<string, number>;
  lost: number;
  duplicated: number;
  /** Reports in Meilisearch, against the documents indexed. */
  inSearch: number;
  seconds: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Distinct documents from the project's report fixtures: a trailing PDF comment changes the bytes, not the text. */
async function makeDocuments(dir: string, n: number): Promise<string[]> {
  const src = path.join(PROJECT_ROOT, 'test', 'fixtures', 'reports');
  const pdfs = (await fs.readdir(src)).filter((f) => f.endsWith('.pdf')).sort();
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const f = pdfs[i % pdfs.length]!;
    const file = path.join(dir, `${i}-${f}`);
    await fs.writeFile(file, Buffer.concat([await fs.readFile(path.join(src, f)), Buffer.from(`\n%chaos ${i}\n`)]));
    out.push(file);
  }
  return out;
}

/** Runs one scenario on a stack of its own and accounts for every document. */
export async function runScenario(scenario: Scenario, opts: ChaosOptions): Promise<ChaosResult> {
  const say = opts.say ?? (() => undefined);
  const started = Date.now();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `lardom-chaos-${scenario}-`));
  const services = await startBackingServices({ dataDir, persist: true });
  const prefix = `c${randomBytes(3).toString('hex')}`;
  const env = {
    ...serviceEnv(services, { dataDir, apiKey: randomBytes(8).toString('hex'), prefix }),
    // A short lock, so a killed worker's jobs are taken up again within seconds.
    LARDOM_JOB_LOCK_MS: '2000',
    LARDOM_INDEX_BATCH_MS: '100',
    LARDOM_OCR: 'off',
  };
  const redis = createRedis(services.redisUrl, 'producer', 'chaos');
  redis.on('error', () => undefined);
  const workers: ManagedProcess[] = [];
  const queues = createQueues(redis, prefix);
  // Redis going away is the point of one scenario: the queues' connection errors are expected.
  for (const q of Object.values(queues)) q.on('error', () => undefined);
  try {
    await waitForRedis(redis);
    const search = new SearchIndex(services.meiliUrl, services.meiliMasterKey, `${prefix}_`);
    await search.ensureIndexes();
    const archive = new Archive(dataDir);
    await archive.init();
    const documents = new DocumentStore(redis, prefix);
    const files = await makeDocuments(await fs.mkdtemp(path.join(dataDir, 'in-')), opts.docs);
    for (let i = 0; i < 2; i++) workers.push(await spawnService('worker', env));

    const ids: string[] = [];
    for (const f of files) {
      const staged = await archive.stageFile(f, 50 * 1024 * 1024);
      ids.push((await submitStaged({ archive, documents, queues }, staged, path.basename(f), 'cli')).id);
    }
    say(`  ${scenario}: ${ids.length} submitted`);

    // Statuses as the documents move; a Redis that is down answers nothing for a while.
    const finals = async () => {
      const states = await documents.getMany(ids).catch(() => null);
      return states ? states.filter((s) => s?.status === 'indexed' || s?.status === 'failed').length : -1;
    };
    const untilFinal = async (atLeast: number, ms: number) => {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline) {
        if ((await finals()) >= atLeast) return true;
        await sleep(200);
      }
      return false;
    };

    // The fault strikes mid-run: once some documents are through and most are not.
    if (scenario === 'worker-kill') {
      // Kill after kill while the batch moves: each once another few documents are through.
      const step = Math.max(1, Math.floor(ids.length / (opts.workerKills * 3)));
      for (let k = 0; k < opts.workerKills; k++) {
        await untilFinal(Math.min(ids.length - 1, 1 + k * step), opts.settleMs);
        const victim = workers.shift()!;
        victim.child.kill('SIGKILL');
        await victim.exited;
        workers.push(await spawnService('worker', env));
        say(`  ${scenario}: worker killed (${k + 1}/${opts.workerKills}), ${await finals()} final`);
      }
    } else if (scenario === 'redis-kill') {
      await untilFinal(Math.max(1, Math.floor(ids.length * 0.15)), opts.settleMs);
      const local = services.started.redis!;
      const port = Number(new URL(local.url).port);
      const before = await finals();
      local.process.child.kill('SIGKILL');
      await local.process.exited;
      say(`  ${scenario}: redis killed at ${before} final`);
      await sleep(2_000);
      const again = await startLocalRedis({ dir: path.join(dataDir, 'redis'), persist: true, port });
      services.started.redis = again;
      say(`  ${scenario}: redis restarted`);
    } else {
      await untilFinal(Math.max(1, Math.floor(ids.length * 0.15)), opts.settleMs);
      const pid = services.started.meili!.process.child.pid!;
      process.kill(pid, 'SIGSTOP');
      say(`  ${scenario}: meilisearch frozen for ${opts.freezeMs} ms`);
      await sleep(opts.freezeMs);
      process.kill(pid, 'SIGCONT');
      say(`  ${scenario}: meilisearch thawed`);
    }
    await untilFinal(ids.length, opts.settleMs);

    const states = await documents.getMany(ids);
    const indexed = ids.filter((_, i) => states[i]?.status === 'indexed');
    const failed: Record<string, number> = {};
    for (const s of states) if (s?.status === 'failed') failed[s.error?.code ?? 'unknown'] = (failed[s.error?.code ?? 'unknown'] ?? 0) + 1;
    const lost = states.filter((s) => !s || (s.status !== 'indexed' && s.status !== 'failed')).length;
    // Each indexed document once in the index: by its id, and the index holds nothing more.
    const found = await search.getReports(indexed);
    const inSearch = await search.countReports();
    const counts = new Map<string, number>();
    for (const r of found) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
    const once = indexed.filter((id) => counts.get(id) === 1).length;
    return {
      scenario,
      submitted: ids.length,
      indexedOnce: once,
      failed,
      lost,
      duplicated: [...counts.values()].filter((n) => n > 1).length + Math.max(0, inSearch - indexed.length),
      inSearch,
      seconds: Math.round((Date.now() - started) / 1000),
    };
  } finally {
    await Promise.all(workers.map((w) => w.stop(5_000)));
    await closeQueues(queues).catch(() => undefined);
    redis.disconnect();
    await services.started.meili?.stop();
    await services.started.redis?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/** 1,000 fuzzed requests to the API of a stack of its own, with one report indexed. */
export async function runFuzz(n: number, say: (m: string) => void = () => undefined): Promise<FuzzResult> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-chaos-fuzz-'));
  const services = await startBackingServices({ dataDir, persist: false });
  const prefix = `f${randomBytes(3).toString('hex')}`;
  const apiKey = randomBytes(12).toString('hex');
  const port = await freePort();
  const env = { ...serviceEnv(services, { dataDir, apiKey, prefix }), LARDOM_OCR: 'off', LARDOM_RATE_LIMIT: '0', PORT: String(port) };
  const worker = await spawnService('worker', env);
  const api = await spawnService('api', env);
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitFor('the API', async () => (await fetch(`${baseUrl}/health`)).ok, 120_000, 250);
    const form = new FormData();
    form.append(
      'file',
      new Blob([new Uint8Array(await fs.readFile(path.join(PROJECT_ROOT, 'test', 'fixtures', 'reports', 'r00014.pdf')))]),
      'r.pdf',
    );
    const up = (await (
      await fetch(`${baseUrl}/api/v1/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${apiKey}` } })
    ).json()) as {
      id: string;
    };
    say(`  ${FUZZ}: ${n} requests`);
    return await fuzzApi(baseUrl, { n, seed: Date.now() % 1e9, apiKey, secrets: [services.meiliMasterKey], knownId: up.id });
  } finally {
    await api.stop(5_000);
    await worker.stop(5_000);
    await services.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/** One line a scenario. */
export function formatResult(r: ChaosResult): string {
  const failed = Object.entries(r.failed)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  return `${r.scenario.padEnd(13)} submitted ${r.submitted}  indexed once ${r.indexedOnce}  failed ${failed || 0}  lost ${r.lost}  duplicated ${r.duplicated}  in search ${r.inSearch}  (${r.seconds} s)`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      docs: { type: 'string', default: '150' },
      scenario: { type: 'string', multiple: true },
      'freeze-ms': { type: 'string', default: '30000' },
    },
  });
  const chosen = (values.scenario?.length ? values.scenario : [...SCENARIOS, FUZZ]) as string[];
  const say = (m: string) => process.stderr.write(`${m}\n`);
  let bad = 0;
  if (chosen.includes(FUZZ)) {
    const r = await runFuzz(1000, say);
    process.stdout.write(
      `${FUZZ.padEnd(13)} requests ${r.requests}  5xx ${r.serverErrors.length}  hangs ${r.hangs.length}  escapes ${r.escapes.length}  by status ${JSON.stringify(r.byStatus)}\n`,
    );
    for (const e of [...r.serverErrors, ...r.hangs, ...r.escapes].slice(0, 20)) process.stdout.write(`  ${e}\n`);
    if (r.serverErrors.length || r.hangs.length || r.escapes.length) bad++;
  }
  for (const s of chosen.filter((c): c is Scenario => c !== FUZZ)) {
    if (!SCENARIOS.includes(s)) throw new Error(`unknown scenario ${s}; one of ${SCENARIOS.join(', ')}`);
    const r = await runScenario(s, {
      docs: Number(values.docs),
      freezeMs: Number(values['freeze-ms']),
      workerKills: 5,
      settleMs: 300_000,
      say,
    });
    process.stdout.write(`${formatResult(r)}\n`);
    if (
      r.lost ||
      r.duplicated ||
      r.indexedOnce + Object.values(r.failed).reduce((a, b) => a + b, 0) !== r.submitted ||
      r.inSearch !== r.indexedOnce
    )
      bad++;
  }
  process.exit(bad ? 1 : 0);
}
