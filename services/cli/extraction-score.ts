/**
 * Scores extracted records against ground truth, by the rules of the extraction contract: folded
 * text equality (with containment for project names), exact numbers and types, periods to the
 * precision the truth gives, sets for lists, and lessons matched one to one by their words.
 */

/** The contract fields that are scored one by one (lessons are scored separately). */
export const SCORED_FIELDS = [
  'projectName', 'documentType', 'language', 'owner', 'diaryNumber', 'period.start', 'period.end',
  'budget.totalSek', 'budget.grantedSek', 'county', 'municipalities', 'funders', 'programme', 'projectManager',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

type Rec = Record<string, unknown>;

/** Lower case, punctuation to spaces, spaces collapsed. */
export function fold(v: unknown): string {
  return String(v ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function at(rec: Rec, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Rec)[k] : undefined), rec);
}

const isEmpty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

/** True when the predicted value of one field counts as right. Absent truth wants an absent prediction. */
export function fieldCorrect(field: ScoredField, truth: unknown, pred: unknown): boolean {
  if (isEmpty(truth)) return isEmpty(pred);
  if (isEmpty(pred)) return false;
  switch (field) {
    case 'projectName': {
      const [a, b] = [fold(truth), fold(pred)];
      if (a === b) return true;
      const [short, long] = a.length <= b.length ? [a, b] : [b, a];
      return long.includes(short) && short.length >= 0.6 * long.length;
    }
    case 'documentType':
    case 'language':
      return truth === pred;
    case 'diaryNumber':
      return String(truth).replace(/\s+/g, '') === String(pred).replace(/\s+/g, '');
    case 'period.start':
    case 'period.end':
      // "2015-02" in the truth accepts "2015-02-01": equal to the precision the truth gives.
      return String(pred).startsWith(String(truth));
    case 'budget.totalSek':
    case 'budget.grantedSek':
      return Number(truth) === Number(pred);
    case 'municipalities':
    case 'funders': {
      const a = new Set((truth as unknown[]).map(fold));
      const b = new Set((pred as unknown[]).map(fold));
      return a.size === b.size && [...a].every((x) => b.has(x));
    }
    default:
      return fold(truth) === fold(pred);
  }
}

const words = (s: string) => fold(s).split(' ').filter(Boolean);

/** A predicted lesson matches a true one when it holds ≥ 80 % of its words and their Jaccard is ≥ 0.5. */
export function lessonMatches(truth: string, pred: string): boolean {
  const t = new Set(words(truth));
  const p = new Set(words(pred));
  if (!t.size || !p.size) return false;
  const shared = [...t].filter((w) => p.has(w)).length;
  return shared / t.size >= 0.8 && shared / new Set([...t, ...p]).size >= 0.5;
}

/** Number of one-to-one matches between true and predicted lessons (greedy, best overlap first). */
export function matchLessons(truth: string[], pred: string[]): number {
  const used = new Set<number>();
  let matched = 0;
  for (const t of truth) {
    const j = pred.findIndex((p, i) => !used.has(i) && lessonMatches(t, p));
    if (j >= 0) {
      used.add(j);
      matched++;
    }
  }
  return matched;
}

/** Totals over a set of documents. */
export interface Score {
  documents: number;
  fields: Record<ScoredField, { correct: number; total: number; accuracy: number }>;
  lessons: { truth: number; predicted: number; matched: number; precision: number; recall: number; f1: number };
  misses: { file: string; field: string; truth: unknown; predicted: unknown }[];
}

/** Scores predictions (by file) against truths (by file); a missing prediction counts as all wrong. */
export function scoreAll(pairs: { file: string; truth: Rec; pred: Rec | null }[]): Score {
  const fields = Object.fromEntries(SCORED_FIELDS.map((f) => [f, { correct: 0, total: 0, accuracy: 0 }])) as Score['fields'];
  const lessons = { truth: 0, predicted: 0, matched: 0, precision: 0, recall: 0, f1: 0 };
  const misses: Score['misses'] = [];
  for (const { file, truth, pred } of pairs) {
    for (const f of SCORED_FIELDS) {
      const t = at(truth, f);
      const p = pred ? at(pred, f) : undefined;
      fields[f].total++;
      if (pred && fieldCorrect(f, t, p)) fields[f].correct++;
      else misses.push({ file, field: f, truth: t ?? null, predicted: p ?? null });
    }
    const tl = (truth.lessonsLearned as string[] | undefined) ?? [];
    const pl = ((pred?.lessonsLearned as string[] | undefined) ?? []).map(String);
    lessons.truth += tl.length;
    lessons.predicted += pl.length;
    lessons.matched += matchLessons(tl, pl);
  }
  for (const f of SCORED_FIELDS) fields[f].accuracy = fields[f].total ? fields[f].correct / fields[f].total : 0;
  lessons.precision = lessons.predicted ? lessons.matched / lessons.predicted : lessons.truth ? 0 : 1;
  lessons.recall = lessons.truth ? lessons.matched / lessons.truth : 1;
  lessons.f1 = lessons.precision + lessons.recall ? (2 * lessons.precision * lessons.recall) / (lessons.precision + lessons.recall) : 0;
  return { documents: pairs.length, fields, lessons, misses };
}
