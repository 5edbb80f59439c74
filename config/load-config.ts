import path from 'node:path';
import { envSchema } from './env.schema.js';

/** The validated, frozen configuration every part of Lärdom receives from its composition root. */
export interface Config {
  port: number;
  host: string;
  /** This process's own files (OCR cache; for the local stack also Redis, Meilisearch, logs, secrets). */
  dataDir: string;
  /** Holds `archive/` and `incoming/` (staged uploads): shared by the API and every worker. Default: the data dir. */
  archiveDir: string;
  apiKey: string | undefined;
  adminKey: string | undefined;
  readKeys: string[];
  /** Signs short-lived links to originals; undefined: generated once and kept in Redis. */
  linkSecret: string | undefined;
  linkTtlSeconds: number;
  /** Key for /metrics (the admin key also works); without one /metrics is open. */
  metricsKey: string | undefined;
  rateLimitPerMinute: number;
  corsOrigins: string[] | '*' | null;
  redisUrl: string | undefined;
  meiliUrl: string | undefined;
  meiliMasterKey: string | undefined;
  logLevel: string;
  queuePrefix: string;
  indexPrefix: string;
  maxUploadBytes: number;
  parse: {
    maxPages: number;
    timeoutMs: number;
    extractTimeoutMs: number;
    memoryMb: number;
    concurrency: number;
    /** A thread is started afresh after this many documents, or once its heap has grown by more than `recycleHeapMb` over its heap when ready (0: never). */
    recycleAfterDocs: number;
    recycleHeapMb: number;
    maxBytes: number;
    maxInflatedBytes: number;
    /** OCR of scanned pages, unless switched off (whether it is installed is found when a sandbox starts). */
    ocr: { languages: string; maxPages: number; timeoutMs: number; cacheDir: string } | null;
  };
  jobLockMs: number;
  indexBatch: { maxWaitMs: number; maxSize: number; holdMs: number };
  /** Documents an export reads at a time. */
  exportPageSize: number;
  stopWithParent: boolean;
  /** Express's `trust proxy`: false, a hop count, or addresses and subnets. */
  trustProxy: boolean | number | string;
  drainMs: number;
  /** Past this, a stop that has not finished exits anyway (docker-compose.yml gives a longer grace period). */
  shutdownTimeoutMs: number;
  /** File a worker touches while its queues run, for a container health check; none when unset. */
  heartbeatFile: string | undefined;
}

/** Thrown when the environment is invalid; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function splitList(v: string | undefined): string[] {
  return (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Reads and validates the environment once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`));
  }
  const e = parsed.data;
  const keys = [e.LARDOM_API_KEY, e.LARDOM_ADMIN_KEY, e.LARDOM_METRICS_KEY, ...splitList(e.LARDOM_READ_KEYS)].filter(Boolean);
  if (new Set(keys).size !== keys.length) {
    throw new ConfigError(['LARDOM_API_KEY, LARDOM_ADMIN_KEY, LARDOM_METRICS_KEY and LARDOM_READ_KEYS must all be different keys']);
  }
  // The link secret must be a secret of its own: never the Meilisearch master key nor any API key.
  if (e.LARDOM_LINK_SECRET && [...keys, e.MEILI_MASTER_KEY].includes(e.LARDOM_LINK_SECRET)) {
    throw new ConfigError(['LARDOM_LINK_SECRET must differ from MEILI_MASTER_KEY and every API key']);
  }
  const maxUploadBytes = e.LARDOM_MAX_UPLOAD_MB * 1024 * 1024;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.LARDOM_DATA_DIR),
    archiveDir: path.resolve(e.LARDOM_ARCHIVE_DIR ?? e.LARDOM_DATA_DIR),
    apiKey: e.LARDOM_API_KEY,
    adminKey: e.LARDOM_ADMIN_KEY,
    readKeys: Object.freeze(splitList(e.LARDOM_READ_KEYS)) as string[],
    metricsKey: e.LARDOM_METRICS_KEY,
    linkSecret: e.LARDOM_LINK_SECRET,
    linkTtlSeconds: e.LARDOM_LINK_TTL_MINUTES * 60,
    rateLimitPerMinute: e.LARDOM_RATE_LIMIT,
    corsOrigins: e.LARDOM_CORS_ORIGINS === '*' ? '*' : e.LARDOM_CORS_ORIGINS ? splitList(e.LARDOM_CORS_ORIGINS) : null,
    redisUrl: e.REDIS_URL,
    meiliUrl: e.MEILI_URL,
    meiliMasterKey: e.MEILI_MASTER_KEY,
    logLevel: e.LARDOM_LOG_LEVEL,
    queuePrefix: e.LARDOM_QUEUE_PREFIX,
    indexPrefix: e.LARDOM_INDEX_PREFIX,
    maxUploadBytes,
    parse: Object.freeze({
      maxPages: e.LARDOM_MAX_PAGES,
      timeoutMs: e.LARDOM_PARSE_TIMEOUT_MS,
      extractTimeoutMs: e.LARDOM_EXTRACT_TIMEOUT_MS,
      memoryMb: e.LARDOM_PARSE_MEMORY_MB,
      concurrency: e.LARDOM_PARSE_CONCURRENCY,
      recycleAfterDocs: e.LARDOM_PARSE_RECYCLE_DOCS,
      recycleHeapMb: e.LARDOM_PARSE_RECYCLE_HEAP_MB,
      maxBytes: maxUploadBytes,
      maxInflatedBytes: e.LARDOM_MAX_INFLATE_MB * 2 ** 20,
      ocr:
        e.LARDOM_OCR === 'off'
          ? null
          : Object.freeze({
              languages: e.LARDOM_OCR_LANGUAGES,
              maxPages: e.LARDOM_OCR_MAX_PAGES,
              timeoutMs: e.LARDOM_OCR_TIMEOUT_MS,
              cacheDir: path.join(path.resolve(e.LARDOM_DATA_DIR), 'ocr-cache'),
            }),
    }),
    jobLockMs: e.LARDOM_JOB_LOCK_MS,
    indexBatch: Object.freeze({
      maxWaitMs: e.LARDOM_INDEX_BATCH_MS,
      maxSize: e.LARDOM_INDEX_BATCH_SIZE,
      holdMs: e.LARDOM_INDEX_BATCH_HOLD_MS,
    }),
    exportPageSize: e.LARDOM_EXPORT_PAGE_SIZE,
    stopWithParent: e.LARDOM_STOP_WITH_PARENT === '1',
    trustProxy:
      e.LARDOM_TRUST_PROXY === 'false' ? false : /^\d+$/.test(e.LARDOM_TRUST_PROXY) ? Number(e.LARDOM_TRUST_PROXY) : e.LARDOM_TRUST_PROXY,
    drainMs: e.LARDOM_DRAIN_MS,
    shutdownTimeoutMs: e.LARDOM_SHUTDOWN_TIMEOUT_MS,
    heartbeatFile: e.LARDOM_HEARTBEAT_FILE ? path.resolve(e.LARDOM_HEARTBEAT_FILE) : undefined,
  });
}

/** Narrows a config to one whose service URLs are set (the API and workers need them; the local stack fills them in). */
export function requireServices(config: Readonly<Config>): asserts config is Readonly<Config> & {
  redisUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
} {
  const missing = [!config.redisUrl && 'REDIS_URL', !config.meiliUrl && 'MEILI_URL', !config.meiliMasterKey && 'MEILI_MASTER_KEY'].filter(
    Boolean,
  );
  if (missing.length) {
    throw new ConfigError(missing.map((m) => `${m}: required (npm start sets it for the local stack)`));
  }
}
