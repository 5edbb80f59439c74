import { describe, expect, it } from 'vitest';
import { LESSONS_SETTINGS, REPORTS_SETTINGS } from './index-settings.js';
import { FOLDED, TEXT_FIELDS, foldDiacritics, withFoldedText } from './swedish-search.js';

describe('folded copies of the running text', () => {
  it('folds diacritics the way Meilisearch folds untagged text and synonyms', () => {
    expect(foldDiacritics('Växjö Åre besöksnäringen')).toBe('Vaxjo Are besoksnaringen');
    expect(foldDiacritics('café')).toBe('cafe');
    // Decomposed input (a + combining ring) folds the same.
    expect(foldDiacritics('a\u030Ar')).toBe('ar');
  });

  it('copies the given fields, strings and string lists, and leaves the document as it was', () => {
    const doc = { id: 'x', projectName: 'Besöksnäring 2.0', lessonsLearned: ['Företagsbesök', 'Nätverk'], summary: null, body: 'Växjö' };
    const indexed = withFoldedText(doc, ['projectName', 'lessonsLearned', 'summary', 'body']);
    expect(indexed[FOLDED]).toEqual({ projectName: 'Besoksnaring 2.0', lessonsLearned: ['Foretagsbesok', 'Natverk'], body: 'Vaxjo' });
    expect(indexed.projectName).toBe('Besöksnäring 2.0');
    expect(doc).not.toHaveProperty(FOLDED);
  });
});

describe('index settings', () => {
  it.each([
    ['reports', REPORTS_SETTINGS, TEXT_FIELDS.reports],
    ['lessons', LESSONS_SETTINGS, TEXT_FIELDS.lessons],
  ] as const)(
    '%s: running text declared swe+eng, each with its folded copy right after it, copies never displayed',
    (_, settings, fields) => {
      expect(settings.localizedAttributes).toEqual([{ locales: ['swe', 'eng'], attributePatterns: [...fields] }]);
      for (const f of fields) {
        const at = settings.searchableAttributes!.indexOf(f);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(settings.searchableAttributes![at + 1]).toBe(`${FOLDED}.${f}`);
      }
      expect(settings.displayedAttributes).not.toContain(FOLDED);
      expect(settings.displayedAttributes).toEqual(expect.arrayContaining(['id', ...fields]));
    },
  );
});
