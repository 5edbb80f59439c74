// API process: the composition root of the HTTP service.
import { loadConfig, requireServices } from '../../config/load-config.js';
import { Archive } from '../../shared/archive.js';
import { DocumentStore } from '../../shared/clients/document-store.js';
import { closeQueues, createQueues } from '../../shared/clients/queues.js';
import { createRedis } from '../../shared/clients/redis.js';
import { SearchIndex } from '../../shared/clients/search-index.js';
import { createLogger } from '../../shared/logger.js';
import { installShutdown, watchParent } from '../../shared/shutdown.js';
import { waitFor } from '../../shared/wait-for.js';
import { createApp } from './app.js';

const config = loadConfig();
requireServices(config);
const log = createLogger(config.logLevel, 'api');

const redis = createRedis(config.redisUrl, 'producer', 'api');
redis.on('error', (err) => log.warn({ err: err.message }, 'redis connection error'));
const search = new SearchIndex(config.meiliUrl, config.meiliMasterKey, config.indexPrefix);
const archive = new Archive(config.archiveDir);
await archive.init();
await waitFor('Meilisearch', () => search.healthy(), 120_000, 500);
await search.ensureIndexes();
const queues = createQueues(redis, config.queuePrefix);
const documents = new DocumentStore(redis, config.queuePrefix);

const lifecycle = { draining: false };
const app = createApp({ config, redis, queues, archive, documents, search, log, lifecycle });
const server = app.listen(config.port, config.host, () => {
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  log.info({ port, host: config.host }, 'api listening');
  // The local stack reads this line to learn the port when PORT=0.
  process.send?.({ type: 'listening', port });
});

const shutdown = installShutdown(
  [
    // Not ready first, so a load balancer stops sending requests, then the open ones finish.
    {
      name: 'drain',
      run: () => {
        lifecycle.draining = true;
        return new Promise<void>((r) => setTimeout(r, config.drainMs));
      },
    },
    { name: 'http', run: () => new Promise<void>((r) => server.close(() => r())) },
    { name: 'queues', run: () => closeQueues(queues) },
    { name: 'redis', run: () => redis.quit() },
  ],
  log,
  config.shutdownTimeoutMs,
);
if (config.stopWithParent) watchParent(() => void shutdown().then(() => process.exit(0)));
