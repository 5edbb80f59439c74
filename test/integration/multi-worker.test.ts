import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDocuments } from '../../services/cli/ingest-files.js';
import { spawnService } from '../../services/stack/stack.js';
import { PipelineMetrics } from '../../shared/metrics/pipeline-metrics.js';
import { waitFor } from '../../shared/wait-for.js';
import { FIXTURES, startTestStack, type TestStack, uploadBytes, waitForFinal } from './harness.js';

const WORKERS = 3;
const DOCS = 30;

// Workers as they run on several machines: each process has a data dir of its own, and all of them share one Redis,
// one Meilisearch and one archive dir (a network mount in production). The API stages uploads in that archive dir.
describe('three worker processes with their own data dirs and one shared archive dir', () => {
  let stack: TestStack;
  const ownDirs: string[] = [];
  let files: string[];

  beforeAll(async () => {
    // A short lock so the killed worker's jobs count as stalled within seconds. The stack's data dir is the archive
    // dir the API and every worker share.
    stack = await startTestStack({ LARDOM_JOB_LOCK_MS: '2000', LARDOM_OCR: 'off' });
    // Distinct documents from the fixtures: a trailing PDF comment changes the bytes (and so the id), not the content.
    const src = await findDocuments([path.join(FIXTURES, 'reports')]);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-multi-in-'));
    ownDirs.push(dir);
    files = [];
    for (let i = 0; i < DOCS; i++) {
      const out = path.join(dir, `${i}-${path.basename(src[i % src.length]!)}`);
      await fs.writeFile(out, Buffer.concat([await fs.readFile(src[i % src.length]!), Buffer.from(`\n%worker-share ${i}\n`)]));
      files.push(out);
    }
  });
  afterAll(async () => {
    await stack?.stop();
    await Promise.all(ownDirs.map((d) => fs.rm(d, { recursive: true, force: true })));
  });

  it('index every document exactly once, share the work and lose nothing when one is killed', { timeout: 600_000 }, async () => {
    const names: string[] = [];
    for (let i = 0; i < WORKERS; i++) {
      const own = await fs.mkdtemp(path.join(os.tmpdir(), `lardom-worker-${i}-`));
      ownDirs.push(own);
      const w = await spawnService('worker', { ...stack.env, LARDOM_DATA_DIR: own, LARDOM_ARCHIVE_DIR: stack.dataDir });
      stack.workers.push(w);
      // Each worker names itself on the jobs it takes (`processedBy`) and in its metrics.
      names.push(`${os.hostname()}:${w.child.pid}`);
    }
    // Every worker runs its queues before the first upload, so the work can spread: each reports its threads under
    // its name every few seconds once its queues' workers are started.
    const metrics = new PipelineMetrics(stack.redis, stack.config.queuePrefix);
    await waitFor(
      'three workers running',
      async () => {
        const reported = (await metrics.threads()).map((r) => r.worker);
        return names.every((n) => reported.includes(n));
      },
      180_000,
    );
    // Workers run with two malloc arenas (spawnService), as the Docker image sets it.
    const environ = await fs.readFile(`/proc/${stack.workers[0]!.child.pid}/environ`, 'utf8');
    expect(environ.split('\0')).toContain('MALLOC_ARENA_MAX=2');

    const ids: string[] = [];
    const uploading = (async () => {
      for (const f of files) ids.push(await uploadBytes(stack, await fs.readFile(f), path.basename(f)));
    })();
    // Kill the first worker with SIGKILL while it holds read jobs. It is frozen (SIGSTOP) while its jobs are looked up,
    // so that what it holds then is what the kill cuts off; those stay active under its name until their lock runs
    // out and another worker takes them.
    const [victimName] = names;
    const victim = stack.workers[0]!;
    const heldByVictim = async () => (await stack.queues.read.getActive()).filter((j) => j.processedBy === victimName).map((j) => j.id!);
    let orphans: string[] = [];
    await waitFor(
      'a read job held by the first worker',
      async () => {
        if (!(await heldByVictim()).length) return false;
        victim.child.kill('SIGSTOP');
        orphans = await heldByVictim();
        victim.child.kill(orphans.length ? 'SIGKILL' : 'SIGCONT');
        return orphans.length > 0;
      },
      180_000,
      10,
    );
    await victim.exited;
    await uploading;
    expect(new Set(ids).size).toBe(DOCS);

    await waitForFinal(stack, ids, 480_000);
    const failed = (await stack.documents.getMany(ids)).filter((s) => s?.status !== 'indexed').map((s) => s?.error);
    expect(failed).toEqual([]);
    expect(await stack.documents.counts()).toEqual({ queued: 0, processing: 0, indexed: DOCS, failed: 0 });

    // In the index once each: as many reports as documents, and their ids are the documents' ids.
    expect(await stack.search.countReports()).toBe(DOCS);
    const hits = (await stack.search.searchReports({ q: '', filter: [], limit: 1000, offset: 0, attributesToRetrieve: ['id'] })).hits;
    expect(hits.map((h) => h.id).sort()).toEqual([...ids].sort());

    // The jobs the killed worker held were finished by another worker.
    for (const id of orphans) {
      const job = await stack.queues.read.getJob(id);
      expect(await job?.getState()).toBe('completed');
      expect(job?.processedBy).not.toBe(victimName);
      expect(job?.stalledCounter).toBeGreaterThanOrEqual(1);
    }
    // More than one worker read documents to the end (the surviving two at least).
    const byWorker = new Map<string, number>();
    for (const id of ids) {
      const by = (await stack.queues.read.getJob(id))?.processedBy ?? 'unknown';
      byWorker.set(by, (byWorker.get(by) ?? 0) + 1);
    }
    expect([...byWorker.keys()].every((n) => names.includes(n))).toBe(true);
    expect([...byWorker.keys()].filter((n) => n !== victimName).length).toBe(WORKERS - 1);

    // Everything shared went to the shared archive dir; the workers' own data dirs hold no archive and no uploads.
    let records = 0;
    for await (const _ of stack.archive.recordIds()) records++;
    expect(records).toBe(DOCS);
    for (const own of ownDirs.slice(1)) {
      const entries = await fs.readdir(own);
      expect(entries).not.toContain('archive');
      expect(entries).not.toContain('incoming');
    }
  });
});
