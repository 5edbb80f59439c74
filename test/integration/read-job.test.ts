import fs from 'node:fs/promises';
import path from 'node:path';
import { type Job, Queue, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadProcessor } from '../../pipelines/read/read.processor.js';
import { createExtractSandbox, createParseSandbox } from '../../pipelines/parse/create-sandbox.js';
import { enqueueStage } from '../../shared/clients/queues.js';
import { RecordVersions } from '../../shared/clients/record-versions.js';
import { createRedis } from '../../shared/clients/redis.js';
import { createLogger } from '../../shared/logger.js';
import type { IndexPayload, ReadPayload } from '../../shared/queues/queue-names.js';
import type { StageDeps } from '../../shared/queues/stage-deps.js';
import { submitStaged } from '../../shared/queues/submit.js';
import { quotedProseReport } from '../poison.js';
import { FIXTURES, startTestStack, type TestStack, uploadBytes, waitForFinal } from './harness.js';

const archived = async (stack: TestStack, id: string) =>
  (await fs.readdir(stack.archive.dir(id)).catch(() => [] as string[])).filter((f) => !f.startsWith('.')).sort();

// One read job takes a document through archive, parse and extract. A job cut off between its stages is taken up
// again and run from the start; what the stages wrote before is replaced whole, and the document is indexed once.
describe('a worker killed in the middle of a read job', () => {
  let stack: TestStack;
  beforeAll(async () => {
    // A short lock so the killed worker's job counts as stalled within seconds.
    stack = await startTestStack({ LARDOM_JOB_LOCK_MS: '2000' });
  });
  afterAll(async () => stack?.stop());

  it('is taken up again after its text was archived, and the document is indexed once', { timeout: 240_000 }, async () => {
    const first = await stack.startWorker();
    // 200 kB of prose: its record takes a while to extract, long enough to be caught at it.
    const id = await uploadBytes(stack, quotedProseReport(), 'long-conclusions.pdf');
    let state = await stack.documents.get(id);
    while (state?.stage !== 'extract' && state?.status !== 'indexed' && state?.status !== 'failed') {
      await new Promise((r) => setTimeout(r, 5));
      state = await stack.documents.get(id);
    }
    first.child.kill('SIGKILL');
    await first.exited;
    expect(state).toMatchObject({ status: 'processing', stage: 'extract' });
    // Cut off inside its read job: the parse stage had archived the text; the job is still held by the dead worker.
    expect(await stack.queues.read.getJobState(id)).toBe('active');
    expect(await archived(stack, id)).toEqual(expect.arrayContaining(['meta.json', 'original.pdf', 'text.json']));

    await stack.startWorker();
    await waitForFinal(stack, [id], 180_000);
    expect((await stack.documents.get(id))?.status).toBe('indexed');
    const job = await stack.queues.read.getJob(id);
    expect(await job?.getState()).toBe('completed');
    expect(job?.stalledCounter).toBeGreaterThanOrEqual(1);
    // The stages that ran again left one of each in the archive, and the report is in the index once.
    expect(await archived(stack, id)).toEqual(['meta.json', 'original.pdf', 'record.json', 'text.json']);
    expect((await stack.archive.readRecord(id))?.record.projectName).toBe('Långa Slutsatser');
    expect(await stack.search.countReports()).toBe(1);
    expect((await stack.search.getReport(id))?.projectName).toBe('Långa Slutsatser');
  });
});

