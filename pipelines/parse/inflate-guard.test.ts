import fs from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflatingReport } from '../../test/poison.js';
import { estimateInflated } from './inflate-guard.js';

const MB = 2 ** 20;
const pdfWith = (objects: string[]) =>
  Buffer.from(`%PDF-1.7\n${objects.map((o, i) => `${i + 1} 0 obj\n${o}\nendobj\n`).join('')}%%EOF\n`, 'latin1');
const flate = (n: number, extra = '') => {
  const data = deflateSync(Buffer.alloc(n, 0x20));
  return `<< /Length ${data.length} /Filter /FlateDecode${extra} >>\nstream\n${data.toString('latin1')}\nendstream`;
};

describe('estimateInflated', () => {
  it('counts an ordinary report in full and far under the budget', async () => {
    const pdf = await fs.readFile(
      path.resolve(import.meta.dirname, '../../test/fixtures/real-texts/batch-p/real-fotboll-pa-landsbygden.pdf'),
    );
    const e = await estimateInflated(pdf, 1024 * MB);
    expect(e.over).toBe(false);
    expect(e.bytes).toBeGreaterThan(pdf.length);
  });

  it('counts a stream as often as pages refer to it', async () => {
    const once = await estimateInflated(pdfWith(['<< /Contents 2 0 R >>', flate(MB)]), 100 * MB);
    const thrice = await estimateInflated(pdfWith(['<< /Contents [2 0 R 2 0 R 2 0 R] >>', flate(MB)]), 100 * MB);
    expect(once.bytes).toBe(MB);
    expect(thrice.bytes).toBe(3 * MB);
  });

  it('leaves image streams out (reading text never decodes them)', async () => {
    expect((await estimateInflated(pdfWith([flate(MB, ' /Subtype /Image')]), 100 * MB)).bytes).toBe(0);
  });

  it('stops at the budget: a file that inflates to gigabytes is over it, without inflating it all', async () => {
    const bomb = inflatingReport(512, 4, 4);
    const e = await estimateInflated(bomb, 256 * MB);
    expect(e.over).toBe(true);
    expect(e.bytes).toBeGreaterThan(256 * MB);
    expect(e.bytes).toBeLessThan(512 * MB); // counting stopped soon after the budget, not at 8 GB
  });
});
