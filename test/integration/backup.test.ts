import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../shared/archive.js';
import { DocumentStore } from '../../shared/clients/document-store.js';
import { RecordVersions } from '../../shared/clients/record-versions.js';
import { createRedis, waitForRedis } from '../../shared/clients/redis.js';
import { SearchIndex } from '../../shared/clients/search-index.js';
import { startBackingServices } from '../../services/stack/stack.js';
import { FIXTURES, startTestStack, type TestStack, uploadBytes, waitForFinal } from './harness.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const cli = (script: string, args: string[], env: Record<string, string>) =>
  run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'services/cli', script), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    timeout: 300_000,
  });

describe('npm run backup / npm run restore', () => {
  let stack: TestStack;
  let tmp: string;
  const ids: string[] = [];
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-backup-'));
    stack = await startTestStack();
    await stack.startWorker();
    for (const name of ['r00009.pdf', 'r00014.pdf', 'r00021.pdf']) {
      ids.push(await uploadBytes(stack, await fs.readFile(path.join(FIXTURES, 'reports', name)), name));
    }
    await waitForFinal(stack, ids);
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it('restores every report and correction into a fresh data dir', { timeout: 600_000 }, async () => {
    const res = await fetch(`${stack.baseUrl}/api/v1/documents/${ids[1]}/record`, {
      method: 'PATCH',
      body: JSON.stringify({ owner: 'Återställda Ägaren AB' }),
      headers: { authorization: `Bearer ${stack.apiKey}`, 'content-type': 'application/json' },
    });
    expect(res.status).toBe(200);
    const lessonsBefore = await stack.search.count('lessons');
    const versionsBefore = await new RecordVersions(stack.redis, stack.config.queuePrefix).current(ids);

    const out = path.join(tmp, 'backup');
    const made = await cli('backup.ts', ['--out', out], stack.env);
    expect(made.stderr).toMatch(/Backup written to .*: 3 records, \d+ Redis keys, 3 indexed reports/);
    const manifest = JSON.parse(await fs.readFile(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.meilisearch).toEqual({ file: 'meilisearch.dump' });

    // A new machine: nothing but the backup; Redis and Meilisearch are the local ones `npm start` runs.
    const fresh = path.join(tmp, 'fresh-data');
    const restoreEnv = {
      LARDOM_DATA_DIR: fresh,
      LARDOM_QUEUE_PREFIX: stack.config.queuePrefix,
      LARDOM_INDEX_PREFIX: stack.config.indexPrefix,
    };
    const restored = await cli('restore.ts', [out], restoreEnv);
    expect(restored.stderr).toMatch(/Restored 3 records, \d+ Redis keys, 3 indexed reports/);

    const services = await startBackingServices({ dataDir: fresh, persist: true });
    const redis = createRedis(services.redisUrl, 'producer', 'test');
    try {
      await waitForRedis(redis);
      const search = new SearchIndex(services.meiliUrl, services.meiliMasterKey, stack.config.indexPrefix);
      const states = await new DocumentStore(redis, stack.config.queuePrefix).getMany(ids);
      expect(states.map((s) => s?.status)).toEqual(['indexed', 'indexed', 'indexed']);
      expect(await new RecordVersions(redis, stack.config.queuePrefix).current(ids)).toEqual(versionsBefore);
      expect((await search.getReports(ids)).map((r) => r.id).sort()).toEqual([...ids].sort());
      expect((await search.getReport(ids[1]!))?.owner).toBe('Återställda Ägaren AB');
      expect(await search.count('lessons')).toBe(lessonsBefore);
      const archive = new Archive(fresh);
      expect((await archive.readRecord(ids[1]!))?.corrections.owner?.value).toBe('Återställda Ägaren AB');
      for (const id of ids) expect(await fs.stat(archive.originalPath(id))).toBeTruthy();
    } finally {
      redis.disconnect();
      await services.stop();
    }

    // A data dir that already holds an archive is never overwritten.
    await expect(cli('restore.ts', [out], restoreEnv)).rejects.toMatchObject({
      stderr: expect.stringMatching(/is not empty: restore into a new data dir/),
    });
  });
});
