// Test stack: a real redis-server and a real Meilisearch on free ports, real worker processes, and
// the real Express app, all under a temporary data dir with a queue prefix and index of its own.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../config/load-config.js';
import { Archive } from '../../shared/archive.js';
import { DocumentStore } from '../../shared/clients/document-store.js';
import { closeQueues, createQueues, type StageQueues } from '../../shared/clients/queues.js';
import { createRedis, waitForRedis, type Redis } from '../../shared/clients/redis.js';
import { SearchIndex } from '../../shared/clients/search-index.js';
import { createLogger } from '../../shared/logger.js';
import { waitFor } from '../../shared/wait-for.js';
import { createApp } from '../../services/api/app.js';
import { ingestFiles } from '../../services/cli/ingest-files.js';
import { outputTail, type ManagedProcess } from '../../services/stack/processes.js';
import { serviceEnv, spawnService, startBackingServices, type BackingServices } from '../../services/stack/stack.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** Everything a test needs to drive the pipeline and look at the result. */
export interface TestStack {
  config: Readonly<Config>;
  /** The environment the stack's services run with (for spawning Lärdom's own commands against it). */
  env: Record<string, string>;
  dataDir: string;
  services: BackingServices;
  redis: Redis;
  queues: StageQueues;
  archive: Archive;
  documents: DocumentStore;
  search: SearchIndex;
  apiKey: string;
  baseUrl: string;
  workers: ManagedProcess[];
  startWorker: () => Promise<ManagedProcess>;
  stop: () => Promise<void>;
}

/** Starts the stack. `env` adds settings (e.g. a short job lock for crash tests). */
export async function startTestStack(env: Record<string, string> = {}): Promise<TestStack> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-test-'));
  const services = await startBackingServices({ dataDir, persist: false });
  const tag = randomBytes(4).toString('hex');
  const apiKey = randomBytes(16).toString('hex');
  const fullEnv: Record<string, string> = {
    ...serviceEnv(services, { dataDir, apiKey, prefix: `t${tag}` }),
    LARDOM_INDEX_BATCH_MS: '50',
    PORT: '0',
    ...env,
  };
  const config = loadConfig(fullEnv);
  const log = createLogger('silent', 'test');
  const redis = createRedis(services.redisUrl, 'producer', 'test');
  // Some tests stop Redis on purpose; the reconnect attempts are expected, not failures.
  redis.on('error', () => undefined);
  await waitForRedis(redis);
  const search = new SearchIndex(services.meiliUrl, services.meiliMasterKey, config.indexPrefix);
  await search.ensureIndexes();
  const archive = new Archive(dataDir);
  await archive.init();
  const queues = createQueues(redis, config.queuePrefix);
  const documents = new DocumentStore(redis, config.queuePrefix);
  const app = createApp({ config, redis, queues, archive, documents, search, log });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const addr = server.address();
  const baseUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;

  const workers: ManagedProcess[] = [];
  const startWorker = async () => {
    const w = await spawnService('worker', fullEnv);
    workers.push(w);
    return w;
  };

  return {
    config,
    env: fullEnv,
    dataDir,
    services,
    redis,
    queues,
    archive,
    documents,
    search,
    apiKey,
    baseUrl,
    workers,
    startWorker,
    stop: async () => {
      await Promise.all(workers.map((w) => w.stop(5_000)));
      await new Promise<void>((r) => server.close(() => r()));
      await closeQueues(queues);
      redis.disconnect();
      await services.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** GET of an API path: its status and JSON body. */
export async function apiGet(stack: TestStack, url: string): Promise<{ status: number; body: Record<string, any> }> {
  const res = await fetch(`${stack.baseUrl}${url}`);
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/**
 * Waits until the worker's lesson groups hold exactly the lessons of the index and no changed report waits
 * (as the API answers them); returns the groups shared by one project or more.
 */
export async function waitForLessonGroups(stack: TestStack, timeoutMs = 60_000): Promise<Record<string, any>[]> {
  let groups: Record<string, any>[] = [];
  await waitFor(
    'lesson groups',
    async () => {
      groups = [];
      for (let offset = 0; ; offset += 100) {
        const { body } = await apiGet(stack, `/api/v1/lessons/groups?minProjects=1&limit=100&offset=${offset}`);
        if (body.pending !== 0 || body.computedAt === null) return false;
        groups.push(...body.groups);
        if (offset + 100 >= body.total) break;
      }
      return groups.reduce((n, g) => n + g.lessons, 0) === (await stack.search.count('lessons'));
    },
    timeoutMs,
    250,
  );
  return groups;
}

/** Uploads a file through the API with the write key; returns the document id (fails unless 202). */
export async function uploadBytes(stack: TestStack, bytes: Uint8Array, name: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${stack.baseUrl}/api/v1/documents`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${stack.apiKey}` },
  });
  if (res.status !== 202) throw new Error(`upload of ${name} answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/** Waits until every id has a final status (indexed or failed); fails with the workers' output if not. */
export async function waitForFinal(stack: TestStack, ids: string[], timeoutMs = 90_000): Promise<Map<string, string>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const states = await stack.documents.getMany(ids);
    if (states.every((s) => s?.status === 'indexed' || s?.status === 'failed')) {
      return new Map(states.map((s, i) => [ids[i]!, s!.status]));
    }
    if (Date.now() > deadline) {
      const open = states.map((s, i) => `${ids[i]!.slice(0, 8)}=${s?.status}/${s?.stage}`).filter((x) => !/indexed|failed/.test(x));
      throw new Error(`not final after ${timeoutMs} ms: ${open.join(', ')}\n${stack.workers.map(outputTail).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Ingests files through the real pipeline (as `npm run ingest` does) and expects every one indexed. */
export async function ingestAll(stack: TestStack, files: string[]): Promise<void> {
  const deps = { archive: stack.archive, documents: stack.documents, queues: stack.queues, maxBytes: 50 * 1024 * 1024 };
  const summary = await ingestFiles(deps, files, 'cli');
  if (summary.indexed !== files.length) throw new Error(`${summary.indexed} of ${files.length} indexed: ${JSON.stringify(summary)}`);
}

/** Reads the truth file that sits beside a fixture PDF. */
export async function truthOf(pdf: string): Promise<Record<string, unknown>> {
  return JSON.parse(await fs.readFile(pdf.replace(/\.pdf$/, '.truth.json'), 'utf8')) as Record<string, unknown>;
}

/**
 * Writes `copies` more of every indexed report straight to the index (new ids, the project name numbered, lessons
 * with them), so searches have more hits than the fixtures give. Returns how many reports the index then holds.
 */
export async function addCopiesToIndex(stack: TestStack, copies: number): Promise<number> {
  const ids = (await stack.search.searchReports({ q: '', filter: [], limit: 1000, offset: 0, attributesToRetrieve: ['id'] })).hits.map(
    (h) => h.id,
  );
  const originals = await stack.search.getReports(ids);
  const docs = originals.flatMap((doc) =>
    Array.from({ length: copies }, (_, i) => ({
      ...doc,
      id: createHash('sha256')
        .update(`${doc.id}:${i + 1}`)
        .digest('hex'),
      projectName: `${doc.projectName ?? 'Projekt'} ${i + 2}`,
    })),
  );
  await stack.search.upsertReports(docs);
  return stack.search.count('reports');
}
