// A throwaway stack for one measurement: fresh redis-server and Meilisearch on free ports in a temp
// dir (persist off), worker processes started like production ones, every piece registered for cleanup.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Archive } from '../../shared/archive.js';
import { DocumentStore } from '../../shared/clients/document-store.js';
import { closeQueues, createQueues, type StageQueues } from '../../shared/clients/queues.js';
import { createRedis, waitForRedis, type Redis } from '../../shared/clients/redis.js';
import { SearchIndex } from '../../shared/clients/search-index.js';
import { outputTail, type ManagedProcess } from '../../services/stack/processes.js';
import { serviceEnv, spawnService, startBackingServices, type BackingServices } from '../../services/stack/stack.js';
import { onCleanup } from './cleanup.js';

export interface BenchStack {
  dataDir: string;
  services: BackingServices;
  redis: Redis;
  /** Environment of the workers and the API of this stack (prefixes, URLs, keys). */
  env: Record<string, string>;
  queuePrefix: string;
  indexPrefix: string;
  queues: StageQueues;
  archive: Archive;
  documents: DocumentStore;
  search: SearchIndex;
  /** Starts n worker processes; `profileDir` runs the first one under --cpu-prof (its main thread; parse threads drop the flag). */
  startWorkers: (n: number, extraEnv?: Record<string, string>, profileDir?: string) => Promise<ManagedProcess[]>;
  stopWorkers: (ws: ManagedProcess[]) => Promise<void>;
  /** A second set of queues and index under new prefixes in the same Redis/Meilisearch/archive. */
  withPrefixes: (
    suffix: string,
  ) => Promise<{ env: Record<string, string>; indexPrefix: string; queues: StageQueues; search: SearchIndex; documents: DocumentStore }>;
  stop: () => Promise<void>;
}

