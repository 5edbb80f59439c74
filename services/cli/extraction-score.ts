/**
 * Scores extracted records against ground truth, by the rules of the extraction contract: folded
 * text equality (with containment for project names), exact numbers and types, periods to the
 * precision the truth gives, sets for lists, and lessons matched one to one by their words.
 */

/** The contract fields that are scored one by one (lessons are scored separately). */
export const SCORED_FIELDS = [
  'projectName',
  'documentType',
  'language',
  'owner',
  'diaryNumber',
  'period.start',
  'period.end',
  'budget.totalSek',
  'budget.grantedSek',
  'county',
  'municipalities',
  'funders',
  'programme',
  'projectManager',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

type Rec = Record<string, unknown>;

/** Lower case, punctuation to spaces, spaces collapsed. */
export function fold(v: unknown): string {
  return String(v ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function at(rec: Rec, path: string): unknown {
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
  /** Per field: documents whose truth states it, right answers, and wrong values (a value given that is not the truth). */
  fields: Record<ScoredField, { correct: number; total: number; wrong: number; accuracy: number }>;
  lessons: { truth: number; predicted: number; matched: number; precision: number; recall: number; f1: number };
  /** Mean of the field accuracies over the fields that some truth states. */
  mean: number;
  /** Wrong values over all scored fields. */
  wrongRate: number;
  misses: { file: string; field: string; truth: unknown; predicted: unknown }[];
}

/** True when the truth labels the field at all: a field a text does not state is left out of the truth, and out of the score. */
export function labelled(truth: Rec, path: string): boolean {
  const [a, b] = path.split('.');
  if (!(a! in truth)) return false;
  if (!b) return true;
  const o = truth[a!];
  return !!o && typeof o === 'object' && b in (o as Rec);
}

/**
 * Scores predictions (by file) against truths (by file); a missing prediction counts as all wrong. Only the
 * fields a truth labels are scored (a label of null or [] is scored: a value there is wrong). Lessons are
 * matched one to one; a truth marked `"lessonsScoring": "recall"` counts for recall only.
 */
export function scoreAll(pairs: { file: string; truth: Rec; pred: Rec | null }[]): Score {
  const fields = Object.fromEntries(SCORED_FIELDS.map((f) => [f, { correct: 0, total: 0, wrong: 0, accuracy: 0 }])) as Score['fields'];
  let [truthN, recalled, predictedN, precise] = [0, 0, 0, 0];
  const misses: Score['misses'] = [];
  for (const { file, truth, pred } of pairs) {
    for (const f of SCORED_FIELDS) {
      if (!labelled(truth, f)) continue;
      const t = at(truth, f);
      const p = pred ? at(pred, f) : undefined;
      fields[f].total++;
      if (pred && fieldCorrect(f, t, p)) fields[f].correct++;
      else {
        if (!isEmpty(p)) fields[f].wrong++;
        misses.push({ file, field: f, truth: t ?? null, predicted: p ?? null });
      }
    }
    if (!Array.isArray(truth.lessonsLearned)) continue;
    const tl = truth.lessonsLearned as string[];
    const pl = ((pred?.lessonsLearned as string[] | undefined) ?? []).map(String);
    truthN += tl.length;
    const matched = matchLessons(tl, pl);
    recalled += matched;
    if (truth.lessonsScoring !== 'recall') {
      predictedN += pl.length;
      precise += matched;
    }
  }
  for (const f of SCORED_FIELDS) fields[f].accuracy = fields[f].total ? fields[f].correct / fields[f].total : 0;
  const precision = predictedN ? precise / predictedN : 1;
  const recall = truthN ? recalled / truthN : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const stated = SCORED_FIELDS.filter((f) => fields[f].total);
  const scored = stated.reduce((n, f) => n + fields[f].total, 0);
  return {
    documents: pairs.length,
    fields,
    lessons: { truth: truthN, predicted: predictedN, matched: precise, precision, recall, f1 },
    mean: stated.length ? stated.reduce((n, f) => n + fields[f].accuracy, 0) / stated.length : 0,
    wrongRate: scored ? stated.reduce((n, f) => n + fields[f].wrong, 0) / scored : 0,
    misses,
  };
}
