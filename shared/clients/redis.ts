import { Redis, type RedisOptions } from 'ioredis';

/**
 * Creates an ioredis connection. The only module that imports ioredis.
 * - `worker`: BullMQ workers need `maxRetriesPerRequest: null` and keep reconnecting while Redis is down.
 * - `producer`: API and CLI fail fast instead of queueing commands while Redis is down.
 */
export function createRedis(url: string, role: 'worker' | 'producer', name: string): Redis {
  const common: RedisOptions = {
    connectionName: `lardom:${name}`,
    lazyConnect: false,
    retryStrategy: (times) => Math.min(200 * 2 ** Math.min(times, 5), 5_000),
  };
  const opts: RedisOptions =
    role === 'worker'
      ? { ...common, maxRetriesPerRequest: null, enableOfflineQueue: true }
      : { ...common, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 3_000 };
  return new Redis(url, opts);
}

/** Resolves once the connection is ready, or rejects after `timeoutMs`. */
export async function waitForRedis(redis: Redis, timeoutMs = 10_000): Promise<void> {
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Redis not ready after ${timeoutMs} ms`));
    }, timeoutMs);
    const onReady = () => {
      cleanup();
      resolve();
    };
    const cleanup = () => {
      clearTimeout(timer);
      redis.off('ready', onReady);
    };
    redis.on('ready', onReady);
  });
}

export type { Redis };
