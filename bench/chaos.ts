/**
 * The chaos suite: documents go through the real stack (redis-server, Meilisearch, worker processes) while a
 * fault is injected, and every document is accounted for: indexed exactly once, failed with its code, or lost.
 *
 *   npm run chaos                      # every scenario, 150 documents each
 *   npm run chaos -- --docs 40 --scenario redis-kill
 *
 * Scenarios: workers killed with SIGKILL again and again mid-batch; Redis killed with SIGKILL and restarted
 * (append-only file on, as the local stack runs it); Meilisearch frozen with SIGSTOP, then thawed; the API
 * killed with SIGKILL while uploads stream in (clients send again what got no answer); the data disk full
 * mid-run (a small tmpfs holds the whole data dir: archive, Redis, Meilisearch; needs the right to mount).
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
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

export const SCENARIOS = ['worker-kill', 'redis-kill', 'meili-freeze', 'api-kill', 'disk-full'] as const;
/** Not a fault of a service: 1,000 fuzzed requests to the API of a running stack (bench/fuzz-api.ts). */
export const FUZZ = 'api-fuzz';
export type Scenario = (typeof SCENARIOS)[number];

export interface ChaosOptions {
  docs: number;
  /** How long Meilisearch stays frozen, and the disk full. */
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
  /** Uploads answered with an error (by code) while the fault lasted; each was sent again after it. */
  refused?: Record<string, number>;
  seconds: number;
}

