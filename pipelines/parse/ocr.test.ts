import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanOf } from '../../test/scan.js';
import { extractRecord } from '../extract/extract-record.js';
import { OCR_INSTALL_HINT, ocrMissing, readTsv } from './ocr.js';
import { parsePdf } from './parse-pdf.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures');
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lardom-ocr-test-'));
afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }));
const ocr = { languages: 'swe+eng', maxPages: 20, timeoutMs: 240_000, cacheDir };
const LIMITS = { maxPages: 100, maxBytes: 50 * 1024 * 1024 };

describe('OCR of scanned pages', () => {
  it('reads Tesseract’s words into lines, with their mean confidence', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t',
      '5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t96\tProjektägare',
      '5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t90\tBorås',
      '5\t1\t1\t1\t1\t3\t0\t0\t10\t10\t84\tstad',
      '5\t1\t1\t1\t2\t1\t0\t0\t10\t10\t90\tSlutrapport',
    ].join('\n');
    expect(readTsv(tsv)).toEqual({ text: 'Projektägare Borås stad\nSlutrapport', confidence: 90 });
  });

  it('finds poppler and Tesseract with Swedish and English (installed by .ci/run and the README)', () => {
    expect(ocrMissing('swe+eng')).toBeNull();
    expect(ocrMissing('swe+xyz')).toMatch(/no language data for xyz/);
  });

  it('reads a scanned report so that owner, period and lessons come out right; a second reading comes from the cache', {
    timeout: 300_000,
  }, async () => {
    const pdf = path.join(FIXTURES, 'reports', 'r00004.pdf');
    const truth = JSON.parse(fs.readFileSync(pdf.replace(/\.pdf$/, '.truth.json'), 'utf8'));
    const scan = new Uint8Array(scanOf(pdf, 300));
    await expect(parsePdf(scan.slice(), { ...LIMITS, ocr: null, ocrMissing: 'tesseract is not installed' })).rejects.toMatchObject({
      code: 'no_text_layer',
      message: expect.stringContaining(OCR_INSTALL_HINT),
    });

    const doc = await parsePdf(scan.slice(), { ...LIMITS, ocr });
    expect(doc.ocr?.pages).toEqual([1, 2, 3]);
    expect(doc.ocr!.meanConfidence).toBeGreaterThan(80);
    const rec = extractRecord(doc);
    expect(rec.owner).toBe(truth.owner);
    expect(rec.period).toEqual(truth.period);
    expect(rec.lessonsLearned).toEqual(truth.lessonsLearned);

    // Every page's result is kept by its image's hash; a cached page is not read again.
    const cached = fs.readdirSync(cacheDir, { recursive: true }).filter((f) => String(f).endsWith('.json'));
    expect(cached).toHaveLength(3);
    for (const f of cached) fs.writeFileSync(path.join(cacheDir, String(f)), JSON.stringify({ text: 'Från cachen', confidence: 42 }));
    const again = await parsePdf(scan.slice(), { ...LIMITS, ocr });
    expect(again.pages).toEqual(['Från cachen', 'Från cachen', 'Från cachen']);
    expect(again.ocr).toEqual({ pages: [1, 2, 3], meanConfidence: 42 });
  });

  it('stays within its page limit and its time', { timeout: 120_000 }, async () => {
    const scan = new Uint8Array(scanOf(path.join(FIXTURES, 'reports', 'r00004.pdf'), 100));
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'lardom-ocr-test-'));
    try {
      const doc = await parsePdf(scan.slice(), { ...LIMITS, ocr: { ...ocr, cacheDir: fresh, maxPages: 1 } });
      expect(doc.ocr?.pages).toEqual([1]);
      await expect(parsePdf(scan.slice(), { ...LIMITS, ocr: { ...ocr, cacheDir: fresh, timeoutMs: 1 } })).rejects.toMatchObject({
        code: 'timeout',
      });
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });
});
