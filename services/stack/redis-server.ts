import fs from 'node:fs/promises';
import { createRedis, waitForRedis } from '../../shared/clients/redis.js';
import { freePort, outputTail, startProcess, which, type ManagedProcess } from './processes.js';

/** A redis-server the stack started. */
export interface LocalRedis {
  url: string;
  process: ManagedProcess;
  stop: () => Promise<void>;
}

/** Thrown when redis-server is not installed; the message says how to fix it. */
export class MissingRedisError extends Error {
  constructor() {
    super(
      'redis-server was not found on PATH.\n' +
        '  Install it (Debian/Ubuntu: sudo apt-get install redis-server), or\n' +
        '  point Lärdom at a running Redis with REDIS_URL=redis://host:6379.',
    );
    this.name = 'MissingRedisError';
  }
}

/**
 * Starts redis-server on a free loopback port. With `persist`, data lives under `dir` with AOF on
 * (the local stack); without, nothing touches disk (tests).
 */
export async function startLocalRedis(opts: {
  dir: string;
  persist: boolean;
  port?: number;
  env?: NodeJS.ProcessEnv;
}): Promise<LocalRedis> {
  const bin = which('redis-server', (opts.env ?? process.env).PATH);
  if (!bin) throw new MissingRedisError();
  await fs.mkdir(opts.dir, { recursive: true });
  const port = opts.port ?? (await freePort());
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--protected-mode',
    'yes',
    '--dir',
    opts.dir,
    '--daemonize',
    'no',
    '--save',
    '',
    '--appendonly',
    opts.persist ? 'yes' : 'no',
    '--appendfsync',
    'everysec',
    // BullMQ needs every key kept: never evict.
    '--maxmemory-policy',
    'noeviction',
    '--loglevel',
    'warning',
  ];
  const proc = startProcess('redis', bin, args);
  const url = `redis://127.0.0.1:${port}`;
  const probe = createRedis(url, 'producer', 'stack-probe');
  probe.on('error', () => undefined);
  try {
    await Promise.race([
      waitForRedis(probe, 30_000),
      proc.exited.then((code) => {
        throw new Error(`redis-server exited (${code}) during start:\n${outputTail(proc)}`);
      }),
    ]);
  } catch (err) {
    probe.disconnect();
    await proc.stop(1000);
    throw err;
  }
  probe.disconnect();
  return { url, process: proc, stop: () => proc.stop() };
}
