import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { matchLessons } from '../../services/cli/extraction-score.js';
import { makeDocx, makeHtml, makeOdt, makeTxt, SAMPLE_REPORT } from '../formats.js';
import { scanOf } from '../scan.js';
import { FIXTURES, startTestStack, truthOf, waitForFinal, type TestStack, uploadBytes } from './harness.js';

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

  const upload = (bytes: Buffer, name: string): Promise<string> => uploadBytes(stack, bytes, name);

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

  it('makes one record per project of a listing, each found and shown like any report, and removes them with it', {
    timeout: 120_000,
  }, async () => {
    // The seed programme page listing ten projects, saved as a web page (one of npm start's samples).
    const html = await fs.readFile(path.resolve(FIXTURES, '../../shared/samples/lokalt-och-regionalt-tillvaxtarbete-projekt.html'));
    const id = await upload(html, 'projektlista.html');
    await waitForFinal(stack, [id]);
    type Listed = { id: string; projectName: string; owner: string; period: { start: string | null; end: string | null } };
    const doc = (await (await fetch(`${stack.baseUrl}/api/v1/documents/${id}`)).json()) as Doc & {
      projects: Listed[];
      record: { documentType: string; owner: string | null };
    };
    expect(doc.status).toBe('indexed');
    expect(doc.record.documentType).toBe('other');
    expect(doc.record.owner).toBeNull();
    expect(doc.projects.map((p) => [p.projectName, p.owner, p.period])).toEqual([
      ['Progressiva kommuner', 'Lycksele kommun', { start: '2012-03', end: '2014-10' }],
      ['Tillväxtföretag i Västernorrland', 'Länsstyrelsen i Västernorrland', { start: '2012-03', end: '2014-06' }],
      ['Många vägar in — tillväxt och företagande i Kristianstad', 'Kristianstads kommun', { start: '2012-06', end: '2013-10' }],
      ['Utmaningen — samverkan och samsyn för tillväxt', 'Vansbro kommun', { start: '2012-09', end: '2014-10' }],
      [
        'Utvecklingsplan Motala — staden och regionen en integrerad del i det lokala näringlivets utvecklingsförutsättningar',
        'Motala kommun',
        { start: '2012-09', end: '2014-10' },
      ],
      ['Håll ut', 'Industriellt Utvecklingscentrum i Kalmar AB', { start: '2012-03', end: '2014-10' }],
      ['FRONT (Framtid och Norsjös tillväxt)', 'Norsjö kommun', { start: '2012-01', end: '2013-11' }],
      ['Business Unusual', 'Ljungby kommun', { start: '2011-12', end: '2014-01' }],
      // "20112-01": a malformed date gives no period, never a wrong year.
      ['Örnsköldsviks kommun i samverkan med Företagarna', 'Örnsköldsviks kommun', { start: null, end: null }],
      ['Regional tillväxt på alla nivåer', 'Regionförbundet Västerbotten', { start: '2012-01', end: '2014-06' }],
    ]);
    expect(doc.projects.map((p) => p.id)).toEqual(doc.projects.map((_, i) => `${id}-${i + 1}`));

    // Each project is a report: its own record with provenance in the listing, search, similar projects.
    const one = (await (await fetch(`${stack.baseUrl}/api/v1/documents/${id}-8`)).json()) as {
      partOf: string;
      record: { projectName: string; documentType: string; provenance: Record<string, { page: number }> };
    };
    expect(one.partOf).toBe(id);
    expect(one.record.projectName).toBe('Business Unusual');
    expect(one.record.documentType).toBe('project_description');
    expect(one.record.provenance.owner?.page).toBe(1);
    const found = (await (await fetch(`${stack.baseUrl}/api/v1/search?q=Business%20Unusual%20Ljungby`)).json()) as {
      hits: { id: string }[];
    };
    expect(found.hits[0]?.id).toBe(`${id}-8`);
    const similar = await fetch(`${stack.baseUrl}/api/v1/projects/${id}-8/similar`);
    expect(similar.status).toBe(200);
    const compare = await fetch(`${stack.baseUrl}/api/v1/compare?ids=${id}-1,${id}-2`);
    expect(compare.status).toBe(200);
    expect((await fetch(`${stack.baseUrl}/api/v1/documents/${id}-11`)).status).toBe(404);

    // Deleting the document removes its projects from search too.
    const before = await stack.search.countReports();
    const del = await fetch(`${stack.baseUrl}/api/v1/documents/${id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${stack.apiKey}` },
    });
    expect(del.status).toBe(200);
    expect(await stack.search.countReports()).toBe(before - 11);
  });
});
