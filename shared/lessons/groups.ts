/**
 * Lesson groups: lessons across reports grouped by what they say. Each lesson becomes a TF-IDF vector of
 * its terms (analyse.ts: stemmed, compounds split, English read as Swedish); two lessons are alike by the
 * cosine of their vectors; lessons are merged by agglomerative clustering (average link by default, or
 * single link: the connected parts of the graph of pairs above the threshold) while the pair of groups
 * most alike is at least the threshold. Grouping can start from earlier groups, so lessons that arrive
 * later join them or form new ones without regrouping the rest (`updateGroups`). Pure: no I/O.
 */
import { tfidfVectors } from '../nlp/terms.js';
import { PairHeap } from './pair-heap.js';
import { CompoundSplitter, DEFAULT_ANALYSIS, type AnalysisOptions, type LessonTerm, lessonTerms, lessonWords } from './analyse.js';

/** How lessons are grouped; each choice is measured by `npm run eval:groups`. */
export interface GroupingOptions {
  /** Least similarity (cosine, 0..1) at which two groups are merged. */
  threshold: number;
  /** 'average': mean similarity of every pair across two groups; 'single': the most similar pair. */
  linkage: 'average' | 'single';
  analysis: AnalysisOptions;
}

/** The options the product runs with, chosen by the threshold sweep of `npm run eval:groups`. */
export const DEFAULT_GROUPING: GroupingOptions = { threshold: 0.25, linkage: 'average', analysis: DEFAULT_ANALYSIS };

/** A lesson to group: its id and text. */
export interface LessonText {
  id: string;
  text: string;
}

/** A sparse unit vector: stem → weight. */
export type Vector = Map<string, number>;

/** The analysed lessons: each lesson's terms and unit TF-IDF vector, in the given order. */
export interface Analysed {
  terms: LessonTerm[][];
  vectors: Vector[];
}

/** Terms and vectors of lessons; IDF and the compound parts are taken over these lessons. */
export function analyseLessons(lessons: LessonText[], analysis: AnalysisOptions = DEFAULT_ANALYSIS): Analysed {
  const splitter = new CompoundSplitter({ lexicon: analysis.lexicon });
  if (analysis.compounds) for (const l of lessons) splitter.learn(lessonWords(l.text, analysis).words);
  const terms = lessons.map((l) => lessonTerms(l.text, analysis.compounds ? splitter : null, analysis));
  const raw = tfidfVectors(terms.map((t) => t.map((x) => ({ stem: x.stem, word: x.word }))));
  return { terms, vectors: raw.map(unit) };
}

function unit(v: Vector): Vector {
  let n = 0;
  for (const w of v.values()) n += w * w;
  const len = Math.sqrt(n);
  return len ? new Map([...v].map(([k, w]) => [k, w / len])) : v;
}

/** Cosine of two unit vectors. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) {
    const x = large.get(k);
    if (x) dot += w * x;
  }
  return dot;
}

/** A pair of lessons (by index, i < j) and their similarity. */
export interface Edge {
  i: number;
  j: number;
  sim: number;
}

/**
 * Pairs at least `min` alike, found through an inverted index (only lessons sharing a term are compared).
 * With `only`, just the pairs where at least one lesson is among those indexes (lessons that arrived).
 */
export function similarPairs(vectors: Vector[], min: number, only?: Set<number>): Edge[] {
  const postings = new Map<string, { doc: number; w: number }[]>();
  vectors.forEach((v, doc) => {
    for (const [k, w] of v) {
      const list = postings.get(k) ?? [];
      list.push({ doc, w });
      postings.set(k, list);
    }
  });
  const edges: Edge[] = [];
  const sources = only ? [...only].sort((a, b) => a - b) : vectors.map((_, i) => i);
  for (const i of sources) {
    const dots = new Map<number, number>();
    for (const [k, w] of vectors[i]!) {
      for (const p of postings.get(k)!) {
        // Each pair once: with `only`, a pair of two arrived lessons is counted from its smaller index.
        if (p.doc === i || (p.doc < i && (!only || only.has(p.doc)))) continue;
        dots.set(p.doc, (dots.get(p.doc) ?? 0) + w * p.w);
      }
    }
    for (const [j, sim] of dots) if (sim >= min) edges.push(i < j ? { i, j, sim } : { i: j, j: i, sim });
  }
  return edges;
}

