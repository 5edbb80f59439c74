import { describe, expect, it } from 'vitest';
import { TextIndex } from './text-index.js';

describe('TextIndex', () => {
  const ix = new TextIndex([
    'Projektet finansieras av Tillväxtverket.',
    'Styrgruppen möttes fyra gånger.',
    'PROJEKTET har stöd från Region Skåne.',
    'Region Skåne och projektet.',
  ]);

  it('names the texts that hold a word of each set the pattern needs, in order', () => {
    // "projekt" in three texts (any case), "stöd" or "finansier" in two of them.
    expect(ix.candidates(/projekt\p{L}*\s+(?:\p{L}+\s+)?(?:stöd|finansier)/iu)).toEqual([0, 2]);
    // Case kept when the pattern keeps it: "Region" opens two texts.
    expect(ix.candidates(/Region\s+\p{Lu}/u)).toEqual([2, 3]);
    expect(ix.candidates(/region\s+\p{Lu}/u)).toEqual([]);
  });

  it('names no texts for a word no text holds, and every text (null) for a pattern that needs no word', () => {
    expect(ix.candidates(/Vinnova/u)).toEqual([]);
    expect(ix.candidates(/\p{Lu}\p{Ll}+/u)).toBeNull();
  });

  it('reads a text as a case-blind pattern does, the long s as an s', () => {
    const old = new TextIndex(['Förſtudien är klar.']);
    expect(/förstudien/iu.test('Förſtudien')).toBe(true);
    expect(old.candidates(/förstudien/iu)).toEqual([0]);
  });

  it('never joins two texts into a word', () => {
    // "Tillväxtverket." ends the first text and "Styrgruppen" opens the second: no text holds the two as one word.
    expect(ix.candidates(/Tillväxtverket\.Styrgruppen/u)).toEqual([]);
    expect(ix.candidates(/Tillväxtverket\./u)).toEqual([0]);
  });
});
