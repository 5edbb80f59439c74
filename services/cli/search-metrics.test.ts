import { describe, expect, it } from 'vitest';
import { dcgAtK, idealDcgAtK, meanScores, ndcgAtK, recallAtK, worstFirst, type Judgments } from './search-metrics.js';

// log2(2) = 1, log2(3) = 1.5849625, log2(4) = 2, log2(5) = 2.3219281
const L3 = Math.log2(3);

describe('dcgAtK / idealDcgAtK', () => {
  it.each<[string, string[], Judgments, number, number]>([
    ['one grade-3 hit at rank 1', ['a'], { a: 3 }, 10, 3],
    ['grades 1,2,3 in reverse order', ['c', 'b', 'a'], { a: 3, b: 2, c: 1 }, 10, 1 + 2 / L3 + 3 / 2], // 3.7618595
    ['unjudged ids gain nothing', ['x', 'a'], { a: 1 }, 10, 1 / L3], // 0.6309298
    ['ranks past k are cut off', ['x', 'y', 'a'], { a: 2 }, 2, 0],
    ['empty ranking', [], { a: 2 }, 10, 0],
  ])('%s', (_name, ranked, judgments, k, expected) => {
    expect(dcgAtK(ranked, judgments, k)).toBeCloseTo(expected, 6);
  });

  it.each<[string, Judgments, number, number]>([
    ['sorted by grade', { a: 1, b: 3, c: 2 }, 10, 3 + 2 / L3 + 1 / 2], // 4.7618595
    ['only the best k grades count', { a: 1, b: 3, c: 2 }, 1, 3],
    ['no judgments', {}, 10, 0],
  ])('ideal: %s', (_name, judgments, k, expected) => {
    expect(idealDcgAtK(judgments, k)).toBeCloseTo(expected, 6);
  });
});

describe('ndcgAtK', () => {
  it.each<[string, string[], Judgments, number, number]>([
    ['perfect order', ['a', 'b', 'c'], { a: 3, b: 2, c: 1 }, 10, 1],
    ['perfect order with unjudged ids after', ['a', 'b', 'x', 'y'], { a: 3, b: 2 }, 10, 1],
    // 3.7618595 / 4.7618595
    ['reverse order', ['c', 'b', 'a'], { a: 3, b: 2, c: 1 }, 10, 0.789998],
    // (2 + 2/2) / (2 + 2/log2(3) + 1/2) = 3 / 3.7618595
    ['a gap and a missing grade-1 doc', ['a', 'x', 'b'], { a: 2, b: 2, c: 1 }, 10, 0.7974781],
    ['single relevant doc at rank 2', ['x', 'a'], { a: 1 }, 10, 0.6309298],
    // 3/log2(5) / 3
    ['single relevant doc at rank 4, k = 4', ['x', 'y', 'z', 'a'], { a: 3 }, 4, 0.4306766],
    ['single relevant doc at rank 4, k = 3', ['x', 'y', 'z', 'a'], { a: 3 }, 3, 0],
    ['nothing returned', [], { a: 1 }, 10, 0],
    ['nothing relevant and nothing returned', [], {}, 10, 1],
    ['nothing relevant but something returned', ['x'], {}, 10, 0],
  ])('%s', (_name, ranked, judgments, k, expected) => {
    expect(ndcgAtK(ranked, judgments, k)).toBeCloseTo(expected, 6);
  });

  it('stays within [0, 1] when the same id is returned twice', () => {
    expect(ndcgAtK(['a', 'a'], { a: 3 })).toBe(1);
  });
});

describe('recallAtK', () => {
  const twelve = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`d${i}`, 1]));
  it.each<[string, string[], Judgments, number, number]>([
    ['all found', ['b', 'a'], { a: 3, b: 1 }, 10, 1],
    ['two of three found', ['a', 'x', 'b'], { a: 2, b: 2, c: 1 }, 10, 2 / 3],
    ['found only past k', ['x', 'y', 'a'], { a: 1 }, 2, 0],
    ['denominator capped at k', Array.from({ length: 10 }, (_, i) => `d${i}`), twelve, 10, 1],
    ['five of twelve, capped denominator 10', ['d0', 'd1', 'd2', 'd3', 'd4', 'x'], twelve, 10, 0.5],
    ['no relevant docs', ['x'], {}, 10, 1],
  ])('%s', (_name, ranked, judgments, k, expected) => {
    expect(recallAtK(ranked, judgments, k)).toBeCloseTo(expected, 6);
  });
});

describe('meanScores / worstFirst', () => {
  const scores = [
    { id: 'q2', ndcg: 0.5, recall: 1 },
    { id: 'q1', ndcg: 1, recall: 1 },
    { id: 'q3', ndcg: 0.5, recall: 0.5 },
  ];
  it('averages over queries', () => {
    const m = meanScores(scores);
    expect(m.ndcg).toBeCloseTo(2 / 3, 6);
    expect(m.recall).toBeCloseTo(2.5 / 3, 6);
    expect(meanScores([])).toEqual({ ndcg: 0, recall: 0 });
  });
  it('orders by nDCG, then recall, then id', () => {
    expect(worstFirst(scores).map((s) => s.id)).toEqual(['q3', 'q2', 'q1']);
  });
});
