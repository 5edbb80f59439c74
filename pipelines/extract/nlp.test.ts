import { describe, expect, it } from 'vitest';
import { PIECE_CHARS, pieces, splitSentences } from './nlp.js';

describe('splitSentences', () => {
  it('splits Swedish prose and keeps abbreviations inside sentences', () => {
    expect(splitSentences('Vi arbetade med bl.a. kommunerna. Det gick bra, t.ex. i Mora. Slut.')).toEqual([
      'Vi arbetade med bl.a. kommunerna.',
      'Det gick bra, t.ex. i Mora.',
      'Slut.',
    ]);
  });

  // natural's tokenizer takes time quadratic in what it is given; it is only ever given bounded pieces.
  it('gives the tokenizer pieces of bounded length, however long and unbroken the text', () => {
    const prose = 'Han sa "vi måste börja om. Det var svårt att nå företagen i Dalarna o.s.v. Vi jobbade m.fl. aktörer ca. 20 st. '.repeat(
      2000,
    );
    const unbroken = 'ordet '.repeat(40000);
    for (const text of [prose, unbroken]) {
      const ps = pieces(text);
      expect(ps.length).toBeGreaterThan(50);
      for (const p of ps) expect(p.length).toBeLessThanOrEqual(PIECE_CHARS);
      expect(ps.join(' ').replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' ').trim());
    }
    expect(splitSentences(prose).length).toBeGreaterThan(2000);
  });
});
