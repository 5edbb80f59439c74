import { describe, expect, it } from 'vitest';
import type { ExtractedRecord } from '../../shared/types/record.js';
import { periodToTimestamp, toLessonDocuments, toSearchDocument } from './to-search-document.js';

const iso = (ts: number | null) => (ts === null ? null : new Date(ts * 1000).toISOString());

describe('periodToTimestamp', () => {
  it.each([
    ['2015-02', false, '2015-02-01T00:00:00.000Z'],
    ['2015-02', true, '2015-02-28T23:59:59.000Z'],
    ['2016-02', true, '2016-02-29T23:59:59.000Z'],
    ['2015-12', true, '2015-12-31T23:59:59.000Z'],
    ['2014-09-15', false, '2014-09-15T00:00:00.000Z'],
    ['2014-09-15', true, '2014-09-15T23:59:59.000Z'],
    ['2014', false, '2014-01-01T00:00:00.000Z'],
    ['2014', true, '2014-12-31T23:59:59.000Z'],
  ])('%s (end=%s)', (value, end, expected) => {
    expect(iso(periodToTimestamp(value, end))).toBe(expected);
  });

  it('is null for missing or malformed values', () => {
    expect(periodToTimestamp(null)).toBeNull();
    expect(periodToTimestamp('ÅÅÅÅ-MM')).toBeNull();
  });
});

describe('the lessons page', () => {
  const record: ExtractedRecord = {
    projectName: 'Besöksnäring 2.0',
    documentType: 'final_report',
    language: 'sv',
    owner: 'Eskilstuna kommun',
    diaryNumber: null,
    period: { start: '2015-01', end: '2016-06' },
    budget: { totalSek: 1_200_000, grantedSek: null },
    county: 'Södermanlands län',
    municipalities: ['Eskilstuna'],
    funders: [],
    programme: null,
    projectManager: null,
    lessonsLearned: ['Förankra tidigt.', 'Mät från start.'],
    themes: [],
    summary: null,
    provenance: { lessonsLearned: { page: 7, snippet: 'Lärdomar', confidence: 0.8 } },
    warnings: [],
  };

  it('goes with the report and each of its lessons', () => {
    const doc = toSearchDocument('a'.repeat(64), record, null, { originalName: null, correctedFields: [] });
    expect(doc.lessonsPage).toBe(7);
    expect(toLessonDocuments(doc).map((l) => [l.position, l.page])).toEqual([
      [1, 7],
      [2, 7],
    ]);
  });

  it('is unknown for lessons a person typed in, or found nowhere', () => {
    const corrected = toSearchDocument('a'.repeat(64), record, null, { originalName: null, correctedFields: ['lessonsLearned'] });
    expect(corrected.lessonsPage).toBeNull();
    expect(toLessonDocuments(corrected)[0]!.page).toBeNull();
    const none = toSearchDocument('a'.repeat(64), { ...record, provenance: {} }, null, { originalName: null, correctedFields: [] });
    expect(none.lessonsPage).toBeNull();
  });
});
