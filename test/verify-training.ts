/**
 * The verifier's training set and its held-out reading. The verifier (pipelines/extract/model/verify-model.ts)
 * learns from the values extractors gave on texts they had never seen: each batch of real texts as the extractor of
 * the session it arrived in read it (test/fixtures/real-texts/arrival-values.jsonl, written by
 * test/tools/arrival-values.sh). Today's extractor on the texts it was tuned on is right far more often than on new
 * texts, and would teach the verifier too little doubt. Shared by test/tools/train-verify.ts and the test that keeps
 * the held-out figure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type LinearModel, predict, train } from '../pipelines/extract/model/linear.js';
import { outsideTraining, VERIFY_MIN, type VerifiedField } from '../pipelines/extract/model/verify-model.js';
import { at, fieldCorrect, labelled, type ScoredField } from '../services/cli/extraction-score.js';
import { REAL_TEXTS } from './document-type-training.js';
import { reportTexts } from './extraction-fixtures.js';
import { explainRecord } from '../pipelines/extract/extract-record.js';

export const ARRIVAL_VALUES = path.join(REAL_TEXTS, 'arrival-values.jsonl');

export interface VerifyExample {
  batch: string;
  file: string;
  field: VerifiedField;
  value: unknown;
  right: boolean;
  features: string[];
}

type Rec = Record<string, unknown>;

/** Whether a field's value is right by the truth: true, false, or null when the truth does not label the field. */
export function judged(field: VerifiedField, truth: Rec, value: unknown): boolean | null {
  // A period is right when each end the truth labels is; other fields are scored as they are named.
  const scored = (field === 'period' ? ['period.start', 'period.end'] : [field]).filter((f) => labelled(truth, f)) as ScoredField[];
  if (!scored.length) return null;
  const [head, tail] = field.split('.');
  const pred: Rec = { [head!]: tail ? { [tail]: value } : value };
  return scored.every((f) => fieldCorrect(f, at(truth, f), at(pred, f)));
}

/**
 * The values today's extractor gives for the hand-written report texts in the generated reports' many styles
 * (test/fixtures/report-texts), where it is right nearly always: they teach the verifier what such a report's
 * evidence looks like, so that it does not doubt a generated report's keys and tables for what real texts do wrong.
 * Each style letter is one batch.
 */
export function reportTextValues(): VerifyExample[] {
  const out: VerifyExample[] = [];
  for (const r of reportTexts()) {
    const { choices, checks } = explainRecord(r.doc, { verify: false });
    for (const c of checks) {
      const value = choices.find((x) => x.field === c.field)?.value;
      const right = judged(c.field, r.truth, value);
      if (right !== null) out.push({ batch: `report-${r.id.slice(0, 1)}`, file: r.id, field: c.field, value, right, features: c.features });
    }
  }
  return out;
}

/** The values extractors gave on arrival. */
export function arrivalValues(file = ARRIVAL_VALUES): VerifyExample[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as VerifyExample);
}

export const trainVerifyModel = (examples: VerifyExample[], about: string): LinearModel =>
  train(
    examples.map((e) => ({ features: e.features, label: e.right ? 'right' : 'wrong' })),
    about,
    { epochs: 40, l2: 1e-3, minDocs: 3, average: true },
  );

export interface VerifyTally {
  kept: { right: number; wrong: number };
  withheld: { right: number; wrong: number };
}

const tally = (): VerifyTally => ({ kept: { right: 0, wrong: 0 }, withheld: { right: 0, wrong: 0 } });

/** Each batch left out of the training in turn: the right and wrong values kept and withheld, by field and in all. */
export function verifyHeldOut(examples: VerifyExample[], min: (f: VerifiedField) => number = (f) => VERIFY_MIN[f]) {
  const byField = new Map<string, VerifyTally>();
  const all = tally();
  const probabilities: { field: VerifiedField; p: number; right: boolean }[] = [];
  for (const batch of [...new Set(examples.map((e) => e.batch))].sort()) {
    const model = trainVerifyModel(
      examples.filter((e) => e.batch !== batch),
      `without ${batch}`,
    );
    for (const e of examples.filter((x) => x.batch === batch)) {
      const p = predict(model, e.features).get('right') ?? 0;
      probabilities.push({ field: e.field, p, right: e.right });
      const t = byField.get(e.field) ?? tally();
      byField.set(e.field, t);
      // As the extractor does: a value unlike any the model learned from is never withheld.
      const where = p < min(e.field) && !outsideTraining(e.features, model) ? 'withheld' : 'kept';
      const what = e.right ? 'right' : 'wrong';
      t[where][what]++;
      all[where][what]++;
    }
  }
  return { all, byField, probabilities };
}
