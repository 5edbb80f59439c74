import { describe, expect, it } from 'vitest';
import { CompoundSplitter, lessonLanguage, lessonTerms } from './analyse.js';
import { analyseLessons, cluster, groupLessons, labelGroups, similarPairs, updateGroupIndexes, updateGroups } from './groups.js';
import { judgedPairs, parseLessonSet, scorePairs } from './pair-eval.js';

const stems = (text: string, splitter: CompoundSplitter | null = null) => lessonTerms(text, splitter).map((t) => t.stem);

describe('lesson analysis', () => {
  it('tells English lessons from Swedish ones', () => {
    expect(lessonLanguage('Members of the steering group need a clear mandate.')).toBe('en');
    expect(lessonLanguage('Styrgruppen träffades för sällan för att kunna styra projektet.')).toBe('sv');
  });

  it('splits compounds into known words: linking s, a lost final e, an inflected tail', () => {
    const s = new CompoundSplitter();
    s.learn(['styrgruppen', 'möte', 'projektledare', 'byten', 'resultat', 'spridning']);
    expect(s.split('styrgruppsmötena').length).toBe(2);
    expect(s.split('projektledarbytet')).toEqual(['projektledare', 'bytet']);
    expect(s.split('resultatspridningen')).toEqual(['resultat', 'spridningen']);
    // Unknown parts: the word stays whole.
    expect(s.split('omställningsarbete')).toEqual(['omställningsarbete']);
    // A word is not split into its own stem and an ending that looks like a word ("aren" of "arena").
    s.learn(['sommaren', 'arena']);
    expect(s.split('sommaren')).toEqual(['sommaren']);
  });

  it('reads an English lesson in the Swedish words of the same lesson', () => {
    const en = stems('Members of the steering group need a clear mandate.');
    const sv = stems('Ledamöterna i styrgruppen behöver ett tydligt mandat.');
    for (const word of ['styrgrupp', 'mandat', 'tydlig', 'ledamot']) {
      const [s] = stems(word);
      expect(en).toContain(s);
      expect(sv).toContain(s);
    }
  });

  it('reads inflected English words and phrases by their base form ("steering committees", "recruited")', () => {
    expect(stems('The steering committees recruited consultants.')).toEqual(stems('styrgrupp rekrytering konsult'));
    expect(stems('Co-financed by the municipalities')).toEqual(stems('medfinansiering kommun'));
    // "needs to" is a verb; "needs" alone the noun.
    expect(stems('The plan needs to change.')).not.toContain(stems('behov')[0]);
    expect(stems("The companies' needs").at(-1)).toBe(stems('behov')[0]);
  });

  it('reads Swedish synonyms and inflections as one concept', () => {
    expect(stems('samarbetet')).toEqual(stems('samverkan'));
    expect(stems('gemensamt')).toEqual(stems('gemensamma'));
    expect(stems('pandemin')).toEqual(stems('pandemi'));
    expect(stems('tidigt')).toEqual(stems('inledningsvis'));
  });

  it('reads a word negated by its prefix as what it is about ("otydlig", "unclear")', () => {
    expect(stems('otydligt mandat')).toEqual(stems('tydligt mandat'));
    expect(stems('The mandate of the group was unclear.')).toEqual(stems('The mandate of the group was clear.'));
  });

  it('tells a short Swedish lesson with an English-looking word from an English one', () => {
    expect(lessonLanguage('Utvärderaren borde ha kopplats in redan när projektet startade.')).toBe('sv');
    expect(lessonLanguage('Social media gave wider reach than printed material.')).toBe('en');
  });

  it('keeps "tidigt" (early) apart from "tiden" (time)', () => {
    expect(stems('förankra tidigt')).not.toContain(stems('drog ut på tiden')[0]);
  });
});

describe('clustering', () => {
  // A chain a–b–c–d: each next pair alike, the ends not at all.
  const chain = [
    { i: 0, j: 1, sim: 0.6 },
    { i: 1, j: 2, sim: 0.6 },
    { i: 2, j: 3, sim: 0.6 },
  ];

  it('single link follows a chain; average link does not', () => {
    expect(cluster(4, chain, 0.5, 'single')).toHaveLength(1);
    const avg = cluster(4, chain, 0.5, 'average');
    expect(avg).toHaveLength(2);
    expect(avg.map((g) => g.length).sort()).toEqual([2, 2]);
  });

  it('starts from given groups and only merges at the threshold', () => {
    const out = cluster(4, [{ i: 2, j: 3, sim: 0.1 }], 0.5, 'average', [[0, 1]]);
    expect(out.map((g) => [...g].sort())).toEqual([[0, 1], [2], [3]]);
  });

  it('finds only the pairs above the similarity asked, each once', () => {
    const { vectors } = analyseLessons([
      { id: 'a', text: 'Styrgruppen träffades för sällan.' },
      { id: 'b', text: 'Styrgruppen träffades alltför sällan.' },
      { id: 'c', text: 'Budgeten reviderades.' },
    ]);
    const edges = similarPairs(vectors, 0.3);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ i: 0, j: 1 });
  });
});

