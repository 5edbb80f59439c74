import type { Redis } from 'ioredis';

/** Where a document is in the pipeline. */
export type DocumentStatus = 'queued' | 'processing' | 'indexed' | 'failed';

/** The status row of one document. */
export interface DocumentState {
  id: string;
  status: DocumentStatus;
  stage: string | null;
  originalName: string | null;
  size: number | null;
  error: { code: string; message: string } | null;
  createdAt: string | null;
  updatedAt: string | null;
  /** How often the document was re-queued by itself after failing on a passing fault. */
  autoRetries?: number;
}

const SET_STAGE_UNLESS_FINAL = `
local s = redis.call('HGET', KEYS[1], 'status')
if s == 'indexed' or s == 'failed' then return 0 end
redis.call('HSET', KEYS[1], 'stage', ARGV[1], 'status', ARGV[2], 'updatedAt', ARGV[3])
return 1`;

// One step, so a process killed mid-way leaves either no row or a whole one. A row with a status but no stage is
// half of one written by an earlier version's two steps: it is completed and counts as new (its upload never
// reached a queue).
const REGISTER_IF_NEW = `
if redis.call('HEXISTS', KEYS[1], 'stage') == 1 then return 0 end
redis.call('HSET', KEYS[1], 'status', 'queued', 'stage', 'intake', 'originalName', ARGV[1], 'size', ARGV[2], 'createdAt', ARGV[3], 'updatedAt', ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[5])
return 1`;

const REQUEUE_IF_FAILED = `
if redis.call('HGET', KEYS[1], 'status') ~= 'failed' then return 0 end
redis.call('HSET', KEYS[1], 'status', 'queued', 'stage', ARGV[1], 'updatedAt', ARGV[2])
redis.call('HDEL', KEYS[1], 'errorCode', 'errorMessage')
return 1`;

/** Per-document status in Redis: a hash per document plus a sorted set of all ids by arrival. */
export class DocumentStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(id: string): string {
    return `${this.prefix}:doc:${id}`;
  }

  /**
   * Registers a new document as queued. Returns false when the id is already known: the same bytes
   * were ingested before, so this is a duplicate and must not become a second document.
   */
  async register(id: string, originalName: string, size: number): Promise<boolean> {
    const now = new Date();
    const created = await this.redis.eval(
      REGISTER_IF_NEW,
      2,
      this.key(id),
      `${this.prefix}:docs`,
      originalName,
      String(size),
      now.toISOString(),
      String(now.getTime()),
      id,
    );
    return created === 1;
  }

  /** Forgets a registration whose job could not be queued, so a later attempt starts cleanly. */
  async unregister(id: string): Promise<void> {
    await this.redis.multi().del(this.key(id)).zrem(`${this.prefix}:docs`, id).exec();
  }

  /**
   * Records progress. A document that is already indexed or failed keeps that state: a stalled job
   * of a crashed worker may run a stage again after a later stage has finished.
   */
  async setStage(id: string, stage: string, status: DocumentStatus): Promise<void> {
    await this.redis.eval(SET_STAGE_UNLESS_FINAL, 1, this.key(id), stage, status, new Date().toISOString());
  }

  async markIndexed(ids: string[]): Promise<void> {
    if (!ids.length) return;
    const now = new Date().toISOString();
    const m = this.redis.multi();
    for (const id of ids) {
      m.hset(this.key(id), { status: 'indexed', stage: 'index', updatedAt: now });
      m.hdel(this.key(id), 'errorCode', 'errorMessage');
    }
    await m.exec();
  }

  /** Puts a failed document back in the queue at `stage`; false when it is not failed (only a failure is retried). */
  async requeue(id: string, stage: string): Promise<boolean> {
    const done = await this.redis.eval(REQUEUE_IF_FAILED, 1, this.key(id), stage, new Date().toISOString());
    return done === 1;
  }

  /** Counts one automatic retry of a document (kept with it, so the retries stop after their limit). */
  async countAutoRetry(id: string): Promise<void> {
    await this.redis.hincrby(this.key(id), 'autoRetries', 1);
  }

  /** Every document's state, a batch at a time, in order of arrival. */
  async *allStates(batchSize = 500): AsyncGenerator<DocumentState[]> {
    for (let start = 0; ; start += batchSize) {
      const ids = await this.redis.zrange(`${this.prefix}:docs`, String(start), String(start + batchSize - 1));
      if (!ids.length) return;
      yield (await this.getMany(ids)).filter((s): s is DocumentState => !!s);
    }
  }

  async markFailed(id: string, stage: string, code: string, message: string): Promise<void> {
    await this.redis.hset(this.key(id), {
      status: 'failed',
      stage,
      errorCode: code,
      errorMessage: message,
      updatedAt: new Date().toISOString(),
    });
  }

  async get(id: string): Promise<DocumentState | null> {
    const h = await this.redis.hgetall(this.key(id));
    if (!h.status) return null;
    return toState(id, h);
  }

  async getMany(ids: string[]): Promise<(DocumentState | null)[]> {
    if (!ids.length) return [];
    const p = this.redis.pipeline();
    for (const id of ids) p.hgetall(this.key(id));
    const res = (await p.exec()) ?? [];
    return res.map(([err, h], i) => {
      const row = h as Record<string, string> | null;
      return err || !row?.status ? null : toState(ids[i]!, row);
    });
  }

  /** Counts of documents per status. */
  async counts(): Promise<Record<DocumentStatus, number>> {
    const ids = await this.redis.zrange(`${this.prefix}:docs`, '0', '-1');
    const out: Record<DocumentStatus, number> = { queued: 0, processing: 0, indexed: 0, failed: 0 };
    for (let i = 0; i < ids.length; i += 500) {
      for (const s of await this.getMany(ids.slice(i, i + 500))) if (s) out[s.status]++;
    }
    return out;
  }
}

function toState(id: string, h: Record<string, string>): DocumentState {
  return {
    id,
    status: h.status as DocumentStatus,
    stage: h.stage ?? null,
    originalName: h.originalName ?? null,
    size: h.size ? Number(h.size) : null,
    error: h.errorCode ? { code: h.errorCode, message: h.errorMessage ?? '' } : null,
    createdAt: h.createdAt ?? null,
    updatedAt: h.updatedAt ?? null,
    ...(h.autoRetries ? { autoRetries: Number(h.autoRetries) } : {}),
  };
}