/**
 * Agglomerative clustering of `n` lessons from the given pairs. `initial` lists groups to start from (lesson
 * indexes; every other lesson starts alone). Average link: merges the two groups whose mean pairwise
 * similarity is highest while it is at least the threshold (a pair not among `edges` counts 0). Single
 * link: merges any two groups joined by a pair at least the threshold. Returns groups of indexes.
 */
export function cluster(n: number, edges: Edge[], threshold: number, linkage: 'average' | 'single', initial: number[][] = []): number[][] {
  const of = new Int32Array(n).fill(-1);
  const members = new Map<number, number[]>();
  let next = 0;
  for (const g of initial) {
    const id = next++;
    members.set(id, [...g]);
    for (const i of g) of[i] = id;
  }
  for (let i = 0; i < n; i++) {
    if (of[i] !== -1) continue;
    of[i] = next;
    members.set(next++, [i]);
  }
  if (linkage === 'single') return singleLink(of, members, edges, threshold);
  // Sum of similarities between each two groups that have a pair among the edges.
  const sums = new Map<number, Map<number, number>>();
  const add = (a: number, b: number, s: number) => {
    const m = sums.get(a) ?? new Map<number, number>();
    m.set(b, (m.get(b) ?? 0) + s);
    sums.set(a, m);
  };
  for (const e of edges) {
    const a = of[e.i]!;
    const b = of[e.j]!;
    if (a === b) continue;
    add(a, b, e.sim);
    add(b, a, e.sim);
  }
  // Candidate merges in a heap; a group's version changes when it grows, which makes its older candidates stale.
  const version = new Map<number, number>();
  const heap = new PairHeap();
  const offer = (x: number, y: number, s: number) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const avg = s / (members.get(a)!.length * members.get(b)!.length);
    if (avg >= threshold) heap.push({ avg, a, b, va: version.get(a) ?? 0, vb: version.get(b) ?? 0 });
  };
  for (const [a, m] of sums) for (const [b, s] of m) if (a < b) offer(a, b, s);
  while (heap.size) {
    const c = heap.pop()!;
    if (!members.has(c.a) || !members.has(c.b) || (version.get(c.a) ?? 0) !== c.va || (version.get(c.b) ?? 0) !== c.vb) continue;
    // The larger group keeps its id, so a group that grows keeps its place.
    const [keep, gone] = members.get(c.a)!.length >= members.get(c.b)!.length ? [c.a, c.b] : [c.b, c.a];
    members.get(keep)!.push(...members.get(gone)!);
    members.delete(gone);
    version.set(keep, (version.get(keep) ?? 0) + 1);
    const goneSums = sums.get(gone) ?? new Map<number, number>();
    sums.delete(gone);
    sums.get(keep)?.delete(gone);
    for (const [other, s] of goneSums) {
      if (other === keep) continue;
      const om = sums.get(other)!;
      om.delete(gone);
      om.set(keep, (om.get(keep) ?? 0) + s);
      add(keep, other, s);
    }
    for (const [other, s] of sums.get(keep) ?? []) offer(keep, other, s);
  }
  return [...members.values()];
}

function singleLink(of: Int32Array, members: Map<number, number[]>, edges: Edge[], threshold: number): number[][] {
  const parent = new Map<number, number>([...members.keys()].map((k) => [k, k]));
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const e of edges) {
    if (e.sim < threshold) continue;
    const a = find(of[e.i]!);
    const b = find(of[e.j]!);
    if (a !== b) parent.set(b, a);
  }
  const out = new Map<number, number[]>();
  for (const [id, m] of members) {
    const r = find(id);
    out.set(r, [...(out.get(r) ?? []), ...m]);
  }
  return [...out.values()];
}

/** Groups lessons from scratch: lists of lesson ids, largest first. */
export function groupLessons(lessons: LessonText[], options: GroupingOptions = DEFAULT_GROUPING): string[][] {
  const { vectors } = analyseLessons(lessons, options.analysis);
  const edges = similarPairs(vectors, Math.min(options.threshold, 0.99));
  return cluster(lessons.length, edges, options.threshold, options.linkage)
    .map((g) => g.map((i) => lessons[i]!.id))
    .sort((a, b) => b.length - a.length);
}

