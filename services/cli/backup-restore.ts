// Backup and restore of a whole Lärdom: the archive (every original, its text and its record with the analysts'
// corrections), a Meilisearch dump, and Redis (document states, record versions, queues).
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import type { Redis } from 'ioredis';
import type { Config } from '../../config/load-config.js';
import { Archive } from '../../shared/archive.js';
import { createRedis, waitForRedis } from '../../shared/clients/redis.js';
import { SearchIndex } from '../../shared/clients/search-index.js';
import { startLocalMeilisearch } from '../stack/meilisearch-server.js';
import { startLocalRedis } from '../stack/redis-server.js';
import { readStackFile } from './stack-file.js';

export const MANIFEST = 'manifest.json';
const REDIS_FILE = 'redis.jsonl';
const MEILI_FILE = 'meilisearch.dump';

/** What a backup holds, written last: a folder without it is an unfinished backup. */
export interface BackupManifest {
  format: 1;
  createdAt: string;
  queuePrefix: string;
  indexPrefix: string;
  records: number;
  redisKeys: number;
  /** The dump file in the backup, or, for a Meilisearch on another machine, the dump's uid there. */
  meilisearch: { file: string } | { uid: string; note: string };
  indexedReports: number;
}

interface Services {
  redisUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
}

/**
 * Writes a backup of the running Lärdom into `out` (a new folder). Redis keys are copied one by one with
 * DUMP (so queues, document states and versions keep their exact form); the archive is copied file by
 * file; Meilisearch writes a dump, which is moved into the backup when it runs on this data dir.
 */
export async function backup(config: Readonly<Config>, services: Services, out: string): Promise<BackupManifest> {
  await fs.mkdir(out, { recursive: false });
  const redis = createRedis(services.redisUrl, 'producer', 'backup');
  try {
    await waitForRedis(redis);
    const search = new SearchIndex(services.meiliUrl, services.meiliMasterKey, config.indexPrefix);
    const redisKeys = await dumpRedis(redis, `${config.queuePrefix}:`, path.join(out, REDIS_FILE));
    const archiveDir = new Archive(config.archiveDir).root;
    await fs.cp(archiveDir, path.join(out, 'archive'), { recursive: true, errorOnExist: true, force: false }).catch((err) => {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    });
    let records = 0;
    for await (const _ of new Archive(out).recordIds()) records++;
    const uid = await search.createDump();
    const local = path.join(config.dataDir, 'meili', 'dumps', `${uid}.dump`);
    let meilisearch: BackupManifest['meilisearch'];
    if (await exists(local)) {
      await fs.rename(local, path.join(out, MEILI_FILE)).catch(() => fs.cp(local, path.join(out, MEILI_FILE)));
      meilisearch = { file: MEILI_FILE };
    } else {
      meilisearch = { uid, note: `Written by the Meilisearch at ${services.meiliUrl} into its dump folder as ${uid}.dump.` };
    }
    const manifest: BackupManifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      queuePrefix: config.queuePrefix,
      indexPrefix: config.indexPrefix,
      records,
      redisKeys,
      meilisearch,
      indexedReports: await search.count('reports'),
    };
    await fs.writeFile(path.join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    redis.disconnect();
  }
}

/**
 * Restores a backup into `config.dataDir` (its archive into `config.archiveDir`), which must hold no archive yet and run no stack. With the local
 * services (no REDIS_URL / MEILI_URL), Redis and Meilisearch are started on the data dir, filled, and
 * stopped; `npm start` then finds everything. With external services, keys are restored into that Redis,
 * and the index is left to `npm run reindex` (a dump can only be imported when Meilisearch starts).
 */
export async function restore(
  config: Readonly<Config>,
  from: string,
  say: (m: string) => void = () => undefined,
): Promise<{ records: number; redisKeys: number; indexedReports: number | null }> {
  const manifest = JSON.parse(await fs.readFile(path.join(from, MANIFEST), 'utf8').catch(() => 'null')) as BackupManifest | null;
  if (manifest?.format !== 1) throw new Error(`${from} is not a finished Lärdom backup (no ${MANIFEST}).`);
  if (manifest.queuePrefix !== config.queuePrefix || manifest.indexPrefix !== config.indexPrefix) {
    throw new Error(
      `The backup was made with LARDOM_QUEUE_PREFIX=${manifest.queuePrefix} and LARDOM_INDEX_PREFIX=${manifest.indexPrefix}; set the same to restore it.`,
    );
  }
  if (await readStackFile(config.dataDir))
    throw new Error(`A stack has run on ${config.dataDir} and may still: stop it, or restore into a new data dir.`);
  const archiveDir = new Archive(config.archiveDir).root;
  if ((await fs.readdir(archiveDir).catch(() => [])).length) throw new Error(`${archiveDir} is not empty: restore into a new data dir.`);

  await fs.mkdir(config.dataDir, { recursive: true });
  await fs.cp(path.join(from, 'archive'), archiveDir, { recursive: true }).catch((err) => {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  });
  let records = 0;
  for await (const _ of new Archive(config.archiveDir).recordIds()) records++;
  say(`  archive: ${records} records`);

  const localRedis = config.redisUrl ? null : await startLocalRedis({ dir: path.join(config.dataDir, 'redis'), persist: true });
  let redisKeys = 0;
  try {
    const redis = createRedis(config.redisUrl ?? localRedis!.url, 'producer', 'restore');
    try {
      await waitForRedis(redis);
      redisKeys = await restoreRedis(redis, path.join(from, REDIS_FILE));
    } finally {
      redis.disconnect();
    }
  } finally {
    await localRedis?.stop(); // its append-only file now holds the keys
  }
  say(`  Redis: ${redisKeys} keys`);

  let indexedReports: number | null = null;
  if (!config.meiliUrl && 'file' in manifest.meilisearch) {
    const meili = await startLocalMeilisearch({
      dir: path.join(config.dataDir, 'meili'),
      keyFile: path.join(config.dataDir, 'secrets', 'meili-master-key'),
      importDump: path.join(from, manifest.meilisearch.file),
    });
    try {
      indexedReports = await new SearchIndex(meili.url, meili.masterKey, config.indexPrefix).count('reports');
    } finally {
      await meili.stop();
    }
    say(`  Meilisearch: ${indexedReports} reports from the dump`);
  } else {
    say('  Meilisearch: not restored here; run "npm run reindex" once Lärdom runs, to index the restored archive.');
  }
  return { records, redisKeys, indexedReports };
}

async function dumpRedis(redis: Redis, prefix: string, file: string): Promise<number> {
  const out = createWriteStream(file);
  let n = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    for (const key of keys) {
      // Rate-limit counters and locks are not state worth keeping.
      if (key.startsWith(`${prefix}ratelimit:`) || key.startsWith(`${prefix}lock:`)) continue;
      const [value, ttl] = await Promise.all([redis.dumpBuffer(key), redis.pttl(key)]);
      if (!value) continue; // expired or deleted since the scan saw it
      const line = `${JSON.stringify({ key, ttl: Math.max(ttl, 0), value: value.toString('base64') })}\n`;
      if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
      n++;
    }
  } while (cursor !== '0');
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return n;
}

async function restoreRedis(redis: Redis, file: string): Promise<number> {
  let n = 0;
  const lines = readline.createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const { key, ttl, value } = JSON.parse(line) as { key: string; ttl: number; value: string };
    await redis.restore(key, ttl, Buffer.from(value, 'base64'), 'REPLACE');
    n++;
  }
  return n;
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}
