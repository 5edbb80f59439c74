import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { meilisearchBinary, startLocalMeilisearch, type LocalMeili } from './meilisearch-server.js';
import { startProcess, type ManagedProcess } from './processes.js';
import { startLocalRedis, type LocalRedis } from './redis-server.js';

/** True in the compiled JavaScript under dist/ (`npm run build`), false when run from the TypeScript sources through tsx. */
export const COMPILED = !import.meta.url.endsWith('.ts');

/** Root of the project (where package.json is); the compiled build sits in its dist/ folder. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), COMPILED ? '../../..' : '../..');

/** Where the code is: the project root for the sources, dist/ for the compiled build. */
export const CODE_ROOT = COMPILED ? path.join(PROJECT_ROOT, 'dist') : PROJECT_ROOT;

/** The backing services of one stack: started here, or given by URL. */
export interface BackingServices {
  redisUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  /** Stops what this stack started (Meilisearch, then Redis); given services are left alone. */
  stop: () => Promise<void>;
  started: { redis: LocalRedis | null; meili: LocalMeili | null };
}

/**
 * Uses the given Redis/Meilisearch URLs, or starts local ones under `dataDir`
 * (`<dataDir>/redis`, `<dataDir>/meili`, master key in `<dataDir>/secrets/meili-master-key`).
 */
export async function startBackingServices(opts: {
  dataDir: string;
  persist: boolean;
  redisUrl?: string | undefined;
  meiliUrl?: string | undefined;
  meiliMasterKey?: string | undefined;
}): Promise<BackingServices> {
  // Before anything starts: a machine without the pinned Meilisearch binary gets told what to do instead.
  if (!opts.meiliUrl) meilisearchBinary();
  const redis = opts.redisUrl ? null : await startLocalRedis({ dir: path.join(opts.dataDir, 'redis'), persist: opts.persist });
  let meili: LocalMeili | null = null;
  try {
    if (!opts.meiliUrl) {
      meili = await startLocalMeilisearch({
        dir: path.join(opts.dataDir, 'meili'),
        keyFile: path.join(opts.dataDir, 'secrets', 'meili-master-key'),
      });
    } else if (!opts.meiliMasterKey) {
      throw new Error('MEILI_URL is set but MEILI_MASTER_KEY is not: give both, or neither to start a local Meilisearch.');
    }
  } catch (err) {
    await redis?.stop();
    throw err;
  }
  return {
    redisUrl: opts.redisUrl ?? redis!.url,
    meiliUrl: opts.meiliUrl ?? meili!.url,
    meiliMasterKey: opts.meiliMasterKey ?? meili!.masterKey,
    started: { redis, meili },
    stop: async () => {
      await meili?.stop();
      await redis?.stop();
    },
  };
}

/**
 * The environment an API or worker needs to run against these services, under its own queue prefix
 * and index names (`<prefix>` and `<prefix>_`), so several stacks can share one Redis or Meilisearch.
 */
export function serviceEnv(
  services: Pick<BackingServices, 'redisUrl' | 'meiliUrl' | 'meiliMasterKey'>,
  opts: { dataDir: string; apiKey: string; prefix: string },
): Record<string, string> {
  return {
    REDIS_URL: services.redisUrl,
    MEILI_URL: services.meiliUrl,
    MEILI_MASTER_KEY: services.meiliMasterKey,
    LARDOM_API_KEY: opts.apiKey,
    LARDOM_DATA_DIR: opts.dataDir,
    LARDOM_QUEUE_PREFIX: opts.prefix,
    LARDOM_INDEX_PREFIX: `${opts.prefix}_`,
    LARDOM_LOG_LEVEL: 'warn',
  };
}

/** Starts one of Lärdom's own services (`api` or `worker`) as a child process with the given environment. */
export async function spawnService(name: 'api' | 'worker', env: Record<string, string>, logFile?: string): Promise<ManagedProcess> {
  // The compiled build runs its own JavaScript; the sources go through tsx.
  const args = COMPILED
    ? [path.join(CODE_ROOT, 'services', name, 'main.js')]
    : ['--import', 'tsx', path.join(PROJECT_ROOT, 'services', name, 'main.ts')];
  let onOutput: ((line: string) => void) | undefined;
  if (logFile) {
    await fs.mkdir(path.dirname(logFile), { recursive: true });
    const fh = await fs.open(logFile, 'a');
    onOutput = (line) => void fh.write(`${line}\n`);
  }
  return startProcess(name, process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: process.env.NODE_ENV ?? 'production', ...env },
    onOutput,
  });
}