/**
 * Groups after some lessons arrived and others left: `previous` are the earlier groups (lesson ids; ids no
 * longer among `lessons` are dropped), and every lesson in none of them is new. New lessons are compared
 * with all lessons and join a group (or form one) by the same clustering; a small earlier group a new
 * lesson is near is grouped again with the new lessons, and every other earlier group stays as it was
 * unless new lessons join it. IDF is taken over all current lessons.
 */
export function updateGroups(lessons: LessonText[], previous: string[][], options: GroupingOptions = DEFAULT_GROUPING): string[][] {
  return updateGroupIndexes(lessons, previous, options).map((g) => g.map((i) => lessons[i]!.id));
}

/** `updateGroups` answering indexes into `lessons`; `analysed` (of these lessons) is reused when given. */
export function updateGroupIndexes(
  lessons: LessonText[],
  previous: string[][],
  options: GroupingOptions = DEFAULT_GROUPING,
  analysed?: Analysed,
): number[][] {
  const index = new Map(lessons.map((l, i) => [l.id, i]));
  const initial = previous.map((g) => g.flatMap((id) => (index.has(id) ? [index.get(id)!] : []))).filter((g) => g.length > 0);
  const seen = new Set(initial.flat());
  const arrived = new Set(lessons.map((_, i) => i).filter((i) => !seen.has(i)));
  if (!arrived.size) return initial;
  const { vectors } = analysed ?? analyseLessons(lessons, options.analysis);
  const min = Math.min(options.threshold, 0.99);
  const edges = similarPairs(vectors, min, arrived);
  // The small groups an arriving lesson is alike enough to join are grouped again with the arrivals, so an
  // early merge of two near lessons is undone once their own groups' lessons arrive. Larger groups and
  // groups no arrival is near stay as they were (and an update stays cheap).
  const groupOf = new Map(initial.flatMap((g, k) => g.map((i) => [i, k] as const)));
  const touched = new Set(
    edges
      .flatMap((e) => [groupOf.get(e.i), groupOf.get(e.j)])
      .filter((k): k is number => k !== undefined && initial[k]!.length < REGROUP_BELOW),
  );
  const regroup = new Set([...arrived, ...[...touched].flatMap((k) => initial[k]!)]);
  const kept = initial.filter((_, k) => !touched.has(k));
  const inner = touched.size ? similarPairs(vectors, min, regroup).filter((e) => regroup.has(e.i) && regroup.has(e.j)) : [];
  const outer = edges.filter((e) => !(regroup.has(e.i) && regroup.has(e.j)));
  return cluster(lessons.length, touched.size ? [...inner, ...outer] : edges, options.threshold, options.linkage, kept);
}

/** Groups smaller than this are grouped again when a lesson arrives near them (see updateGroupIndexes). */
export const REGROUP_BELOW = 10;

/** What a group is called: its most central lesson and its top terms. */
export interface GroupLabel {
  /** Id of the lesson most like the others of its group (the shortest among equals). */
  centralId: string;
  /** The words that weigh most across the group's lessons, as written. */
  terms: string[];
}

/** Labels of groups (lists of indexes into `lessons`), from the analysed lessons. */
export function labelGroups(lessons: LessonText[], analysed: Analysed, groups: number[][], nTerms = 5): GroupLabel[] {
  return groups.map((g) => {
    let central = g[0]!;
    let bestScore = -1;
    for (const i of g) {
      let s = 0;
      for (const j of g) if (j !== i) s += cosine(analysed.vectors[i]!, analysed.vectors[j]!);
      const better = s > bestScore + 1e-9 || (Math.abs(s - bestScore) <= 1e-9 && lessons[i]!.text.length < lessons[central]!.text.length);
      if (better) {
        bestScore = s;
        central = i;
      }
    }
    const weight = new Map<string, number>();
    const words = new Map<string, Map<string, number>>();
    for (const i of g) {
      for (const [k, w] of analysed.vectors[i]!) weight.set(k, (weight.get(k) ?? 0) + w);
      for (const t of analysed.terms[i]!) {
        const m = words.get(t.stem) ?? new Map<string, number>();
        m.set(t.word, (m.get(t.word) ?? 0) + 1);
        words.set(t.stem, m);
      }
    }
    const terms = [...weight]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, nTerms)
      .map(([k]) => [...(words.get(k) ?? new Map([[k, 1]]))].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
    return { centralId: lessons[central]!.id, terms };
  });
}