export async function startBenchStack(name: string, extraEnv: Record<string, string> = {}): Promise<BenchStack> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `lardom-bench-${name}-`));
  const undoDir = onCleanup(`temp dir ${dataDir}`, () => fs.rm(dataDir, { recursive: true, force: true }));
  const services = await startBackingServices({ dataDir, persist: false });
  const undoServices = onCleanup('redis + meilisearch', () => services.stop());
  const tag = randomBytes(3).toString('hex');
  const queuePrefix = `b${tag}`;
  const indexPrefix = `${queuePrefix}_`;
  const env: Record<string, string> = {
    ...serviceEnv(services, { dataDir, apiKey: randomBytes(16).toString('hex'), prefix: queuePrefix }),
    LARDOM_STOP_WITH_PARENT: '1',
    PORT: '0',
    ...extraEnv,
  };
  const redis = createRedis(services.redisUrl, 'producer', 'bench');
  const undoRedis = onCleanup('bench redis client', () => void redis.disconnect());
  await waitForRedis(redis);
  const search = new SearchIndex(services.meiliUrl, services.meiliMasterKey, indexPrefix);
  await search.ensureIndexes();
  const archive = new Archive(dataDir);
  await archive.init();
  const queues = createQueues(redis, queuePrefix);
  const undoQueues = onCleanup('bench queues', () => closeQueues(queues));
  const documents = new DocumentStore(redis, queuePrefix);
  const extraQueues: StageQueues[] = [];
  const allWorkers = new Set<ManagedProcess>();

  const stopWorkers = async (ws: ManagedProcess[]) => {
    await Promise.all(ws.map((w) => w.stop(15_000)));
    ws.forEach((w) => allWorkers.delete(w));
  };
  const undoWorkers = onCleanup('worker processes', () => stopWorkers([...allWorkers]));

  const startWorkers = async (n: number, more: Record<string, string> = {}, profileDir?: string) => {
    const ws: ManagedProcess[] = [];
    for (let i = 0; i < n; i++) {
      // Node refuses --cpu-prof in NODE_OPTIONS: the profiled worker gets it as an argument.
      const nodeArgs = i === 0 && profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
      const w = await spawnService('worker', { ...env, ...more }, undefined, nodeArgs);
      allWorkers.add(w);
      ws.push(w);
    }
    // Ready when every worker's BullMQ workers are connected to the index queue (one connection each).
    const q = more.LARDOM_QUEUE_PREFIX ? createQueues(redis, more.LARDOM_QUEUE_PREFIX) : queues;
    const deadline = Date.now() + 120_000;
    for (;;) {
      const exited = ws.find((w) => w.child.exitCode !== null);
      if (exited) throw new Error(`a worker exited while starting:\n${outputTail(exited)}`);
      const names = (await q.index.getWorkers()).length;
      if (names >= n) break;
      if (Date.now() > deadline) throw new Error(`workers not ready after 120 s:\n${ws.map(outputTail).join('\n')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    if (q !== queues) await closeQueues(q);
    return ws;
  };

  const withPrefixes = async (suffix: string) => {
    const qp = `${queuePrefix}${suffix}`;
    const ip = `${suffix}${indexPrefix}`; // not under the main prefix, so task lists stay apart
    const s = new SearchIndex(services.meiliUrl, services.meiliMasterKey, ip);
    await s.ensureIndexes();
    const q = createQueues(redis, qp);
    extraQueues.push(q);
    return {
      env: { LARDOM_QUEUE_PREFIX: qp, LARDOM_INDEX_PREFIX: ip },
      indexPrefix: ip,
      queues: q,
      search: s,
      documents: new DocumentStore(redis, qp),
    };
  };

  return {
    dataDir,
    services,
    redis,
    env,
    queuePrefix,
    indexPrefix,
    queues,
    archive,
    documents,
    search,
    startWorkers,
    stopWorkers,
    withPrefixes,
    stop: async () => {
      await undoWorkers();
      await Promise.all(extraQueues.map((q) => closeQueues(q)));
      await undoQueues();
      await undoRedis();
      await undoServices();
      await undoDir();
    },
  };
}

/** A Meilisearch task as GET /tasks lists it (the fields the benchmark reads). */
export interface MeiliTask {
  uid: number;
  indexUid: string | null;
  type: string;
  status: string;
  startedAt: string | null;
  finishedAt: string | null;
  details?: { receivedDocuments?: number; providedIds?: number };
}

/** Every document write task (additions and deletions) on the indexes whose uid starts with `indexPrefix`. */
export async function meiliTasks(stack: BenchStack, indexPrefix: string): Promise<MeiliTask[]> {
  const out: MeiliTask[] = [];
  let from: number | null = null;
  for (;;) {
    const url = new URL('/tasks', stack.services.meiliUrl);
    url.searchParams.set('types', 'documentAdditionOrUpdate,documentDeletion');
    url.searchParams.set('limit', '1000');
    if (from !== null) url.searchParams.set('from', String(from));
    const res = await fetch(url, { headers: { Authorization: `Bearer ${stack.services.meiliMasterKey}` } });
    if (!res.ok) throw new Error(`GET /tasks: ${res.status}`);
    const body = (await res.json()) as { results: MeiliTask[]; next: number | null };
    out.push(...body.results.filter((t) => t.indexUid?.startsWith(indexPrefix)));
    if (body.next === null || body.next === undefined) break;
    from = body.next;
  }
  return out;
}

/** Number of documents in one index (GET /indexes/<uid>/stats). */
export async function meiliCount(stack: BenchStack, uid: string): Promise<number> {
  const res = await fetch(new URL(`/indexes/${uid}/stats`, stack.services.meiliUrl), {
    headers: { Authorization: `Bearer ${stack.services.meiliMasterKey}` },
  });
  if (!res.ok) throw new Error(`GET /indexes/${uid}/stats: ${res.status}`);
  return ((await res.json()) as { numberOfDocuments: number }).numberOfDocuments;
}
