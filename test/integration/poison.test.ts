import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createRedis } from '../../shared/clients/redis.js';
import { PIPELINE_QUEUES } from '../../shared/queues/queue-names.js';
import { hugeTableReport, inflatingReport, nearEmptyPages, nestedOutlineReport, quotedProseReport } from '../poison.js';
import { FIXTURES, startTestStack, type TestStack, uploadBytes, waitForFinal } from './harness.js';

// Each hostile or pathological document ends indexed or failed with its code, within the configured limits,
// while ordinary reports sent with them are indexed and no job of the worker stalls (its lock renewals go on).
describe('poison inputs are bounded', () => {
  let stack: TestStack;
  let events: QueueEvents[] = [];
  const stalled: string[] = [];
  beforeAll(async () => {
    // OCR reads at most 3 of the 2,000 near-empty pages (the limit is what is tested, not Tesseract's speed).
    stack = await startTestStack({ LARDOM_OCR_MAX_PAGES: '3', LARDOM_PARSE_CONCURRENCY: '2' });
    events = PIPELINE_QUEUES.map(
      (queue) =>
        new QueueEvents(queue, {
          connection: createRedis(stack.services.redisUrl, 'worker', 'poison-test'),
          prefix: stack.config.queuePrefix,
        }),
    );
    for (const [i, e] of events.entries()) e.on('stalled', ({ jobId }) => stalled.push(`${PIPELINE_QUEUES[i]}:${jobId}`));
    await Promise.all(events.map((e) => e.waitUntilReady()));
    await stack.startWorker();
  }, 120_000);
  afterAll(async () => {
    await Promise.all(events.map((e) => e.close()));
    await stack?.stop();
  });

  const upload = (name: string, bytes: Buffer): Promise<string> => uploadBytes(stack, bytes, name);

  it('each ends with its outcome, and the ordinary reports beside them are indexed', { timeout: 600_000 }, async () => {
    const poison: [string, Buffer, string][] = [
      ['inflates-to-gigabytes.pdf', inflatingReport(), 'failed:too_large'],
      ['200-kb-quoted-conclusions.pdf', quotedProseReport(), 'indexed'],
      ['10000-row-table.pdf', hugeTableReport(), 'indexed'],
      ['2000-near-empty-pages.pdf', nearEmptyPages(), 'failed:no_text_layer'],
      ['nested-outline.pdf', nestedOutlineReport(), 'indexed'],
    ];
    const ids = await Promise.all(poison.map(([name, bytes]) => upload(name, bytes)));
    const normal = await Promise.all(
      ['r00009.pdf', 'r00014.pdf', 'r00021.pdf'].map(async (f) => upload(f, await fs.readFile(path.join(FIXTURES, 'reports', f)))),
    );
    await waitForFinal(stack, [...ids, ...normal], 540_000);
    const outcome = async (id: string) => {
      const s = (await stack.documents.get(id))!;
      return s.status === 'failed' ? `failed:${s.error?.code}` : s.status;
    };
    expect(await Promise.all(ids.map(outcome))).toEqual(poison.map(([, , want]) => want));
    expect(await Promise.all(normal.map(outcome))).toEqual(['indexed', 'indexed', 'indexed']);
    expect(stalled).toEqual([]);
    // The big ones are searchable like any report.
    const table = await stack.search.getReport(ids[2]!);
    expect(table?.projectName).toBe('Långa Slutsatser');
    expect((await stack.search.getReport(ids[1]!))?.lessonsLearned.length).toBeGreaterThan(0);
  });
});