/** Whether this machine lets the suite mount a small tmpfs (the disk-full scenario needs it). */
export async function canMountTmpfs(): Promise<boolean> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-mount-'));
  try {
    await exec('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]);
    await exec('umount', [dir]);
    return true;
  } catch {
    return false;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Fills the file system of `dir` to the last byte; returns the filler's path. */
async function fillDisk(dir: string): Promise<string> {
  const filler = path.join(dir, 'filler');
  const fh = await fs.open(filler, 'w');
  const block = Buffer.alloc(1 << 20);
  try {
    for (let size = block.length; size >= 512; ) {
      try {
        await fh.write(block.subarray(0, size));
      } catch {
        size >>= 1;
      }
    }
  } finally {
    await fh.close().catch(() => undefined);
  }
  return filler;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const exec = promisify(execFile);
/** The disk-full scenario's data disk: room for the services and some documents, then full. */
const DISK_MB = 96;

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
  // The whole data dir on a disk of its own, small enough to fill in a moment.
  if (scenario === 'disk-full') await exec('mount', ['-t', 'tmpfs', '-o', `size=${DISK_MB}m`, 'tmpfs', dataDir]);
  const services = await startBackingServices({ dataDir, persist: true }).catch(async (err) => {
    if (scenario === 'disk-full') await exec('umount', [dataDir]).catch(() => undefined);
    throw err;
  });
  const prefix = `c${randomBytes(3).toString('hex')}`;
  const apiKey = randomBytes(8).toString('hex');
  const env = {
    ...serviceEnv(services, { dataDir, apiKey, prefix }),
    // A short lock, so a killed worker's jobs are taken up again within seconds.
    LARDOM_JOB_LOCK_MS: '2000',
    LARDOM_INDEX_BATCH_MS: '100',
    LARDOM_OCR: 'off',
  };
  const redis = createRedis(services.redisUrl, 'producer', 'chaos');
  redis.on('error', () => undefined);
  const workers: ManagedProcess[] = [];
  let api: ManagedProcess | null = null;
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
    const refused: Record<string, number> = {};
    // The API, for the scenarios whose documents arrive as uploads.
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const startApi = async () => {
      api = await spawnService('api', { ...env, PORT: String(port), LARDOM_RATE_LIMIT: '0' });
      await waitFor('the API', async () => (await fetch(`${base}/health/ready`)).ok, 120_000, 100);
    };
    /** One upload as a client sends it: the answer's status and id, or status 0 when the connection broke. */
    const upload = async (file: string): Promise<{ status: number; id?: string; code?: string }> => {
      try {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(await fs.readFile(file))]), path.basename(file));
        const res = await fetch(`${base}/api/v1/documents`, {
          method: 'POST',
          body: form,
          headers: { authorization: `Bearer ${apiKey}` },
          signal: AbortSignal.timeout(60_000),
        });
        const body = (await res.json().catch(() => ({}))) as { id?: string; error?: { code?: string } };
        return { status: res.status, ...(body.id ? { id: body.id } : {}), ...(body.error?.code ? { code: body.error.code } : {}) };
      } catch {
        return { status: 0 };
      }
    };
    /** Uploads until the API takes the file, as a client does when a request gets no answer or a 5xx. */
    const uploadUntilTaken = async (file: string): Promise<string> => {
      const deadline = Date.now() + opts.settleMs;
      for (;;) {
        const r = await upload(file);
        if ((r.status === 200 || r.status === 202) && r.id) return r.id;
        const code = r.code ?? (r.status ? `http_${r.status}` : 'no_answer');
        refused[code] = (refused[code] ?? 0) + 1;
        if (Date.now() > deadline) throw new Error(`${path.basename(file)}: never taken (${code})`);
        await sleep(250);
      }
    };

    if (scenario === 'api-kill' || scenario === 'disk-full') await startApi();
    if (scenario === 'api-kill') {
      // Four clients upload side by side; the API is killed once a third is in, with uploads in flight.
      const queue = [...files];
      let restart: Promise<void> | null = null;
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (queue.length) {
            ids.push(await uploadUntilTaken(queue.shift()!));
            if (!restart && ids.length >= files.length / 3) {
              restart = (async () => {
                const victim = api!;
                victim.child.kill('SIGKILL');
                await victim.exited;
                say(`  ${scenario}: API killed after ${ids.length} uploads taken`);
                await startApi();
                say(`  ${scenario}: API restarted`);
              })();
            }
          }
        }),
      );
      await restart;
    } else if (scenario === 'disk-full') {
      const first = files.slice(0, Math.ceil(files.length / 2));
      for (const f of first) ids.push(await uploadUntilTaken(f));
      await untilFinalOf(documents, ids, Math.max(1, Math.floor(ids.length * 0.3)), opts.settleMs);
      const filler = await fillDisk(dataDir);
      say(`  ${scenario}: disk full`);
      // While it is full: each upload is answered (refused with its code, or taken if it still fits).
      const late: string[] = [];
      for (const f of files.slice(first.length)) {
        const r = await upload(f);
        if ((r.status === 200 || r.status === 202) && r.id) ids.push(r.id);
        else {
          const code = r.code ?? (r.status ? `http_${r.status}` : 'no_answer');
          refused[code] = (refused[code] ?? 0) + 1;
          late.push(f);
        }
      }
      await sleep(opts.freezeMs);
      await fs.rm(filler);
      say(`  ${scenario}: space freed; ${late.length} refused uploads sent again`);
      for (const f of late) ids.push(await uploadUntilTaken(f));
      // What failed on the full disk is sent through again, as an operator does (or the hourly re-queue would).
      for (let round = 0; round < 5; round++) {
        await untilFinalOf(documents, ids, ids.length, opts.settleMs);
        const failed = (await documents.getMany(ids)).filter((s) => s?.status === 'failed' && s.error?.code !== undefined);
        if (!failed.length) break;
        for (const s of failed) {
          await fetch(`${base}/api/v1/documents/${s!.id}/retry`, { method: 'POST', headers: { authorization: `Bearer ${apiKey}` } });
        }
        say(`  ${scenario}: ${failed.length} failed documents retried (${failed.map((s) => s!.error!.code).join(', ')})`);
      }
    } else {
      for (const f of files) {
        const staged = await archive.stageFile(f, 50 * 1024 * 1024);
        ids.push((await submitStaged({ archive, documents, queues }, staged, path.basename(f), 'cli')).id);
      }
    }
    say(`  ${scenario}: ${ids.length} submitted`);

    // Statuses as the documents move; a Redis that is down answers nothing for a while.
    const finals = async () => {
      const states = await documents.getMany(ids).catch(() => null);
      return states ? states.filter((s) => s?.status === 'indexed' || s?.status === 'failed').length : -1;
    };
    const untilFinal = (atLeast: number, ms: number) => untilFinalOf(documents, ids, atLeast, ms);

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
    } else if (scenario === 'meili-freeze') {
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
      ...(Object.keys(refused).length ? { refused } : {}),
      seconds: Math.round((Date.now() - started) / 1000),
    };
  } finally {
    await (api as ManagedProcess | null)?.stop(5_000);
    await Promise.all(workers.map((w) => w.stop(5_000)));
    await closeQueues(queues).catch(() => undefined);
    redis.disconnect();
    await services.started.meili?.stop();
    await services.started.redis?.stop();
    if (scenario === 'disk-full') await exec('umount', [dataDir]).catch(() => undefined);
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/** Waits until at least `atLeast` of the documents are indexed or failed (false when `ms` passes first). */
async function untilFinalOf(documents: DocumentStore, ids: string[], atLeast: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const states = await documents.getMany(ids).catch(() => null);
    if (states && states.filter((s) => s?.status === 'indexed' || s?.status === 'failed').length >= atLeast) return true;
    await sleep(200);
  }
  return false;
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
  const refused = Object.entries(r.refused ?? {})
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  return `${r.scenario.padEnd(13)} submitted ${r.submitted}  indexed once ${r.indexedOnce}  failed ${failed || 0}  lost ${r.lost}  duplicated ${r.duplicated}  in search ${r.inSearch}${refused ? `  uploads refused meanwhile: ${refused}` : ''}  (${r.seconds} s)`;
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
