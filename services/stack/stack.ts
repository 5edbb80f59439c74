import fs from 'node:fs/promises';
import path from 'node:path';
import { bundleEntry } from '../../shared/bundle-entry.js';
import { CODE_KIND, PROJECT_ROOT } from '../../shared/code-location.js';
import { meilisearchBinary, startLocalMeilisearch, type LocalMeili } from './meilisearch-server.js';
import { startProcess, type ManagedProcess } from './processes.js';
import { startLocalRedis, type LocalRedis } from './redis-server.js';

export { PROJECT_ROOT };

/** True in the compiled JavaScript under dist/ (`npm run build`), false when run from the sources or a bundle of them. */
export const COMPILED = CODE_KIND === 'compiled';

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

/** How a service process is started: Node's arguments, and which code it runs. */
export interface ServiceCommand {
  args: string[];
  /** `compiled`: dist/ build; `bundled`: the sources bundled into .cache/; `tsx`: the sources through the TypeScript loader. */
  kind: 'compiled' | 'bundled' | 'tsx';
}

const commands = new Map<string, ServiceCommand>();

/**
 * The Node arguments that start a service (`api` or `worker`), found once per process: the compiled build's
 * JavaScript, else a bundle of the sources (built on first use or when a source changed), else the sources
 * through tsx, with a warning saying why. A bundle starts without the TypeScript compiler and loader thread
 * that tsx keeps in the process for its whole life.
 */
export function serviceCommand(name: 'api' | 'worker'): ServiceCommand {
  const known = commands.get(name);
  if (known) return known;
  const entry = `services/${name}/main.ts`;
  let command: ServiceCommand;
  if (COMPILED) command = { args: [path.join(CODE_ROOT, 'services', name, 'main.js')], kind: 'compiled' };
  else {
    try {
      const file = bundleEntry({ root: PROJECT_ROOT, entry, cacheDir: path.join(PROJECT_ROOT, '.cache', name) });
      // Without --enable-source-maps: it would be passed on to the parse threads, and each would load the source
      // maps that packages ship (pdf.js's are 8 MB) and keep them. The bundle is not minified, and it names the
      // source file of each part, so a stack trace is still read against the sources.
      command = { args: [file], kind: 'bundled' };
    } catch (err) {
      process.emitWarning(
        `could not bundle the ${name} (${(err as Error).message}); it runs the TypeScript sources through tsx`,
        'BundleWarning',
      );
      command = { args: ['--import', 'tsx', path.join(PROJECT_ROOT, entry)], kind: 'tsx' };
    }
  }
  commands.set(name, command);
  return command;
}

/** Starts one of Lärdom's own services (`api` or `worker`) as a child process with the given environment. */
export async function spawnService(
  name: 'api' | 'worker',
  env: Record<string, string>,
  logFile?: string,
  nodeArgs: string[] = [],
): Promise<ManagedProcess> {
  const args = [...nodeArgs, ...serviceCommand(name).args];
  let onOutput: ((line: string) => void) | undefined;
  if (logFile) {
    await fs.mkdir(path.dirname(logFile), { recursive: true });
    const fh = await fs.open(logFile, 'a');
    onOutput = (line) => void fh.write(`${line}\n`);
  }
  // A worker's threads each get glibc malloc arenas of their own; two in all hold its peak 20-30 MB lower at the
  // same speed (BENCHMARKS.md, "Malloc arenas"). The Docker image sets the same.
  const arenas: Record<string, string> = name === 'worker' ? { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' } : {};
  return startProcess(name, process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: process.env.NODE_ENV ?? 'production', ...arenas, ...env },
    onOutput,
  });
}
