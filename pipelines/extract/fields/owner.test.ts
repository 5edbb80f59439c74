import { describe, expect, it } from 'vitest';
import { extractRecord } from '../extract-record.js';
import { swedishSide } from './owner.js';

describe('swedishSide', () => {
  it.each([
    ['Östersunds kommun och Trondheim kommune', 'Östersunds kommun'],
    ['Region Värmland och Innlandet fylkeskommune', 'Region Värmland'],
    ['Haparanda stad och Tornion kaupunki', 'Haparanda stad'],
  ])('takes the Swedish owner of a cross-border pair: %s', (value, expected) => {
    expect(swedishSide(value)).toBe(expected);
  });
  it.each(['Skellefteå kommun och Norsjö kommun', 'Hushållningssällskapet Halland', 'Trondheim kommune'])('leaves %s alone', (value) => {
    expect(swedishSide(value)).toBe(value);
  });
});

describe('an owner key that also reads as a heading', () => {
  it('is a key between other keys with colons over their values', () => {
    const page = [
      'Projektinformation',
      'Projekttitel:',
      'Lokal förankring av vindbruksprojekt',
      'Project manager:',
      'Hans Pahlin',
      'Organisation:',
      'Lungsjöns Fritidsförening',
      'Projektnummer:',
      '42427-1',
    ].join('\n');
    const rec = extractRecord({ pages: [page], info: { title: null, author: null, creator: null, producer: null } });
    expect(rec.owner).toBe('Lungsjöns Fritidsförening');
  });
});
