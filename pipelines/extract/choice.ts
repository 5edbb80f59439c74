/**
 * Candidates and the choice between them. Every field collects all its candidates (value, where it stands,
 * the rule that found it, the evidence), then one named policy picks one or abstains. How much a candidate
 * is trusted comes from one table, by the kind of evidence (its source), raised when independent sources
 * agree; below the field's threshold the answer is null: a wrong value is worse than none.
 */
import { fold } from './text.js';

/** Kinds of evidence, from the strongest. */
export type Source =
  | 'label' // "Projektägare: X" in a form or fact box
  | 'table' // a row of a financing or fact table
  | 'sentence' // a sentence of the running text that states the fact ("X äger projektet")
  | 'running-header' // a line repeated at the top or foot of every page
  | 'title' // the document's title line(s)
  | 'metadata' // the PDF's own title or author field
  | 'finder' // a field finder that weighs its own evidence (its confidence is its own)
  | 'model' // a classifier trained on labelled texts (its confidence is its probability, weighed by the field)
  | 'cue'; // a word that hints (document type cues)

/** Trust in one candidate, by its source. */
export const CONFIDENCE: Readonly<Record<Source, number>> = {
  label: 0.95,
  table: 0.85,
  sentence: 0.8,
  'running-header': 0.75,
  title: 0.65,
  metadata: 0.55,
  finder: 0.7,
  model: 0.5,
  cue: 0.5,
};

/** Added for each further kind of source that gives the same value, up to AGREEMENT_MAX. */
export const AGREEMENT = 0.1;
export const AGREEMENT_MAX = 0.2;

/** Below this a field says null. */
export const THRESHOLD: Readonly<Record<string, number>> = {
  projectName: 0.6,
  documentType: 0.65,
  owner: 0.5,
  projectManager: 0.5,
  diaryNumber: 0.6,
  period: 0.6,
  'budget.totalSek': 0.6,
  'budget.grantedSek': 0.6,
  funders: 0.6,
  programme: 0.6,
  county: 0.5,
  municipalities: 0.5,
};

export interface Candidate<T> {
  field: string;
  value: T;
  /** The rule (or finder) that found it. */
  rule: string;
  source: Source;
  page: number;
  /** Index of its line in the document model, or -1. */
  line: number;
  /** Role of that line ("label", "title", "paragraph", …), or "sentence". */
  role: string;
  /** The text it was read from. */
  evidence: string;
  /** A finder's own estimate; the source's table value otherwise. */
  confidence?: number;
}

export interface Choice<T> {
  field: string;
  value: T | null;
  confidence: number;
  chosen: Candidate<T> | null;
  /** Every other candidate, with why it was not taken. */
  passedOver: { candidate: Candidate<T>; why: string }[];
  policy: string;
}

export function trust(c: Candidate<unknown>): number {
  return c.confidence ?? CONFIDENCE[c.source];
}

export interface Policy<T> {
  name: string;
  /** Two values that say the same thing (default: equal after folding). */
  same?: (a: T, b: T) => boolean;
  /** Of agreeing candidates, the value to give (default: the most trusted one's). */
  pick?: (group: Candidate<T>[]) => T;
  /** A reason to pass a candidate over whatever its trust, or null. */
  veto?: (c: Candidate<T>) => string | null;
  threshold?: number;
}

const foldedEqual = (a: unknown, b: unknown): boolean => fold(JSON.stringify(a)) === fold(JSON.stringify(b));

/**
 * Picks one value for a field: candidates are grouped by agreement, a group's trust is its most trusted
 * member's plus AGREEMENT for each further kind of source in it, and the most trusted group wins (the earlier
 * one on a tie). Below the threshold nothing is chosen.
 */
export function choose<T>(field: string, candidates: Candidate<T>[], policy: Policy<T> = { name: 'most-trusted' }): Choice<T> {
  const passedOver: Choice<T>['passedOver'] = [];
  const live: Candidate<T>[] = [];
  for (const c of candidates) {
    const why = policy.veto?.(c) ?? null;
    if (why) passedOver.push({ candidate: c, why });
    else live.push(c);
  }
  const same = policy.same ?? foldedEqual;
  const groups: Candidate<T>[][] = [];
  for (const c of live) {
    const g = groups.find((x) => same(x[0]!.value, c.value));
    if (g) g.push(c);
    else groups.push([c]);
  }
  const score = (g: Candidate<T>[]): number => {
    const best = Math.max(...g.map(trust));
    const kinds = new Set(g.map((c) => c.source)).size;
    return Math.min(0.99, best + Math.min(AGREEMENT_MAX, AGREEMENT * (kinds - 1)));
  };
  const ranked = groups.map((g) => ({ g, s: score(g) })).sort((a, b) => b.s - a.s);
  const threshold = policy.threshold ?? THRESHOLD[field] ?? 0.6;
  const top = ranked[0];
  if (!top || top.s < threshold) {
    for (const { g, s } of ranked)
      for (const c of g) passedOver.push({ candidate: c, why: `below the threshold (${s.toFixed(2)} < ${threshold})` });
    return { field, value: null, confidence: top?.s ?? 0, chosen: null, passedOver, policy: policy.name };
  }
  const best = [...top.g].sort((a, b) => trust(b) - trust(a))[0]!;
  for (const c of top.g) if (c !== best) passedOver.push({ candidate: c, why: 'agrees with the chosen one' });
  for (const { g, s } of ranked.slice(1))
    for (const c of g) passedOver.push({ candidate: c, why: `less trusted (${s.toFixed(2)} < ${top.s.toFixed(2)})` });
  const value = policy.pick ? policy.pick(top.g) : best.value;
  return { field, value, confidence: top.s, chosen: best, passedOver, policy: policy.name };
}

/** A candidate from a field finder's own result (value, page, source text, confidence). */
export function finderCandidate<T>(
  field: string,
  rule: string,
  found: { value: T; page: number; source: string; confidence: number } | null,
): Candidate<T>[] {
  if (!found) return [];
  return [
    {
      field,
      value: found.value,
      rule,
      source: 'finder',
      page: found.page,
      line: -1,
      role: 'finder',
      evidence: found.source,
      confidence: found.confidence,
    },
  ];
}

/**
 * A list field (funders): the union of the lists of every candidate trusted above the threshold, each name
 * once (`key` says when two names are the same); the most trusted candidate is the one shown as chosen.
 */
export function chooseUnion(
  field: string,
  candidates: Candidate<string[]>[],
  opts: { name: string; key: (n: string) => string; merge?: (names: string[]) => string[]; threshold?: number },
): Choice<string[]> {
  const threshold = opts.threshold ?? THRESHOLD[field] ?? 0.6;
  const passedOver: Choice<string[]>['passedOver'] = [];
  const taken = candidates.filter((c) => {
    const ok = trust(c) >= threshold;
    if (!ok) passedOver.push({ candidate: c, why: `below the threshold (${trust(c).toFixed(2)} < ${threshold})` });
    return ok;
  });
  if (!taken.length) return { field, value: null, confidence: 0, chosen: null, passedOver, policy: opts.name };
  const seen = new Map<string, string>();
  for (const c of taken) for (const n of c.value) if (!seen.has(opts.key(n))) seen.set(opts.key(n), n);
  const value = opts.merge ? opts.merge([...seen.values()]) : [...seen.values()];
  const best = [...taken].sort((a, b) => trust(b) - trust(a))[0]!;
  for (const c of taken) if (c !== best) passedOver.push({ candidate: c, why: 'joined to the chosen list' });
  return { field, value: value.length ? value : null, confidence: trust(best), chosen: best, passedOver, policy: opts.name };
}
