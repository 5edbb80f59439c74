// Worker process: runs every pipeline stage. Start several for more throughput; they share the queues.
import { loadConfig, requireServices } from '../../config/load-config.js';
import { Archive } from '../../shared/archive.js';
import { DocumentStore } from '../../shared/clients/document-store.js';
import { closeQueues, createQueues } from '../../shared/clients/queues.js';
import { createRedis } from '../../shared/clients/redis.js';
import { SearchIndex } from '../../shared/clients/search-index.js';
import { createLogger } from '../../shared/logger.js';
import { installShutdown, watchParent } from '../../shared/shutdown.js';
import { waitFor } from '../../shared/wait-for.js';
import { OCR_INSTALL_HINT } from '../../pipelines/parse/ocr.js';
import { ocrAvailability } from '../../pipelines/parse/create-sandbox.js';
import { requeueTransientFailures } from '../../shared/queues/requeue.js';
import { forgetAbandonedUploads, sweepStaged } from '../../shared/queues/sweep-staged.js';
import { adoptRetiredJobs } from '../../shared/queues/retired-queues.js';
import { startHeartbeat } from './heartbeat.js';
import { startWorkers } from './start-workers.js';

const config = loadConfig();
requireServices(config);
const log = createLogger(config.logLevel, 'worker');

const connection = createRedis(config.redisUrl, 'worker', 'worker');
connection.on('error', (err) => log.warn({ err: err.message }, 'redis connection error'));
const search = new SearchIndex(config.meiliUrl, config.meiliMasterKey, config.indexPrefix);
const archive = new Archive(config.archiveDir);
await archive.init();
// Workers wait for their services instead of crashing: they may start before Meilisearch is up.
await waitFor('Meilisearch', () => search.healthy(), 120_000, 500);
await search.ensureIndexes();

const queues = createQueues(connection, config.queuePrefix);
const documents = new DocumentStore(connection, config.queuePrefix);
const running = startWorkers({ config, connection, queues, archive, documents, search, log });
// Jobs an earlier version left in its per-stage queues, then staged uploads a crash left between staging and
// queueing: at start and every hour.
const sweep = () =>
  adoptRetiredJobs(connection, config.queuePrefix, queues)
    .then((moved) => moved && log.info({ moved }, 'moved jobs of retired queues into the read queue'))
    .then(() => sweepStaged(archive, queues))
    .then((removed) => removed.length && log.info({ removed: removed.length }, 'removed staged uploads left from a crash'))
    .then(() => forgetAbandonedUploads(documents, queues))
    .then((ids) => ids.length && log.info({ ids }, 'forgot uploads registered but never queued (left from a crash)'))
    .catch((err: Error) => log.warn({ err: err.message }, 'sweeping staged uploads failed'));
void sweep();
setInterval(() => void sweep(), 3600_000).unref();
// Documents that failed on a passing fault are read again by themselves, after a long backoff.
setInterval(
  () =>
    void requeueTransientFailures({ archive, documents, queues })
      .then((ids) => ids.length && log.info({ requeued: ids.length }, 're-queued documents that failed on a passing fault'))
      .catch((err: Error) => log.warn({ err: err.message }, 're-queueing failed documents failed')),
  5 * 60_000,
).unref();
const ocrOff = ocrAvailability(config.parse);
log.info({ pid: process.pid, ocr: ocrOff ? `off: ${ocrOff}` : config.parse.ocr?.languages }, 'workers started');
if (ocrOff) log.warn(`OCR is off (${ocrOff}): scanned PDFs end failed with no_text_layer. ${OCR_INSTALL_HINT}`);

// For a container's health check: fresh while Redis is connected and every stage's worker runs.
const stopHeartbeat = config.heartbeatFile
  ? startHeartbeat(
      config.heartbeatFile,
      () => connection.status === 'ready' && running.workers.every((w) => w.isRunning()),
      (err) => log.warn({ err: err.message }, 'writing the heartbeat file failed'),
    )
  : async () => undefined;

const shutdown = installShutdown(
  [
    { name: 'heartbeat', run: () => stopHeartbeat() },
    { name: 'workers', run: () => running.close() },
    { name: 'queues', run: () => closeQueues(queues) },
    { name: 'redis', run: () => connection.quit() },
  ],
  log,
  config.shutdownTimeoutMs,
);
if (config.stopWithParent) watchParent(() => void shutdown().then(() => process.exit(0)));
