import { describe, expect, it } from 'vitest';
import { fieldCorrect, lessonMatches, matchLessons, scoreAll } from './extraction-score.js';

describe('fieldCorrect', () => {
  it.each([
    ['projectName', 'Global Hässleholm', 'global hässleholm', true],
    ['projectName', 'Attraktiva Malung-Sälen', 'Attraktiva Malung Sälen – slutrapport', true],
    ['projectName', 'Global Hässleholm', 'Global', false],
    ['owner', 'Hässleholms kommun', 'Hässleholms kommun.', true],
    ['owner', 'Hässleholms kommun', 'Region Skåne', false],
    ['diaryNumber', 'Ä 2016-001579:03', 'Ä2016-001579:03', true],
    ['period.start', '2015-02', '2015-02-01', true],
    ['period.start', '2015-02-01', '2015-02', false],
    ['period.end', '2016-11', '2016-12', false],
    ['budget.totalSek', 4850000, 4850000, true],
    ['budget.totalSek', 4850000, 4850001, false],
    ['municipalities', ['Ludvika', 'Smedjebacken'], ['smedjebacken', 'Ludvika'], true],
    ['municipalities', ['Ludvika'], ['Ludvika', 'Borlänge'], false],
    ['documentType', 'final_report', 'evaluation', false],
    ['programme', null, null, true],
    ['programme', null, 'Regionalfonden', false],
    ['funders', [], [], true],
    ['owner', 'X kommun', null, false],
  ] as const)('%s: %j vs %j → %s', (field, truth, pred, expected) => {
    expect(fieldCorrect(field, truth, pred)).toBe(expected);
  });
});

describe('lessons', () => {
  it('matches a lesson by its words, not its punctuation or wrapping', () => {
    const t = 'Nätverksträffar för företagare behöver ha ett tydligt tema för att locka deltagare.';
    expect(lessonMatches(t, '- Nätverksträffar för företagare behöver ha ett tydligt tema för att locka\ndeltagare')).toBe(true);
    expect(lessonMatches(t, 'Nätverksträffar behöver tema.')).toBe(false);
  });

  it('matches one to one', () => {
    const t = ['Styrgruppen behöver mandat att fatta beslut.', 'Tidig förankring hos politiker sparar tid.'];
    expect(matchLessons(t, [t[0]!, t[0]!])).toBe(1);
    expect(matchLessons(t, [t[1]!, t[0]!])).toBe(2);
  });

  it('computes precision, recall and F1 over documents', () => {
    const s = scoreAll([
      {
        file: 'a',
        truth: { lessonsLearned: ['Ett två tre fyra fem.', 'Sex sju åtta nio tio.'] },
        pred: { lessonsLearned: ['Ett två tre fyra fem.', 'Något helt annat här.'] },
      },
    ]);
    expect(s.lessons.matched).toBe(1);
    expect(s.lessons.precision).toBe(0.5);
    expect(s.lessons.recall).toBe(0.5);
    expect(s.lessons.f1).toBe(0.5);
  });

  it('counts a document without a prediction as wrong in every field', () => {
    const s = scoreAll([{ file: 'a', truth: { owner: 'X', language: 'sv' }, pred: null }]);
    expect(s.fields.owner.correct).toBe(0);
    expect(s.fields.language.correct).toBe(0);
  });

  it('scores only the fields a truth labels, counts wrong values, and lessons for recall only where marked', () => {
    const s = scoreAll([
      {
        file: 'a',
        truth: { owner: 'X', period: { start: '2020' }, funders: [] },
        pred: { owner: 'Y', period: { start: '2020-01', end: '2021' }, funders: ['Z'], programme: 'P' },
      },
      {
        file: 'b',
        truth: { lessonsLearned: ['Ett två tre fyra fem.'], lessonsScoring: 'recall' },
        pred: { lessonsLearned: ['Ett två tre fyra fem.', 'Något helt annat här.'] },
      },
    ]);
    expect(s.fields.owner).toMatchObject({ total: 1, correct: 0, wrong: 1 });
    expect(s.fields['period.start']).toMatchObject({ total: 1, correct: 1, wrong: 0 });
    expect(s.fields['period.end'].total).toBe(0);
    expect(s.fields.programme.total).toBe(0);
    expect(s.fields.funders).toMatchObject({ total: 1, wrong: 1 });
    expect(s.wrongRate).toBeCloseTo(2 / 3);
    expect(s.mean).toBeCloseTo(1 / 3);
    expect(s.lessons.recall).toBe(1);
    expect(s.lessons.precision).toBe(1);
  });
});
