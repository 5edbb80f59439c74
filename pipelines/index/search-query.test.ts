import { describe, expect, it } from 'vitest';
import type { SearchResponse } from 'meilisearch';
import { fillFromRarestWords, type IndexQuery } from '../../shared/clients/search-index.js';
import { prepareQuery, splitCompound, SYNONYMS } from './swedish-search.js';

describe('prepareQuery', () => {
  it.each([
    ['byte av projektledare', 'byte projektledare'],
    ['samarbete med universitetet', 'samarbete universitetet'],
    ['anchoring the project with politicians', 'anchoring project politicians'],
    // Synonym phrases that hold a stop word stay whole, so the synonym fires.
    ['letter of intent', 'letter of intent'],
    ['små och medelstora företag', 'små och medelstora företag'],
    ['Access to Capital i Dalarna', 'Access to Capital Dalarna'],
    // Compounds of known words come with their parts first.
    ['projektledarbyte', 'projektledar byte projektledarbyte'],
    ['kommunikationsresurs', 'kommunikation resurs kommunikationsresurs'],
    ['budgetrevidering', 'budget revidering budgetrevidering'],
    // Words that are known themselves, names and short words are left alone.
    ['kompetensförsörjning unga', 'kompetensförsörjning unga'],
    ['Hässleholm Trafikverket', 'Hässleholm Trafikverket'],
    // Stop words only, and quoted phrases, are searched as typed.
    ['det som', 'det som'],
    ['"byte av projektledare"', '"byte av projektledare"'],
  ])('%s -> %s', (q, expected) => {
    expect(prepareQuery(q)).toBe(expected);
  });

  it('every synonym phrase with a stop word survives prepareQuery', () => {
    const phrases = Object.keys(SYNONYMS).filter((k) => k.includes(' '));
    expect(phrases).toContain('letter of intent');
    for (const p of phrases) expect(prepareQuery(p)).toBe(p);
  });

  it('splits only where both parts are known words', () => {
    expect(splitCompound('jämställdhetsexpert')).toEqual(['jämställdhet', 'expert']);
    expect(splitCompound('projektledarbyte')).toEqual(['projektledar', 'byte']);
    // A compound that is a synonym of its own is searched as it is.
    expect(splitCompound('lägesrapportering')).toBeNull();
    expect(splitCompound('Kompetensplattform')).toBeNull();
    expect(splitCompound('entreprenörskap')).toBeNull();
    expect(splitCompound('byte')).toBeNull();
  });
});

describe('fillFromRarestWords', () => {
  const q = (limit: number, page?: number): IndexQuery => ({ q: 'a b', filter: [], limit, offset: 0, page });
  const res = (ids: [string, number][], total: number, page = false) =>
    ({
      hits: ids.map(([id, s]) => ({ id, _rankingScore: s })),
      ...(page ? { totalHits: total, totalPages: 1 } : { estimatedTotalHits: total }),
    }) as unknown as SearchResponse<Record<string, unknown>>;
  const ids = (r: SearchResponse<Record<string, unknown>>) => r.hits.map((h) => h.id);

  it('fills a page that is not full with the other hits, best first, each once, and counts them', () => {
    const out = fillFromRarestWords(
      q(4, 1),
      res([['x', 0.9]], 1, true),
      res(
        [
          ['y', 0.95],
          ['x', 0.9],
          ['z', 0.5],
          ['w', 0.4],
          ['v', 0.3],
        ],
        5,
        true,
      ),
    );
    expect(ids(out)).toEqual(['y', 'x', 'z', 'w']);
    expect(out.totalHits).toBe(4);
    expect(out.totalPages).toBe(1);
  });

  it('merges a full page by score when no hit holds every word; the total grows by the hits added', () => {
    const out = fillFromRarestWords(
      q(2),
      res(
        [
          ['x', 0.6],
          ['y', 0.5],
        ],
        40,
      ),
      res(
        [
          ['z', 0.7],
          ['x', 0.6],
        ],
        3,
      ),
    );
    expect(ids(out)).toEqual(['z', 'x']);
    expect(out.estimatedTotalHits).toBe(41);
  });

  it('leaves the page as it was when the other search adds nothing', () => {
    const main = res([['x', 0.9]], 1);
    expect(fillFromRarestWords(q(3), main, res([['x', 0.9]], 1))).toBe(main);
  });
});
