import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ReportSearchDocument } from '../../pipelines/index/to-search-document.js';
import { type Archive, parseReportId, type StoredRecord } from '../archive.js';
import { AppError } from '../errors.js';
import type { SearchIndex } from './search-index.js';

// A new version is one more than both the counter and the record's own version, so a Redis that lost
// its data never hands out a number the archive has already used.
const BUMP = `
local v = redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
local floor = tonumber(ARGV[2])
if v <= floor then
  v = floor + 1
  redis.call('HSET', KEYS[1], ARGV[1], v)
end
return v`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** How long a lock is held at most (a holder that died frees it then), and how long a caller waits for it. */
const LOCK_TTL_MS = 30_000;
const LOCK_WAIT_MS = 60_000;

/**
 * Every stored record carries a version, counted in Redis per document. Writers of a record (extraction,
 * re-extraction, an analyst's correction) take the document's lock for their read-modify-write, so none
 * overwrites another's change. Writers of the search index take the index lock, and a search document
 * older than its record's current version is dropped there: Meilisearch applies writes in the order they
 * were sent, so the newest version is always the last one written.
 */
export class RecordVersions {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private get versionsKey(): string {
    return `${this.prefix}:record-versions`;
  }

  /** Reads, changes and writes a document's record under its lock, with the next version. */
  async update(archive: Archive, id: string, change: (previous: StoredRecord | null) => StoredRecord): Promise<StoredRecord> {
    return this.locked(`record:${id}`, async () => {
      const previous = await archive.readRecord(id);
      const next = change(previous);
      next.version = await this.bump(id, previous?.version ?? 0);
      await archive.writeRecord(id, next);
      return next;
    });
  }

  /** The current version of each document (absent when it was never written or has been deleted). */
  async current(documentIds: string[]): Promise<Map<string, number>> {
    const ids = [...new Set(documentIds)];
    if (!ids.length) return new Map();
    const values = await this.redis.hmget(this.versionsKey, ...ids);
    const out = new Map<string, number>();
    ids.forEach((id, i) => {
      if (values[i] != null) out.set(id, Number(values[i]));
    });
    return out;
  }

  /** Forgets a deleted document's version. */
  async forget(id: string): Promise<void> {
    await this.redis.hdel(this.versionsKey, id);
  }

  /**
   * Writes search documents unless a newer version of their record exists; resolves once the written
   * ones are searchable. Returns the ids that were dropped as stale.
   */
  async upsert(search: SearchIndex, docs: ReportSearchDocument[]): Promise<string[]> {
    if (!docs.length) return [];
    const { written, stale } = await this.locked('index', async () => {
      const { fresh, stale } = await this.split(docs);
      return { written: fresh.length ? await search.enqueueReports(fresh) : null, stale };
    });
    await written?.();
    return stale;
  }

  /**
   * Rebuilds the index from the archive (see SearchIndex.rebuild), then, holding the index lock, rewrites
   * every report whose record changed while the rebuild read it, and only then swaps the new index in.
   */
  async rebuild(
    search: SearchIndex,
    batches: AsyncIterable<ReportSearchDocument[]>,
    reread: (documentId: string) => Promise<ReportSearchDocument[]>,
  ): Promise<number> {
    const seen = new Map<string, number>();
    async function* tracked(): AsyncGenerator<ReportSearchDocument[]> {
      for await (const batch of batches) {
        for (const d of batch) seen.set(parseReportId(d.id)?.documentId ?? d.id, d.version ?? 0);
        yield batch;
      }
    }
    return search.rebuild(tracked(), async (write, swap) =>
      this.locked('index', async () => {
        // Changed since the rebuild read them, or written after it passed them (new documents).
        const now = await this.redis.hgetall(this.versionsKey);
        const changed = Object.entries(now)
          .filter(([id, v]) => (seen.get(id) ?? -1) < Number(v))
          .map(([id]) => id);
        for (const id of changed) await write(await reread(id));
        await swap();
      }),
    );
  }

  private async split(docs: ReportSearchDocument[]): Promise<{ fresh: ReportSearchDocument[]; stale: string[] }> {
    const parentOf = (d: ReportSearchDocument) => parseReportId(d.id)?.documentId ?? d.id;
    const now = await this.current(docs.map(parentOf));
    const fresh: ReportSearchDocument[] = [];
    const stale: string[] = [];
    for (const d of docs) {
      const current = now.get(parentOf(d));
      if (current != null && (d.version ?? 0) < current) stale.push(d.id);
      else fresh.push(d);
    }
    return { fresh, stale };
  }

  private async bump(id: string, floor: number): Promise<number> {
    return Number(await this.redis.eval(BUMP, 1, this.versionsKey, id, String(floor)));
  }

  /** Runs `fn` holding a Redis lock shared by every process on this queue prefix. */
  private async locked<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const key = `${this.prefix}:lock:${name}`;
    const token = randomBytes(12).toString('hex');
    const deadline = Date.now() + LOCK_WAIT_MS;
    let pause = 5;
    while ((await this.redis.set(key, token, 'PX', LOCK_TTL_MS, 'NX')) !== 'OK') {
      if (Date.now() > deadline) throw new AppError('service_unavailable', `Waited too long for the ${name} lock.`);
      await new Promise((r) => setTimeout(r, pause));
      pause = Math.min(pause * 2, 100);
    }
    try {
      return await fn();
    } finally {
      await this.redis.eval(RELEASE, 1, key, token).catch(() => undefined);
    }
  }
}
