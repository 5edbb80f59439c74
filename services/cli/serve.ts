// `npm start`: the whole of Lärdom on one machine. Starts Redis and Meilisearch (unless their URLs
// are given), the API and one worker, ingests the sample reports on first run, and prints where to look.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../config/load-config.js';
import { OCR_INSTALL_HINT } from '../../pipelines/parse/ocr.js';
import { ocrAvailability } from '../../pipelines/parse/create-sandbox.js';
import { Archive } from '../../shared/archive.js';
import { DocumentStore } from '../../shared/clients/document-store.js';
import { closeQueues, createQueues } from '../../shared/clients/queues.js';
import { createRedis, waitForRedis } from '../../shared/clients/redis.js';
import { watchParent } from '../../shared/shutdown.js';
import { waitFor } from '../../shared/wait-for.js';
import { loadOrCreateSecret, MissingMeilisearchError } from '../stack/meilisearch-server.js';
import { outputTail, type ManagedProcess } from '../stack/processes.js';
import { MissingRedisError } from '../stack/redis-server.js';
import { CODE_ROOT, PROJECT_ROOT, spawnService, startBackingServices, type BackingServices } from '../stack/stack.js';
import { findDocuments, ingestFiles } from './ingest-files.js';
import { ensureWebBuilt } from './web-build.js';
import { readStackFile, removeStackFile, stopStaleStack, writeStackFile } from './stack-file.js';

const say = (msg: string) => process.stderr.write(`${msg}\n`);

// Set once anything is started, so a failed start stops it again and leaves no processes behind.
let stopEverything: ((code: number) => Promise<void>) | null = null;

async function main(): Promise<void> {
  const config = loadConfig();
  const dataDir = config.dataDir;
  await fs.mkdir(dataDir, { recursive: true });
  await stopStaleStack(dataDir, say);

  say(`Lärdom: starting in ${dataDir}`);
  const services: BackingServices = await startBackingServices({
    dataDir,
    persist: true,
    redisUrl: config.redisUrl,
    meiliUrl: config.meiliUrl,
    meiliMasterKey: config.meiliMasterKey,
  });
  stopEverything = async (code) => {
    await services.stop();
    process.exit(code);
  };
  say(`  redis        ${services.started.redis ? `started at ${services.redisUrl}` : `using ${services.redisUrl}`}`);
  say(`  meilisearch  ${services.started.meili ? `started at ${services.meiliUrl}` : `using ${services.meiliUrl}`}`);

  const apiKey = config.apiKey ?? (await loadOrCreateSecret(path.join(dataDir, 'secrets', 'api-key')));
  const env: Record<string, string> = {
    REDIS_URL: services.redisUrl,
    MEILI_URL: services.meiliUrl,
    MEILI_MASTER_KEY: services.meiliMasterKey,
    LARDOM_API_KEY: apiKey,
    LARDOM_DATA_DIR: dataDir,
    LARDOM_ARCHIVE_DIR: config.archiveDir,
    PORT: String(config.port),
    HOST: config.host,
    LARDOM_LOG_LEVEL: config.logLevel,
    LARDOM_QUEUE_PREFIX: config.queuePrefix,
    LARDOM_INDEX_PREFIX: config.indexPrefix,
    LARDOM_MAX_UPLOAD_MB: String(Math.round(config.maxUploadBytes / 1024 / 1024)),
    LARDOM_STOP_WITH_PARENT: '1',
    LARDOM_SHUTDOWN_TIMEOUT_MS: String(config.shutdownTimeoutMs),
  };
  const children: ManagedProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('\nLärdom: stopping (api, worker, meilisearch, redis)…');
    // Each stops itself within its shutdown timeout; a little longer before SIGKILL.
    for (const c of children.splice(0).reverse()) await c.stop(config.shutdownTimeoutMs + 5_000);
    await services.stop();
    await removeStackFile(dataDir);
    say('Lärdom: stopped.');
    process.exit(code);
  };
  stopEverything = stopAll;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => void stopAll(0));
  // npm does not pass SIGTERM on to the script: when npm goes away, stop everything in order anyway.
  watchParent(() => void stopAll(0));

  ensureWebBuilt(say);
  const logs = path.join(dataDir, 'logs');
  const worker = await spawnService('worker', env, path.join(logs, 'worker.log'));
  children.push(worker);
  const api = await spawnService('api', env, path.join(logs, 'api.log'));
  children.push(api);
  // Every process runs in a process group of its own: if this one is killed outright, a detached watchdog
  // stops them in order (API and worker, then Meilisearch and Redis), so none is left running.
  const servers = [services.started.redis, services.started.meili].flatMap((p) => (p?.process.child.pid ? [p.process.child.pid] : []));
  spawn(
    process.execPath,
    [
      path.join(CODE_ROOT, 'services', 'stack', 'watchdog.mjs'),
      String(process.pid),
      ...[worker, api].map((c) => `app:${c.child.pid}`),
      ...servers.map((pid) => `server:${pid}`),
    ],
    { detached: true, stdio: 'ignore' },
  ).unref();
  for (const c of [worker, api]) {
    void c.exited.then((code) => {
      if (stopping) return;
      say(`Lärdom: the ${c.name} process exited (${code}). Last output:\n${outputTail(c)}\nSee ${logs}/${c.name}.log`);
      void stopAll(1);
    });
  }

  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  await waitFor('the API', async () => (await fetch(`${url}/health`)).ok, 120_000, 250);
  await writeStackFile(dataDir, {
    pid: process.pid,
    url,
    redisUrl: services.redisUrl,
    meiliUrl: services.meiliUrl,
    children: [
      ...children.map((c) => ({ name: c.name, pid: c.child.pid ?? 0 })),
      ...(services.started.redis ? [{ name: 'redis', pid: services.started.redis.process.child.pid ?? 0 }] : []),
      ...(services.started.meili ? [{ name: 'meilisearch', pid: services.started.meili.process.child.pid ?? 0 }] : []),
    ],
  });

  await ingestSamplesOnFirstRun(dataDir, services.redisUrl, config);

  say('');
  say(`Lärdom is running: ${url}`);
  say(`  Web page: ${url}/        API docs: ${url}/api/docs`);
  say(`  API key (write endpoints): ${apiKey}`);
  say(`  Health:   curl ${url}/health`);
  say(`  Search:   curl '${url}/api/v1/search?q=styrgrupp&limit=5'`);
  say(`  Upload:   curl -H 'Authorization: Bearer ${apiKey}' -F file=@report.pdf ${url}/api/v1/documents`);
  say(`  Logs:     ${logs}`);
  // Said once: without OCR, scans end failed (no_text_layer), with this hint in their message.
  const ocrMissingWhy = ocrAvailability(config.parse);
  if (ocrMissingWhy) say(`  OCR:      off, ${ocrMissingWhy}; scanned PDFs will fail no_text_layer. ${OCR_INSTALL_HINT}`);
  say('Press Ctrl-C to stop.');
}

