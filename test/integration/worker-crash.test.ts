import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDocuments, ingestFiles } from '../../services/cli/ingest-files.js';
import { eq } from '../../shared/search/filter.js';
import { FIXTURES, startTestStack, type TestStack } from './harness.js';

const COPIES = 4;

describe('a worker killed with SIGKILL mid-batch', () => {
  let stack: TestStack;
  let files: string[];

  beforeAll(async () => {
    // A short lock so the killed worker's jobs count as stalled within seconds.
    stack = await startTestStack({ LARDOM_JOB_LOCK_MS: '2000' });
    // Distinct documents from the fixtures: a trailing PDF comment changes the bytes (and so the id)
    // but not the content; readers ignore bytes after %%EOF.
    const src = await findDocuments([path.join(FIXTURES, 'reports')]);
    const dir = path.join(stack.dataDir, 'batch');
    await fs.mkdir(dir);
    files = [];
    for (let c = 0; c < COPIES; c++) {
      for (const f of src) {
        const out = path.join(dir, `${c}-${path.basename(f)}`);
        await fs.writeFile(out, Buffer.concat([await fs.readFile(f), Buffer.from(`\n%copy ${c}\n`)]));
        files.push(out);
      }
    }
  });
  afterAll(async () => stack?.stop());

  it('leaves every document indexed exactly once after a restart', async () => {
    const first = await stack.startWorker();
    const deps = { archive: stack.archive, documents: stack.documents, queues: stack.queues, maxBytes: 50 * 1024 * 1024 };
    const ingesting = ingestFiles(deps, files, 'cli', () => undefined, 120_000);

    // Kill the worker while the batch is in flight: documents are being parsed or already through,
    // and others are still waiting.
    let atKill = { indexed: 0, processing: 0, queued: 0, failed: 0 };
    for (let i = 0; i < 1200; i++) {
      atKill = await stack.documents.counts();
      if (atKill.processing >= 2 || atKill.indexed >= 1) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    first.child.kill('SIGKILL');
    await first.exited;
    expect(atKill.processing + atKill.indexed).toBeGreaterThan(0);
    expect(atKill.indexed).toBeLessThan(files.length);

    await stack.startWorker();
    const summary = await ingesting;
    expect(summary.failed).toBe(0);
    expect(summary.indexed).toBe(files.length);

    expect(await stack.search.countReports()).toBe(files.length);
    const ids = (await stack.documents.counts()).indexed;
    expect(ids).toBe(files.length);
    // Each document is in the index once: a filter on its id finds exactly one hit.
    const sample = await stack.search.searchReports({ q: '', filter: [], limit: 1000, offset: 0 });
    const seen = new Set(sample.hits.map((h) => h.id));
    expect(seen.size).toBe(files.length);
    for (const id of [...seen].slice(0, 10)) {
      const one = await stack.search.searchReports({ q: '', filter: [eq('id', id)], limit: 10, offset: 0 });
      expect(one.hits.length).toBe(1);
    }
  });
});
