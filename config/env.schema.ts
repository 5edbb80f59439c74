import { z } from 'zod';

const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** Every environment variable Lärdom reads, with defaults. Nothing else reads process.env. */
export const envSchema = z.object({
  PORT: int(3000, 0).refine((p) => p <= 65535, 'must be a TCP port (0-65535)'),
  HOST: z.string().default('127.0.0.1'),
  LARDOM_DATA_DIR: z.string().default('./data'),
  /**
   * Folder of the archive (originals and their records) and of staged uploads, when it is not the data dir: the one
   * place the API and every worker must share, e.g. a network mount when workers run on several machines.
   */
  LARDOM_ARCHIVE_DIR: optionalString,
  /** Bearer key for write endpoints (upload). Without it, write endpoints refuse every request. */
  LARDOM_API_KEY: optionalString,
  /** Admin key: everything a write key may do, plus admin endpoints. */
  LARDOM_ADMIN_KEY: optionalString,
  /** Comma-separated read keys. When none is set, read endpoints are open. */
  LARDOM_READ_KEYS: optionalString,
  /**
   * Secret that signs the short-lived links to originals (GET …/original?expires=…&signature=…) handed out where read
   * keys are configured. Unset: one is generated and kept in Redis, shared by every API replica.
   */
  LARDOM_LINK_SECRET: optionalString.pipe(z.string().min(32, 'at least 32 characters').optional()),
  /** How long a signed link to an original works. */
  LARDOM_LINK_TTL_MINUTES: int(60, 1).refine((n) => n <= 7 * 24 * 60, 'at most a week (10080)'),
  /** Requests per minute per key (or per IP without a key); 0 turns the limit off. */
  LARDOM_RATE_LIMIT: int(600, 0),
  /** Comma-separated origins allowed to call the API from a browser, or "*". Unset: same origin only. */
  LARDOM_CORS_ORIGINS: optionalString,
  REDIS_URL: optionalString.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
  MEILI_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  MEILI_MASTER_KEY: optionalString,
  LARDOM_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Prefix of every BullMQ key, so several deployments (or test runs) can share one Redis. */
  LARDOM_QUEUE_PREFIX: z
    .string()
    .regex(/^[\w.-]+$/, 'letters, digits, _ . - only')
    .default('lardom'),
  /** Prefix of the Meilisearch index names ("<prefix>reports"). */
  LARDOM_INDEX_PREFIX: z
    .string()
    .regex(/^[\w-]*$/, 'letters, digits, _ - only')
    .default(''),
  LARDOM_MAX_UPLOAD_MB: int(50, 1),
  LARDOM_MAX_PAGES: int(2000, 1),
  /** What one PDF's compressed streams may inflate to (each counted as often as its pages use it). */
  LARDOM_MAX_INFLATE_MB: int(1024, 1),
  LARDOM_PARSE_TIMEOUT_MS: int(60_000, 100),
  /** Hard time limit for extracting the record of one document (runs in a sandbox thread too). */
  LARDOM_EXTRACT_TIMEOUT_MS: int(20_000, 100),
  /**
   * Which proxies in front of the API to trust for the client's address (rate limits per address):
   * `false` (none; the default), a number of hops, or a comma list of addresses or subnets.
   */
  LARDOM_TRUST_PROXY: z
    .string()
    .regex(
      /^(?:false|\d{1,2}|[0-9a-fA-F.:/]+(?:\s*,\s*[0-9a-fA-F.:/]+)*|loopback|linklocal|uniquelocal)$/,
      'false, a number of hops, or addresses/subnets',
    )
    .default('false'),
  /**
   * Key for GET /metrics (Prometheus: `authorization: { credentials: <key> }`); the admin key works too.
   * Unset: /metrics is open, like reads without read keys.
   */
  LARDOM_METRICS_KEY: optionalString,
  /** A worker touches this file every few seconds while its queues run (a container's health check reads it). */
  LARDOM_HEARTBEAT_FILE: optionalString,
  /** How long a stop may take (drain, open requests or jobs, connections) before the process exits anyway. */
  LARDOM_SHUTDOWN_TIMEOUT_MS: int(15_000, 1000),
  /** After a stop signal the API answers "not ready" this long before it closes, so a load balancer moves away. */
  LARDOM_DRAIN_MS: int(0, 0),
  /** OCR of scanned pages: `auto` reads them when poppler and Tesseract are installed, `off` never. */
  LARDOM_OCR: z.enum(['auto', 'off']).default('auto'),
  LARDOM_OCR_LANGUAGES: z
    .string()
    .regex(/^[a-z_]+(?:\+[a-z_]+)*$/, 'Tesseract language codes joined by +')
    .default('swe+eng'),
  /** Scanned pages OCR reads at most in one document. */
  LARDOM_OCR_MAX_PAGES: int(100, 1),
  /** Time OCR may take for one document, on top of the time limit for reading it. */
  LARDOM_OCR_TIMEOUT_MS: int(600_000, 1000),
  /** Heap limit of one parse sandbox thread. */
  LARDOM_PARSE_MEMORY_MB: int(512, 64),
  LARDOM_PARSE_CONCURRENCY: int(2, 1),
  /** A parse thread is started afresh after this many documents (0: never), between two documents. */
  LARDOM_PARSE_RECYCLE_DOCS: int(250, 0),
  /** A parse or extraction thread is started afresh when its heap has grown by more than this over what it held when ready, MB (0: never). */
  LARDOM_PARSE_RECYCLE_HEAP_MB: int(96, 0),
  /** How long a job's lock lives without renewal; a killed worker's jobs are picked up again after about this long. */
  LARDOM_JOB_LOCK_MS: int(30_000, 1000),
  /** Upper bound of how long the index stage waits to fill a batch. */
  LARDOM_INDEX_BATCH_MS: int(250, 0),
  LARDOM_INDEX_BATCH_SIZE: int(200, 1),
  /**
   * While the worker still reads documents (a backlog), how long an index batch that is not full may wait for more,
   * from its first document: Meilisearch spends far less per report on larger writes (400 reports cost it about
   * 3.5× as much written 20 at a time as in one write).
   */
  LARDOM_INDEX_BATCH_HOLD_MS: int(5_000, 0),
  /** Documents an export reads from Meilisearch at a time (memory per running export is about one page). */
  LARDOM_EXPORT_PAGE_SIZE: int(500, 1).refine((n) => n <= 5000, 'at most 5000'),
  /** Set by the local stack for its children: stop when the stack process goes away. */
  LARDOM_STOP_WITH_PARENT: z.enum(['0', '1']).default('0'),
});

/** Raw, validated environment. */
export type Env = z.infer<typeof envSchema>;
