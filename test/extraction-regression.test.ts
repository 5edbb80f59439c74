import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createParseSandbox } from '../pipelines/parse/create-sandbox.js';
import { extractRecord } from '../pipelines/extract/extract-record.js';
import { toContractRecord } from '../shared/contract.js';
import { scoreAll, SCORED_FIELDS } from '../services/cli/extraction-score.js';

// Every 6th report of the development corpus, with its ground truth.
const DIR = path.resolve(import.meta.dirname, 'fixtures/extraction');
const FIELD_TARGET = 0.98;
const LESSONS_F1_TARGET = 0.95;

describe('extraction on a fixed subset of the development corpus', () => {
  const sandbox = createParseSandbox({ concurrency: 2, timeoutMs: 60_000, memoryMb: 512, maxPages: 2000, maxBytes: 50 * 1024 * 1024 });
  afterAll(() => sandbox.close());

  it(`keeps every field ≥ ${FIELD_TARGET} and lessons F1 ≥ ${LESSONS_F1_TARGET}`, { timeout: 120_000 }, async () => {
    const pdfs = (await fs.readdir(DIR)).filter((f) => f.endsWith('.pdf')).sort();
    expect(pdfs.length).toBeGreaterThanOrEqual(40);
    const docs = await Promise.all(
      pdfs.map(async (f) => {
        const parsed = await sandbox.parse(await fs.readFile(path.join(DIR, f)));
        const truth = JSON.parse(await fs.readFile(path.join(DIR, f.replace(/\.pdf$/, '.truth.json')), 'utf8')) as Record<string, unknown>;
        return { file: f, truth, pred: toContractRecord(f, extractRecord(parsed)) };
      }),
    );
    const all = scoreAll(docs);
    const report = SCORED_FIELDS.map((f) => `${f} ${(all.fields[f].accuracy * 100).toFixed(1)} %`).join('\n');
    for (const field of SCORED_FIELDS) {
      expect(
        all.fields[field].accuracy,
        `${field}\n${report}\nmisses: ${JSON.stringify(all.misses.filter((m) => m.field === field).slice(0, 5))}`,
      ).toBeGreaterThanOrEqual(FIELD_TARGET);
    }
    expect(all.lessons.f1).toBeGreaterThanOrEqual(LESSONS_F1_TARGET);
  });
});