const LESSONS = [
  { id: 'm1', text: 'Näringslivets representanter i styrgruppen behöver ett tydligt mandat.' },
  { id: 'm2', text: 'Styrgruppens representanter saknade mandat, vilket försvårade besluten.' },
  { id: 'm3', text: 'Members of the steering group need a clear mandate to make decisions.' },
  { id: 'f1', text: 'Styrgruppen träffades för sällan för att kunna styra projektet.' },
  { id: 'f2', text: 'Tätare möten i styrgruppen hade gett en bättre styrning av projektet.' },
  { id: 'e1', text: 'Det var svårt att mäta effekterna eftersom jämförbar statistik saknades.' },
  { id: 'e2', text: 'It was difficult to measure effects because comparable statistics were missing.' },
];

describe('lesson groups', () => {
  it('groups a lesson with its rewording and its English version, apart from another steering-group lesson', () => {
    const groups = groupLessons(LESSONS);
    const of = (id: string) => groups.findIndex((g) => g.includes(id));
    expect(of('m1')).toBe(of('m3'));
    expect(of('m1')).toBe(of('m2'));
    expect(of('e1')).toBe(of('e2'));
    expect(of('m1')).not.toBe(of('f1'));
    expect(of('m1')).not.toBe(of('e1'));
  });

  it('adds arriving lessons to the earlier groups and drops lessons that left', () => {
    const first = groupLessons(LESSONS.filter((l) => l.id !== 'e2' && l.id !== 'm3'));
    const now = LESSONS.filter((l) => l.id !== 'm2');
    const next = updateGroups(now, first);
    const of = (id: string) => next.findIndex((g) => g.includes(id));
    expect(of('e2')).toBe(of('e1'));
    expect(of('m3')).toBe(of('m1'));
    expect(of('m2')).toBe(-1);
    expect(next.flat().sort()).toEqual(now.map((l) => l.id).sort());
  });

  it('undoes an early merge of two near lessons when their own groups arrive', () => {
    // a1 and b1 share a word ("s") and nothing else; a2, a3 are a1's lesson, b2, b3 b1's.
    const v = (entries: [string, number][]) => new Map(entries);
    const vectors = [
      v([
        ['x', 0.8],
        ['s', 0.6],
      ]),
      v([
        ['y', 0.8],
        ['s', 0.6],
      ]),
      v([['x', 1]]),
      v([['x', 1]]),
      v([['y', 1]]),
      v([['y', 1]]),
    ];
    const lessons = ['a1', 'b1', 'a2', 'a3', 'b2', 'b3'].map((id) => ({ id, text: id }));
    const alone = updateGroupIndexes(lessons.slice(0, 2), [], undefined, { terms: [], vectors: vectors.slice(0, 2) });
    expect(alone).toHaveLength(1);
    const next = updateGroupIndexes(lessons, [['a1', 'b1']], undefined, { terms: [], vectors });
    const ids = next.map((g) => g.map((i) => lessons[i]!.id).sort()).sort();
    expect(ids).toEqual([
      ['a1', 'a2', 'a3'],
      ['b1', 'b2', 'b3'],
    ]);
  });

  it('labels a group by its most central lesson and its weightiest words', () => {
    const lessons = LESSONS.slice(0, 3);
    const analysed = analyseLessons(lessons);
    const [label] = labelGroups(lessons, analysed, [[0, 1, 2]]);
    expect(['m1', 'm2', 'm3']).toContain(label!.centralId);
    expect(label!.terms).toContain('mandat');
  });
});

describe('pair scores', () => {
  const set = parseLessonSet(
    ['## a', 'original | A one', 'english | A two', '## b', 'original | B one', 'near: a, b', '## c', 'original | C one'].join('\n'),
  );
  const pairs = judgedPairs(set.lessons, set.near);

  it('derives same pairs within a group and different pairs across near and next groups', () => {
    expect(pairs.filter((p) => p.same)).toHaveLength(1);
    expect(pairs.filter((p) => p.kind === 'near')).toHaveLength(2);
    expect(pairs.filter((p) => p.kind === 'far')).toHaveLength(2);
  });

  it('purity counts wrong pairs put together; completeness the same pairs kept apart', () => {
    const perfect = scorePairs([['a#1', 'a#2'], ['b#1'], ['c#1']], pairs);
    expect(perfect).toMatchObject({ purity: 1, completeness: 1 });
    const merged = scorePairs([['a#1', 'a#2', 'b#1'], ['c#1']], pairs);
    expect(merged.purity).toBeCloseTo(1 / 3, 3);
    const split = scorePairs([['a#1'], ['a#2'], ['b#1'], ['c#1']], pairs);
    expect(split.completeness).toBe(0);
  });
});
