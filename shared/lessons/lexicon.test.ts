import { describe, expect, it } from 'vitest';
import { CONCEPTS, ENGLISH, englishBases, parseLexicon } from './lexicon.js';

describe('the word list', () => {
  it('reads concept lines: the Swedish name, its synonyms and its English words', () => {
    expect(parseLexicon('# a comment\nsamverkan, samarbete | cooperation, work together\n')).toEqual([
      { sv: 'samverkan', synonyms: ['samarbete'], en: ['cooperation', 'work together'] },
    ]);
  });

  it('gives each English word or phrase, and each Swedish word, one concept', () => {
    const en = new Map<string, Set<string>>();
    const sv = new Map<string, Set<string>>();
    for (const c of CONCEPTS) {
      for (const e of c.en) {
        const key = e.split(' ').map(ENGLISH.base).join(' ');
        en.set(key, new Set([...(en.get(key) ?? []), c.sv]));
      }
      for (const w of [c.sv, ...c.synonyms]) sv.set(w, new Set([...(sv.get(w) ?? []), c.sv]));
    }
    expect([...en].filter(([, cs]) => cs.size > 1).map(([k]) => k)).toEqual([]);
    expect([...sv].filter(([, cs]) => cs.size > 1).map(([k]) => k)).toEqual([]);
    expect(CONCEPTS.length).toBeGreaterThan(300);
  });

  it('undoes English inflections', () => {
    expect(englishBases('municipalities')).toContain('municipality');
    expect(englishBases('planned')).toContain('plan');
    expect(englishBases('involving')).toContain('involve');
    expect(englishBases('met')).toContain('meet');
    expect(ENGLISH.base('used')).toBe('use');
    expect(ENGLISH.base('using')).toBe('use');
    expect(ENGLISH.base('recruited')).toBe('recruit');
    expect(ENGLISH.toConcept.get('steering group')).toBe('styrgrupp');
  });
});
