import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAll, SCORED_FIELDS } from '../services/cli/extraction-score.js';
import { FIXTURES, pdfDocs } from './extraction-fixtures.js';

// Real report texts (project pages, final reports, evaluations, decisions), hand-labelled by readers who never
// saw the extractor; only what a text states is labelled (fixtures/real-texts/INDEX.md). Floors a little
// under what the extractor reaches, so a change that loses ground fails; the wrong-value rate has a ceiling.
// Over all 2,300 today (the 2,282 of the batches and the shared 18): mean 0.851, wrong values 0.041, lessons
// precision 0.84, recall 0.58 (in sample: the lesson classifier was
// trained on these texts; lessons-held-out.test.ts keeps its held-out figure) (a lesson drawn from what is no
// lesson is a wrong value too; it was 1.00 over the 554 before batches z20–z28, whose evaluations and lessons pages
// showed the extractor splitting into sentences what their readers took as one lesson, and reading judgements the
// readers left out). The document type there is in-sample (its classifier was trained on these
// texts); document-type-held-out.test.ts keeps its held-out figure.
const MEAN_MIN = 0.78;
const WRONG_MAX = 0.08;
const LESSONS_PRECISION_MIN = 0.75;

describe('extraction on real report texts', () => {
  it(`mean field accuracy ≥ ${MEAN_MIN}, wrong values ≤ ${WRONG_MAX}, lessons precision ≥ ${LESSONS_PRECISION_MIN}`, {
    // Over 2,300 texts it took 50 s or so on a machine busy with other work; the bound leaves room for a much slower one.
    timeout: 900_000,
  }, async () => {
    const docs = await pdfDocs(path.join(FIXTURES, 'real-texts'));
    expect(docs.length).toBeGreaterThanOrEqual(2300);
    const s = scoreAll(docs);
    const table = SCORED_FIELDS.filter((f) => s.fields[f].total)
      .map((f) => `${f} ${(s.fields[f].accuracy * 100).toFixed(1)} % (${s.fields[f].wrong} wrong)`)
      .join('\n');
    expect(s.mean, table).toBeGreaterThanOrEqual(MEAN_MIN);
    expect(s.wrongRate, table).toBeLessThanOrEqual(WRONG_MAX);
    expect(s.lessons.precision, table).toBeGreaterThanOrEqual(LESSONS_PRECISION_MIN);
  });
});
