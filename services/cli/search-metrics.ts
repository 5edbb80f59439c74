// Ranking metrics for `npm run eval:search`: pure functions over a ranked list of ids and graded
// judgments, so they can be checked by hand (see search-metrics.test.ts).

/** Graded relevance of documents for one query: id -> grade (1 = related, 2 = relevant, 3 = what the user wants first). */
export type Judgments = Record<string, number>;

/**
 * Discounted cumulative gain of the first `k` ranks: sum of grade / log2(rank + 1). Unjudged ids
 * gain 0, and an id seen again gains nothing the second time.
 */
export function dcgAtK(ranked: readonly string[], judgments: Judgments, k: number): number {
  let dcg = 0;
  const seen = new Set<string>();
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    const id = ranked[i]!;
    const grade = seen.has(id) ? 0 : (judgments[id] ?? 0);
    seen.add(id);
    if (grade > 0) dcg += grade / Math.log2(i + 2);
  }
  return dcg;
}

/** The DCG of the best possible ranking: the judged ids, highest grade first. */
export function idealDcgAtK(judgments: Judgments, k: number): number {
  const grades = Object.values(judgments)
    .filter((g) => g > 0)
    .sort((a, b) => b - a);
  let dcg = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) dcg += grades[i]! / Math.log2(i + 2);
  return dcg;
}

/**
 * Normalised DCG at `k` (linear graded gains, log2 discount, ideal from the judgments), in [0, 1].
 * A query with no relevant documents scores 1 when nothing is returned and 0 otherwise.
 */
export function ndcgAtK(ranked: readonly string[], judgments: Judgments, k = 10): number {
  const ideal = idealDcgAtK(judgments, k);
  if (ideal === 0) return ranked.length === 0 ? 1 : 0;
  return dcgAtK(ranked, judgments, k) / ideal;
}

/**
 * Share of the relevant documents (grade ≥ 1) found in the first `k` ranks. The denominator is
 * capped at `k`, so a query with more than `k` relevant documents can still reach 1.
 * A query with no relevant documents scores 1.
 */
export function recallAtK(ranked: readonly string[], judgments: Judgments, k = 10): number {
  const relevant = new Set(
    Object.entries(judgments)
      .filter(([, g]) => g > 0)
      .map(([id]) => id),
  );
  if (relevant.size === 0) return 1;
  const top = new Set(ranked.slice(0, k));
  let found = 0;
  for (const id of relevant) if (top.has(id)) found++;
  return found / Math.min(relevant.size, k);
}

/** The scores of one judged query. */
export interface QueryScore {
  id: string;
  ndcg: number;
  recall: number;
}

/** Arithmetic means over queries (0 for none). */
export function meanScores(scores: readonly QueryScore[]): { ndcg: number; recall: number } {
  if (scores.length === 0) return { ndcg: 0, recall: 0 };
  const sum = (f: (s: QueryScore) => number) => scores.reduce((acc, s) => acc + f(s), 0);
  return { ndcg: sum((s) => s.ndcg) / scores.length, recall: sum((s) => s.recall) / scores.length };
}

/** Worst first: lowest nDCG, then lowest recall, then by id so the order is stable. */
export function worstFirst<T extends QueryScore>(scores: readonly T[]): T[] {
  return [...scores].sort((a, b) => a.ndcg - b.ndcg || a.recall - b.recall || a.id.localeCompare(b.id));
}
