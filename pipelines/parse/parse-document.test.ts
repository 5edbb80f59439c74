import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { makeDocx, makeHtml, makeOdt, makeTxt, SAMPLE_REPORT } from '../../test/formats.js';
import { extractRecord } from '../extract/extract-record.js';
import { detectFormat } from './detect-type.js';
import { parseDocument } from './parse-document.js';

const LIMITS = { maxPages: 200, maxBytes: 10 * 1024 * 1024 };
const { title, blocks } = SAMPLE_REPORT;
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'no error',
    (e: { code?: string }) => e.code,
  );

describe('reading Word, OpenDocument, web pages and plain text', () => {
  it('tells each kind from its content, never its name', async () => {
    expect(detectFormat(await makeDocx(title, blocks))).toBe('docx');
    expect(detectFormat(await makeOdt(title, blocks))).toBe('odt');
    expect(detectFormat(makeHtml(title, blocks))).toBe('html');
    expect(detectFormat(makeTxt(title, blocks))).toBe('txt');
    expect(detectFormat(Buffer.from('%PDF-1.4\n…'))).toBe('pdf');
    expect(detectFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBeNull(); // a PNG
    const otherZip = await new JSZip().file('data.csv', 'a;b').generateAsync({ type: 'nodebuffer' });
    expect(detectFormat(otherZip)).toBeNull();
    // Text written by older Windows programs (Windows-1252) is text too.
    expect(detectFormat(Buffer.from('Projektägare: Bergs kommun', 'latin1'))).toBe('txt');
  });

  it.each([
    ['docx', () => makeDocx(title, blocks)],
    ['odt', () => makeOdt(title, blocks)],
    ['html', async () => makeHtml(title, blocks)],
    ['txt', async () => makeTxt(title, blocks)],
  ])('reads a %s report into the document model, and the same extraction finds its facts', async (format, make) => {
    const doc = await parseDocument(new Uint8Array(await make()), LIMITS);
    expect(doc.format).toBe(format);
    const text = doc.pages.join('\n');
    // Structure from the source: a fact box's pairs, a table's cells on one row, list items.
    expect(text).toContain('Projektägare: Bergs kommun');
    expect(text).toMatch(/Region Jämtland Härjedalen {2}1 200 000 kr/);
    expect(text).toMatch(/^[•-] En styrgrupp med företagare/mu);
    const rec = extractRecord(doc);
    expect(rec.owner).toBe('Bergs kommun');
    expect(rec.period).toEqual({ start: '2019-03-01', end: '2021-12-31' });
    expect(rec.projectManager).toBe('Karin Holmberg');
    expect(rec.budget.totalSek).toBe(2400000);
    expect(rec.lessonsLearned).toHaveLength(2);
  });

  it('keeps a web page’s main content only: no navigation, cookie banner or footer', async () => {
    const doc = await parseDocument(new Uint8Array(makeHtml(title, blocks)), LIMITS);
    const text = doc.pages.join('\n');
    expect(text).not.toMatch(/kakor|cookies|Om oss|Startsida|Box 1|Facebook/);
    expect(doc.pages[0]!.split('\n')[0]).toBe(title);
  });

  it('cuts a long text into pages of a printed page’s length', async () => {
    const long = makeTxt(
      title,
      Array.from({ length: 200 }, (_, i) => ({ p: `Stycke ${i + 1} om projektets arbete.` })),
    );
    const doc = await parseDocument(new Uint8Array(long), LIMITS);
    expect(doc.pages.length).toBeGreaterThanOrEqual(4);
    await expect(code(parseDocument(new Uint8Array(long), { ...LIMITS, maxPages: 2 }))).resolves.toBe('too_large');
  });

  it('fails a broken file of each kind with its own code', async () => {
    const docx = await makeDocx(title, blocks);
    const odt = await makeOdt(title, blocks);
    await expect(code(parseDocument(new Uint8Array(docx.subarray(0, docx.length / 2)), LIMITS))).resolves.toBe('docx_corrupt');
    await expect(code(parseDocument(new Uint8Array(odt.subarray(0, odt.length / 2)), LIMITS))).resolves.toBe('odt_corrupt');
    await expect(
      code(parseDocument(new Uint8Array(Buffer.from('<!DOCTYPE html><html><body><nav>Meny</nav></body></html>')), LIMITS)),
    ).resolves.toBe('no_text');
    await expect(code(parseDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), LIMITS))).resolves.toBe('unsupported_type');
    await expect(code(parseDocument(new Uint8Array(0), LIMITS))).resolves.toBe('empty_file');
  });
});
