import type { Redis } from 'ioredis';
import type { GroupsSnapshot } from '../lessons/snapshot.js';

/**
 * Lesson groups in Redis: the snapshot (one JSON value, written whole by the groups job and read by the API,
 * which keeps the parsed copy until the version changes) and the reports changed since it was made (a set
 * the index stage and deletions add to, which the groups job takes).
 */
export class LessonGroupsStore {
  private readonly snapshotKey: string;
  private readonly versionKey: string;
  private readonly changedKey: string;
  private readonly takenKey: string;
  private cached: { version: string; snapshot: GroupsSnapshot } | null = null;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.snapshotKey = `${prefix}:lesson-groups:snapshot`;
    this.versionKey = `${prefix}:lesson-groups:version`;
    this.changedKey = `${prefix}:lesson-groups:changed`;
    this.takenKey = `${prefix}:lesson-groups:taken`;
  }

  /** Notes reports whose lessons changed (indexed, corrected or deleted). */
  async markChanged(reportIds: string[]): Promise<void> {
    if (reportIds.length) await this.redis.sadd(this.changedKey, ...reportIds);
  }

  /**
   * Takes the changed reports for one update: they move to a set of their own, so reports marked meanwhile
   * wait for the next update. Reports a failed or killed update had taken are taken again.
   */
  async take(): Promise<string[]> {
    await this.giveBack();
    const moved = await this.redis
      .multi()
      .sunionstore(this.takenKey, this.takenKey, this.changedKey)
      .del(this.changedKey)
      .smembers(this.takenKey)
      .exec();
    const members = moved?.[2]?.[1];
    return Array.isArray(members) ? (members as string[]) : [];
  }

  /** Puts the taken reports back among the changed ones (the update failed). */
  async giveBack(): Promise<void> {
    await this.redis.multi().sunionstore(this.changedKey, this.changedKey, this.takenKey).del(this.takenKey).exec();
  }

  /** How many reports wait for an update. */
  async pending(): Promise<number> {
    return this.redis.scard(this.changedKey);
  }

  /** Stores a new snapshot and forgets the reports taken for it. */
  async write(snapshot: GroupsSnapshot): Promise<void> {
    await this.redis.multi().set(this.snapshotKey, JSON.stringify(snapshot)).incr(this.versionKey).del(this.takenKey).exec();
  }

  /** The current snapshot, or null before the first; parsed once per version. */
  async read(): Promise<GroupsSnapshot | null> {
    const version = await this.redis.get(this.versionKey);
    if (!version) return null;
    if (this.cached?.version === version) return this.cached.snapshot;
    const raw = await this.redis.get(this.snapshotKey);
    if (!raw) return null;
    const snapshot = JSON.parse(raw) as GroupsSnapshot;
    this.cached = { version, snapshot };
    return snapshot;
  }
}
