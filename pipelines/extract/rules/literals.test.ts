import { describe, expect, it } from 'vitest';
import { hits, type Rule } from './engine.js';
import * as tables from './index.js';
import { requiredLiterals } from './literals.js';

describe('requiredLiterals', () => {
  it.each([
    // Every part a match goes through gives a set: a word and its optional ending ("projekt", "projektet"), each of
    // two alternatives, a word alone; the longest first.
    [/(?<![\p{L}])projekt(?:et)?\s+(?:har|hade)\s+stöd/iu, [['projekt', 'projektet'], ['stöd'], ['har', 'hade']]],
    // Case is folded when the pattern ignores it, kept when it does not.
    [/(?:Region|Landstinget)\s+\p{Lu}/u, [['Region', 'Landstinget']]],
    [/(?:Region|Landstinget)\s+\p{Lu}/iu, [['region', 'landstinget']]],
    // A look-around is no part of the match: the words on both sides of it join.
    [/x(?=abc)yz/u, [['xyz']]],
    // Escaped characters are themselves.
    [/Dnr\.\s*\d/u, [['Dnr.']]],
    // An alternative holds one of its branches' words.
    [/(?:finansieras av|med stöd från)\s+\p{Lu}/iu, [['finansieras av', 'med stöd från']]],
  ] as [RegExp, string[][]][])('%s', (re, expected) => expect(requiredLiterals(re)).toEqual(expected));

  it.each([
    // Nothing every match must hold, or only a word too short to help.
    /[a-z]+/u,
    /abc|de/u,
    /(?:abc)?def?/u,
    /\p{Lu}\p{Ll}+\s+kommun|ab/u,
  ])('%s: none', (re) => expect(requiredLiterals(re)).toBeNull());
});

describe('every rule table', () => {
  const rules = Object.values(tables)
    .filter(Array.isArray)
    .flat()
    .filter((r): r is Rule<unknown> => !!r && typeof r === 'object' && 'pattern' in r);

  it('holds rules whose words can be read', () => {
    // Most rules name words every match holds; the share says the reader follows the patterns as written.
    const read = rules.filter((r) => requiredLiterals(r.pattern)).length;
    expect(read / rules.length).toBeGreaterThan(0.8);
  });

  it('finds every example a rule must catch in a text that holds one of its words', () => {
    for (const r of rules) {
      const sets = requiredLiterals(r.pattern);
      if (!sets) continue;
      for (const [text] of r.says) {
        const m = new RegExp(r.pattern.source, r.pattern.flags).exec(text);
        if (!m) continue;
        const seen = r.pattern.ignoreCase ? m[0].toLowerCase() : m[0];
        for (const lits of sets)
          expect(
            lits.some((l) => seen.includes(l)),
            `${r.id}: "${m[0]}" holds none of ${JSON.stringify(lits)}`,
          ).toBe(true);
        expect(hits(r, text).length, r.id).toBeGreaterThan(0);
      }
    }
  });
});
