import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDocuments, ingestFiles } from '../../services/cli/ingest-files.js';
import { FIXTURES, startTestStack, truthOf, type TestStack } from './harness.js';

// Each malformed file must end failed with its own code while the rest of the batch is indexed.
const BAD_CODES: Record<string, string> = {
  'empty.pdf': 'empty_file',
  'not-a-pdf.pdf': 'no_text',
  'truncated.pdf': 'pdf_corrupt',
  'garbage.pdf': 'pdf_corrupt',
  'encrypted.pdf': 'pdf_encrypted',
  'no-text-layer.pdf': 'no_text_layer',
};

describe('a folder of reports with malformed files mixed in', () => {
  let stack: TestStack;
  let reports: string[];
  let bad: string[];
  let edge: string[];

  beforeAll(async () => {
    stack = await startTestStack();
    await stack.startWorker();
    reports = await findDocuments([path.join(FIXTURES, 'reports')]);
    bad = await findDocuments([path.join(FIXTURES, 'bad')]);
    edge = await findDocuments([path.join(FIXTURES, 'edge')]);
  });
  afterAll(async () => stack?.stop());

  it('indexes every good report and fails each bad file with its own code', async () => {
    const deps = { archive: stack.archive, documents: stack.documents, queues: stack.queues, maxBytes: 50 * 1024 * 1024 };
    const summary = await ingestFiles(deps, [...reports, ...bad, ...edge], 'cli');

    expect(summary.total).toBe(reports.length + bad.length + edge.length);
    expect(summary.indexed).toBe(reports.length + edge.length);
    expect(summary.failed).toBe(bad.length);
    const byFile = Object.fromEntries(summary.failures.map((f) => [path.basename(f.file), f.code]));
    expect(byFile).toEqual(BAD_CODES);
    for (const f of summary.failures) expect(f.message.length).toBeGreaterThan(10);

    // Nothing half-indexed: exactly the good documents are in the index.
    expect(await stack.search.countReports()).toBe(reports.length + edge.length);
  });

  it('makes the reports searchable with the owner filter right', async () => {
    const pdf = reports.find((r) => r.endsWith('r00001.pdf'))!;
    const owner = (await truthOf(pdf)).owner as string;
    const res = await fetch(`${stack.baseUrl}/api/v1/search?${new URLSearchParams({ owner, limit: '50' })}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { hits: { owner: string; originalName?: string; projectName: string }[]; total: number };
    expect(body.total).toBeGreaterThan(0);
    for (const h of body.hits) expect(h.owner).toBe(owner);
    const expected = [];
    for (const r of reports) if ((await truthOf(r)).owner === owner) expected.push(r);
    expect(body.total).toBe(expected.length);
  });

  it('finds a report by words of its text', async () => {
    const pdf = reports.find((r) => r.endsWith('r00003.pdf'))!;
    const name = (await truthOf(pdf)).projectName as string;
    const res = await fetch(`${stack.baseUrl}/api/v1/search?${new URLSearchParams({ q: name, limit: '5' })}`);
    const body = (await res.json()) as { hits: { projectName: string | null; highlight: { projectName: string } }[] };
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits[0]!.highlight.projectName).toContain('<mark>');
  });

  it('ingesting the same folder again makes no second document', async () => {
    const deps = { archive: stack.archive, documents: stack.documents, queues: stack.queues, maxBytes: 50 * 1024 * 1024 };
    const summary = await ingestFiles(deps, [...reports, ...bad], 'cli');
    expect(summary.duplicates).toBe(reports.length);
    expect(summary.indexed).toBe(0);
    // The bad files are reported as failed again, with their codes.
    expect(summary.failed).toBe(bad.length);
    expect(await stack.search.countReports()).toBe(reports.length + edge.length);
  });
});
