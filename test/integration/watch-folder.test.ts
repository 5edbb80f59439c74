import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../services/cli/ingest-files.js';
import { watchFolder } from '../../services/cli/watch-folder.js';
import { makeDocx, SAMPLE_REPORT } from '../formats.js';
import { FIXTURES, startTestStack, type TestStack } from './harness.js';

describe('a watched folder', () => {
  let stack: TestStack;
  let dir: string;
  const stop = new AbortController();
  const outcomes: [string, FileOutcome][] = [];
  const polls: { waiting: number; taken: number }[] = [];
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  const until = async (cond: () => boolean) => {
    while (!cond()) await new Promise<void>((r) => waiters.push(r));
  };
  let watching: Promise<void>;

  beforeAll(async () => {
    stack = await startTestStack();
    await stack.startWorker();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-watch-'));
    watching = watchFolder({ archive: stack.archive, documents: stack.documents, queues: stack.queues, maxBytes: 50 * 1024 * 1024 }, dir, {
      // Long enough that the test writes its next part well within one interval, even on a busy machine.
      intervalMs: 1000,
      signal: stop.signal,
      onOutcome: (file, o) => {
        outcomes.push([path.basename(file), o]);
        wake();
      },
      onPoll: (p) => {
        polls.push(p);
        wake();
      },
    });
  });
  afterAll(async () => {
    stop.abort();
    await watching;
    await fs.rm(dir, { recursive: true, force: true });
    await stack?.stop();
  });

  it('ingests each file that arrives once it is whole, tells its outcome, and never takes a half-written file', {
    timeout: 120_000,
  }, async () => {
    const pdf = await fs.readFile(path.join(FIXTURES, 'reports', 'r00005.pdf'));
    // Half a report, still being written: polls go by and it is not taken.
    const file = path.join(dir, 'slutrapport.pdf');
    await fs.writeFile(file, pdf.subarray(0, pdf.length >> 1));
    const seen = polls.length;
    await until(() => polls.slice(seen).some((p) => p.waiting > 0));
    await fs.appendFile(file, pdf.subarray(pdf.length >> 1, (pdf.length * 3) >> 2));
    const grew = polls.length;
    await until(() => polls.slice(grew).some((p) => p.waiting > 0));
    expect(outcomes).toEqual([]);
    const counts = await stack.documents.counts();
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(0);
    // The rest arrives; once it stops changing it is ingested, whole.
    await fs.appendFile(file, pdf.subarray((pdf.length * 3) >> 2));
    await until(() => outcomes.length >= 1);
    expect(outcomes[0]).toEqual(['slutrapport.pdf', expect.objectContaining({ status: 'indexed' })]);

    // Another kind in a subfolder, a copy of the first (same bytes: no second document), and a file of no kind.
    await fs.mkdir(path.join(dir, '2024'));
    await fs.writeFile(path.join(dir, '2024', 'rapport.docx'), await makeDocx(SAMPLE_REPORT.title, SAMPLE_REPORT.blocks));
    await fs.writeFile(path.join(dir, 'kopia.pdf'), pdf);
    await fs.writeFile(path.join(dir, 'bild.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    // A file still being downloaded under its temporary name is left alone.
    await fs.writeFile(path.join(dir, 'pågår.pdf.part'), pdf);
    await until(() => outcomes.length >= 4);
    const by = Object.fromEntries(outcomes.map(([f, o]) => [f, o]));
    expect(by['rapport.docx']).toMatchObject({ status: 'indexed' });
    expect(by['kopia.pdf']).toMatchObject({ status: 'duplicate', id: (by['slutrapport.pdf'] as { id: string }).id });
    expect(by['bild.txt']).toMatchObject({ status: 'failed', code: 'unsupported_type' });
    expect(by['pågår.pdf.part']).toBeUndefined();
    // Each file once: later polls take nothing again.
    const after = polls.length;
    await until(() => polls.length >= after + 3);
    expect(outcomes).toHaveLength(4);
    expect(await stack.search.countReports()).toBe(2);
  });
});
