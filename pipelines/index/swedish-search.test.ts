import { describe, expect, it } from 'vitest';
import { LESSONS_SETTINGS, REPORTS_SETTINGS } from './index-settings.js';
import { foldDiacritics } from './swedish-search.js';

describe('folding', () => {
  it('folds diacritics the way Meilisearch folds text and synonyms', () => {
    expect(foldDiacritics('Växjö Åre besöksnäringen')).toBe('Vaxjo Are besoksnaringen');
    expect(foldDiacritics('café')).toBe('cafe');
    // Decomposed input (a + combining ring) folds the same.
    expect(foldDiacritics('a\u030Ar')).toBe('ar');
  });
});

describe('index settings', () => {
  it.each([
    ['reports', REPORTS_SETTINGS],
    ['lessons', LESSONS_SETTINGS],
  ] as const)('%s: each text indexed once, read as English (so folded), no stop words in the index', (_, settings) => {
    expect(settings.localizedAttributes).toEqual([{ locales: ['eng'], attributePatterns: ['*'] }]);
    expect(settings.stopWords).toEqual([]);
    expect(settings.searchableAttributes!.some((a) => a.includes('.'))).toBe(false);
    expect(new Set(settings.searchableAttributes).size).toBe(settings.searchableAttributes!.length);
  });

  it('the body is searched, never returned', () => {
    expect(REPORTS_SETTINGS.searchableAttributes).toContain('body');
    expect(REPORTS_SETTINGS.displayedAttributes).not.toContain('body');
    expect(REPORTS_SETTINGS.displayedAttributes).toEqual(expect.arrayContaining(['id', 'projectName', 'lessonsLearned', 'summary']));
  });
});
