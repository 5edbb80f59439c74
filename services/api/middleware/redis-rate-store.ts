import type { Redis } from 'ioredis';
import type { IncrementResponse, Options, Store } from 'express-rate-limit';

/**
 * express-rate-limit's counts in Redis, so every API replica shares one limit per key or address: a fixed
 * window per client, counted with INCR and given its expiry on the first hit of the window. Plain commands
 * (no scripts to load), so a Redis that restarts is used again at once. While Redis is unreachable the
 * limiter lets requests through (`passOnStoreError`); the routes that need Redis answer 503 themselves.
 */
export class RedisRateStore implements Store {
  private windowMs = 60_000;
  readonly localKeys = false;

  constructor(
    private readonly redis: Redis,
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  private key(k: string): string {
    return `${this.prefix}${k}`;
  }

  async increment(k: string): Promise<IncrementResponse> {
    const key = this.key(k);
    const res = await this.redis.multi().incr(key).pexpire(key, this.windowMs, 'NX').pttl(key).exec();
    if (!res || res.some(([err]) => err)) throw new Error('rate limit count failed');
    const hits = Number(res[0]![1]);
    const ttl = Number(res[2]![1]);
    return { totalHits: hits, resetTime: new Date(Date.now() + (ttl > 0 ? ttl : this.windowMs)) };
  }

  async get(k: string): Promise<{ totalHits: number; resetTime: Date | undefined } | undefined> {
    const key = this.key(k);
    const [hits, ttl] = await Promise.all([this.redis.get(key), this.redis.pttl(key)]);
    if (hits === null) return undefined;
    return { totalHits: Number(hits), resetTime: ttl > 0 ? new Date(Date.now() + ttl) : undefined };
  }

  async decrement(k: string): Promise<void> {
    await this.redis.decr(this.key(k));
  }

  async resetKey(k: string): Promise<void> {
    await this.redis.del(this.key(k));
  }
}
