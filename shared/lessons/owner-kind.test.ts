import { describe, expect, it } from 'vitest';
import { ownerKind } from './owner-kind.js';

describe('ownerKind', () => {
  it.each([
    ['Ludvika kommun', 'municipality'],
    ['Kalix kommun', 'municipality'],
    ['Göteborgs stad', 'municipality'],
    ['Region Gävleborg', 'region'],
    ['Regionförbundet i Kalmar län', 'region'],
    ['Länsstyrelsen i Dalarnas län', 'region'],
    ['Föreningen SELMA', 'association'],
    ['Kommunförbundet Norrbotten', 'association'],
    ['Hushållningssällskapet Halland', 'association'],
    ['Almi Företagspartner Mitt AB', 'company'],
    ['Kungliga Tekniska Högskolan', 'university'],
    ['Lunds universitet', 'university'],
    ['Tillväxtverket', 'other'],
    [null, 'other'],
  ])('%s → %s', (owner, kind) => {
    expect(ownerKind(owner)).toBe(kind);
  });
});
