import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { matchLessons } from '../../services/cli/extraction-score.js';
import { makeDocx, makeHtml, makeOdt, makeTxt, SAMPLE_REPORT } from '../formats.js';
import { scanOf } from '../scan.js';
import { FIXTURES, startTestStack, truthOf, waitForFinal, type TestStack } from './harness.js';

type Doc = {
  status: string;
  error?: { code: string };
  record?: { owner: string | null; period: { start: string | null; end: string | null }; lessonsLearned: string[] };
};

describe('Word, OpenDocument, web pages and plain text from upload to search', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
    await stack.startWorker();
  });
  afterAll(async () => stack?.stop());

  const upload = async (bytes: Buffer, name: string): Promise<string> => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const res = await fetch(`${stack.baseUrl}/api/v1/documents`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${stack.apiKey}` },
    });
    expect(res.status).toBe(202);
    return ((await res.json()) as { id: string }).id;
  };

  it('indexes each kind with its facts, and fails a broken file of each kind with its code while the rest goes on', async () => {
    // Each kind with its own project, so each is its own document and can be found by its name.
    const report = (kind: string) => ({ ...SAMPLE_REPORT, title: `${SAMPLE_REPORT.title} ${kind}` });
    const good = {
      docx: await makeDocx(report('Word').title, SAMPLE_REPORT.blocks),
      odt: await makeOdt(report('Writer').title, SAMPLE_REPORT.blocks),
      html: makeHtml(report('Webb').title, SAMPLE_REPORT.blocks),
      txt: makeTxt(report('Text').title, SAMPLE_REPORT.blocks),
    };
    const broken = {
      docx_corrupt: good.docx.subarray(0, Math.floor(good.docx.length * 0.6)),
      odt_corrupt: good.odt.subarray(0, Math.floor(good.odt.length * 0.6)),
      no_text: Buffer.from('<!DOCTYPE html><html><body><nav><a href="/">Start</a></nav></body></html>'),
    };
    // Names that do not tell the kind: the content does.
    const ids = new Map<string, string>();
    for (const [kind, bytes] of Object.entries(good)) ids.set(kind, await upload(bytes, `rapport-${kind}.dat`));
    for (const [code, bytes] of Object.entries(broken)) ids.set(code, await upload(bytes, `${code}.docx`));
    await waitForFinal(stack, [...ids.values()]);

    for (const kind of Object.keys(good)) {
      const doc = (await (await fetch(`${stack.baseUrl}/api/v1/documents/${ids.get(kind)}`)).json()) as Doc;
      expect(doc.status, kind).toBe('indexed');
      expect(doc.record!.owner, kind).toBe('Bergs kommun');
      expect(doc.record!.period, kind).toEqual({ start: '2019-03-01', end: '2021-12-31' });
      expect(doc.record!.lessonsLearned, kind).toHaveLength(2);
    }
    for (const code of Object.keys(broken)) {
      const doc = (await (await fetch(`${stack.baseUrl}/api/v1/documents/${ids.get(code)}`)).json()) as Doc;
      expect(doc.status, code).toBe('failed');
      expect(doc.error!.code, code).toBe(code);
      expect(doc.record, code).toBeUndefined();
    }
    expect(await stack.search.countReports()).toBe(4);

    // Searchable like any report: its lessons and its text.
    const hits = (await (await fetch(`${stack.baseUrl}/api/v1/lessons?q=styrgrupp%20f%C3%B6retagare`)).json()) as { hits: unknown[] };
    expect(hits.hits.length).toBeGreaterThanOrEqual(4);
    const res = await fetch(`${stack.baseUrl}/api/v1/documents/${ids.get('html')}/original`);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(res.headers.get('content-security-policy')).toBe('sandbox');
  });

  it('reads a scanned report by OCR, says which pages, and indexes it with owner, period and lessons', { timeout: 400_000 }, async () => {
    const pdf = path.join(FIXTURES, 'reports', 'r00006.pdf');
    const truth = (await truthOf(pdf)) as { owner: string; period: unknown; lessonsLearned: string[] };
    const id = await upload(scanOf(pdf, 300), 'skannad-slutrapport.pdf');
    await waitForFinal(stack, [id], 360_000);
    const doc = (await (await fetch(`${stack.baseUrl}/api/v1/documents/${id}`)).json()) as Doc & {
      source: { format: string; ocr?: { pages: number[]; meanConfidence: number } };
    };
    expect(doc.status).toBe('indexed');
    expect(doc.source.format).toBe('pdf');
    expect(doc.source.ocr!.pages.length).toBeGreaterThan(0);
    expect(doc.source.ocr!.meanConfidence).toBeGreaterThan(80);
    expect(doc.record!.owner).toBe(truth.owner);
    // To the precision the truth gives ("2009-11" is met by "2009-11-01").
    const t = truth.period as { start: string; end: string };
    expect(doc.record!.period.start?.slice(0, t.start.length)).toBe(t.start);
    expect(doc.record!.period.end?.slice(0, t.end.length)).toBe(t.end);
    // Each lesson as the scorer matches them: by its words (OCR may misread a letter).
    expect(doc.record!.lessonsLearned).toHaveLength(truth.lessonsLearned.length);
    expect(matchLessons(truth.lessonsLearned, doc.record!.lessonsLearned)).toBe(truth.lessonsLearned.length);
  });
});