/** On the first start of a data dir, ingests the sample reports that ship with the project. */
async function ingestSamplesOnFirstRun(dataDir: string, redisUrl: string, config: ReturnType<typeof loadConfig>): Promise<void> {
  const marker = path.join(dataDir, '.samples-ingested');
  if (await fs.stat(marker).catch(() => null)) return;
  const files = await findDocuments([path.join(PROJECT_ROOT, 'shared', 'samples')]);
  say(`Ingesting ${files.length} sample reports…`);
  const redis = createRedis(redisUrl, 'producer', 'samples');
  redis.on('error', () => undefined);
  const queues = createQueues(redis, config.queuePrefix);
  try {
    await waitForRedis(redis, 30_000);
    const summary = await ingestFiles(
      {
        archive: new Archive(config.archiveDir),
        documents: new DocumentStore(redis, config.queuePrefix),
        queues,
        maxBytes: config.maxUploadBytes,
      },
      files,
      'sample',
    );
    say(`  ${summary.indexed} indexed, ${summary.duplicates} already there, ${summary.failed} failed`);
    await fs.writeFile(marker, new Date().toISOString());
  } finally {
    await closeQueues(queues).catch(() => undefined);
    redis.disconnect();
  }
}

main().catch(async (err) => {
  if (err instanceof ConfigError || err instanceof MissingRedisError || err instanceof MissingMeilisearchError) say(err.message);
  else say(`Lärdom failed to start: ${(err as Error).stack ?? err}`);
  const stack = await readStackFile(loadConfigSafe()).catch(() => null);
  if (stack?.pid === process.pid) await removeStackFile(loadConfigSafe());
  if (stopEverything) await stopEverything(1);
  process.exit(1);
});

function loadConfigSafe(): string {
  try {
    return loadConfig().dataDir;
  } catch {
    return path.resolve('data');
  }
}