describe('a read job that fails after its record was written', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => stack?.stop());

  it('runs again from the start; an index job outdated by a newer record indexes the newer one', { timeout: 180_000 }, async () => {
    // The read queue's worker runs in this process, so that its hand-off to the index queue can fail once.
    const versions = new RecordVersions(stack.redis, stack.config.queuePrefix);
    const parseSandbox = createParseSandbox(stack.config.parse);
    const extractSandbox = createExtractSandbox(stack.config.parse);
    const handOffs: IndexPayload[] = [];
    const deps: StageDeps = {
      archive: stack.archive,
      documents: stack.documents,
      versions,
      log: createLogger('silent', 'test'),
      enqueue: async (queue, payload) => {
        if (queue === 'index') {
          handOffs.push(payload as IndexPayload);
          if (handOffs.length === 1) throw new Error('Redis went away at the hand-off');
        }
        await enqueueStage(stack.queues, queue, payload);
      },
    };
    const connection = createRedis(stack.services.redisUrl, 'worker', 'read-job-test');
    const worker = new Worker<ReadPayload>('read', createReadProcessor({ ...deps, parseSandbox, extractSandbox }), {
      connection,
      prefix: stack.config.queuePrefix,
    });
    try {
      const file = path.join(FIXTURES, 'reports', 'r00009.pdf');
      const staged = await stack.archive.stageFile(file, 50 * 1024 * 1024);
      const done = new Promise<Job<ReadPayload>>((resolve, reject) => {
        worker.on('completed', resolve);
        worker.on('failed', (job, err) => job && job.attemptsMade >= (job.opts.attempts ?? 1) && reject(err));
      });
      // Straight to the read queue, as intake hands it over.
      expect(await stack.documents.register(staged.id, 'r00009.pdf', staged.size)).toBe(true);
      await enqueueStage(stack.queues, 'read', {
        documentId: staged.id,
        stagedPath: staged.path,
        originalName: 'r00009.pdf',
        size: staged.size,
        source: 'cli',
      });
      await done;
      const id = staged.id;
      // The first attempt archived, parsed and extracted (version 1) and failed handing over; the second did it all
      // again from the archived original (the staged file was gone), wrote version 2 and handed that over.
      expect(handOffs.map((h) => h.docs?.map((d) => d.version))).toEqual([[1], [2]]);
      expect((await stack.archive.readRecord(id))?.version).toBe(2);
      expect(await archived(stack, id)).toEqual(['meta.json', 'original.pdf', 'record.json', 'text.json']);
      expect((await stack.documents.get(id))?.stage).toBe('extract');
      const queued = await stack.queues.index.getJob(id);
      expect(queued?.data.docs?.[0]).toMatchObject({ id, version: 2, originalName: 'r00009.pdf' });

      // A newer record written before the index job runs (as a read job run once more writes it, without indexing
      // it): the index job's documents are older, so it indexes the archive's record instead.
      await versions.update(stack.archive, id, (prev) => ({ ...prev!, record: { ...prev!.record, projectName: 'Nyare namn' } }));
      await stack.startWorker();
      await waitForFinal(stack, [id]);
      expect((await stack.documents.get(id))?.status).toBe('indexed');
      expect((await stack.search.getReport(id))?.projectName).toBe('Nyare namn');
      expect(await stack.search.countReports()).toBe(1);
    } finally {
      await worker.close();
      connection.disconnect();
      await Promise.all([parseSandbox.close(), extractSandbox.close()]);
    }
  });

  it('takes a report through intake, read and index as usual', { timeout: 120_000 }, async () => {
    if (!stack.workers.length) await stack.startWorker();
    const staged = await stack.archive.stageFile(path.join(FIXTURES, 'reports', 'r00014.pdf'), 50 * 1024 * 1024);
    const res = await submitStaged(stack, staged, 'r00014.pdf', 'cli');
    await waitForFinal(stack, [res.id]);
    expect((await stack.documents.get(res.id))?.status).toBe('indexed');
    for (const queue of ['intake', 'read', 'index'] as const) expect(await stack.queues[queue].getJobState(res.id)).toBe('completed');
  });
});

describe('jobs left in the queues of an earlier version', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => stack?.stop());

  it('are moved into the read queue when a worker starts, and their documents are indexed', { timeout: 120_000 }, async () => {
    const stage = (name: string) => stack.archive.stageFile(path.join(FIXTURES, 'reports', name), 50 * 1024 * 1024);
    // One waiting to be archived (its staged file), one archived and waiting to be parsed, one parsed and waiting
    // to be extracted: as the one-queue-per-stage version left them.
    const [a, b, c] = await Promise.all([stage('r00003.pdf'), stage('r00004.pdf'), stage('r00005.pdf')]);
    for (const [s, name] of [
      [a, 'r00003.pdf'],
      [b, 'r00004.pdf'],
      [c, 'r00005.pdf'],
    ] as const)
      await stack.documents.register(s.id, name, s.size);
    const meta = (name: string, size: number) => ({ originalName: name, size, receivedAt: new Date().toISOString(), source: 'cli' });
    await stack.archive.storeOriginal(b.id, b.path, meta('r00004.pdf', b.size));
    await stack.archive.storeOriginal(c.id, c.path, meta('r00005.pdf', c.size));
    const retired = ['archive', 'parse', 'extract'].map(
      (name) => new Queue(name, { connection: stack.redis, prefix: stack.config.queuePrefix }),
    );
    try {
      await retired[0]!.add(
        'archive',
        { documentId: a.id, stagedPath: a.path, originalName: 'r00003.pdf', size: a.size, source: 'cli' },
        { jobId: a.id },
      );
      await retired[1]!.add('parse', { documentId: b.id }, { jobId: b.id });
      await retired[2]!.add('extract', { documentId: c.id }, { jobId: c.id });

      await stack.startWorker();
      expect(await waitForFinal(stack, [a.id, b.id, c.id])).toEqual(
        new Map([
          [a.id, 'indexed'],
          [b.id, 'indexed'],
          [c.id, 'indexed'],
        ]),
      );
      for (const q of retired) expect(await q.getJobCounts('waiting', 'active', 'delayed')).toEqual({ waiting: 0, active: 0, delayed: 0 });
      expect(await stack.search.countReports()).toBe(3);
      expect((await fs.readdir(stack.archive.incoming)).length).toBe(0);
    } finally {
      await Promise.all(retired.map((q) => q.close()));
    }
  });
});
