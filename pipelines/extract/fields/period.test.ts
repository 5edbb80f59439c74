import { describe, expect, it } from 'vitest';
import { recordOf } from '../../../test/extract-text.js';

describe('the project period', () => {
  it('takes the same years at the finer precision another phrase gives', () => {
    const page = [
      'Stärkt företagsklimat i Skaraborg',
      '2018-01-01 till 2021-12-31. Projektets huvudsakliga uppgift har varit att stödja kommunerna.',
      'Projektet pågår mellan 2018 - 2021 och finansieras av Skaraborgs Kommunalförbund.',
    ].join('\n');
    const rec = recordOf(page);
    expect(rec.period).toEqual({ start: '2018-01-01', end: '2021-12-31' });
  });
});
