/**
 * The name ranker's training set and its held-out reading. Like the verifier, the ranker learns from the candidates
 * extractors found on texts they had never seen: each batch of real texts as the extractor of the session it arrived
 * in read it (test/fixtures/real-texts/arrival-names.jsonl, written by test/tools/arrival-values.sh), with today's
 * features. Today's rules on the texts they were tuned on choose right far more often than on new texts, and would
 * teach the ranker to trust their choice too much. The hand-written report texts in the generated reports' styles
 * (test/fixtures/report-texts) are read by today's extractor: they teach it what a report's keys and covers look like.
 * Shared by test/tools/train-names.ts and the test that keeps the held-out figure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildView } from '../pipelines/extract/document.js';
import type { Choice } from '../pipelines/extract/choice.js';
import { explainRecord } from '../pipelines/extract/extract-record.js';
import { type LinearModel, predict, train } from '../pipelines/extract/model/linear.js';
import { NAME_MODEL_MIN, nameCandidates } from '../pipelines/extract/model/name-model.js';
import { verifyContext } from '../pipelines/extract/model/verify-model.js';
import { fieldCorrect } from '../services/cli/extraction-score.js';
import { REAL_TEXTS } from './document-type-training.js';
import { reportTexts } from './extraction-fixtures.js';

export const ARRIVAL_NAMES = path.join(REAL_TEXTS, 'arrival-names.jsonl');

export interface NamedText {
  batch: string;
  file: string;
  truth: string | null;
  /** The name the extractor gave (on arrival, for the real texts). */
  value: string | null;
  candidates: { value: string; name: boolean; features: string[] }[];
}

/** The real texts' candidates as extractors found them on arrival. */
export function arrivalNames(file = ARRIVAL_NAMES): NamedText[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as NamedText);
}

/** The report texts' candidates as today's extractor finds them, each style letter one batch. */
export function reportTextNames(): NamedText[] {
  return reportTexts().flatMap((r) => {
    const truth = r.truth.projectName as string | null | undefined;
    if (truth === undefined) return [];
    const { choices, record } = explainRecord(r.doc, { verify: false });
    const choice = choices.find((c) => c.field === 'projectName') as Choice<string>;
    const ctx = verifyContext(buildView(r.doc.pages), record.documentType, record.language, r.doc.pages.length);
    return [
      {
        batch: `report-${r.id.slice(0, 1)}`,
        file: r.id,
        truth,
        value: record.projectName,
        candidates: nameCandidates(choice, ctx).map((c) => ({
          value: c.value,
          name: truth !== null && fieldCorrect('projectName', truth, c.value),
          features: c.features,
        })),
      },
    ];
  });
}

// The weight decay: held out over 1,681 texts at 0.52, 1e-3 gave 743 right and 177 wrong names, 3e-3 749 and 178,
// 5e-3 751 and 179, 1e-2 750 and 182 (3e-4: 740 and 179); 80 epochs in place of 40 changed nothing worth having.
export const trainNamesModel = (texts: NamedText[], about: string): LinearModel =>
  train(
    texts.flatMap((t) => t.candidates.map((c) => ({ features: c.features, label: c.name ? 'name' : 'other' }))),
    about,
    { epochs: 40, l2: 3e-3, minDocs: 3, average: true },
  );

export interface NameTally {
  right: number;
  wrong: number;
  none: number;
}

/** The ranker's name for one text: its most probable candidate, where probable enough. */
export function rankedName(model: LinearModel, t: NamedText, min = NAME_MODEL_MIN): { value: string | null; p: number } {
  // As the extractor does: where the rules gave no name, none.
  if (!t.candidates.some((c) => c.features.includes('fate:chosen'))) return { value: null, p: 0 };
  const top = t.candidates.map((c) => ({ c, p: predict(model, c.features).get('name') ?? 0 })).sort((a, b) => b.p - a.p)[0];
  return top && top.p >= min ? { value: top.c.value, p: top.p } : { value: null, p: top?.p ?? 0 };
}

/**
 * Each batch of real texts left out of the training in turn: the names the extractor gave on arrival against the
 * ranker's, right, wrong and none (a null where the truth has a name, or a name where it has none, is counted as
 * the scorer does: a null is no wrong value). `mins` gives the tallies at several thresholds.
 */
export function namesHeldOut(real: NamedText[], reports: NamedText[], mins: number[] = [NAME_MODEL_MIN]) {
  const tally = (): NameTally => ({ right: 0, wrong: 0, none: 0 });
  const arrival = tally();
  const ranked = new Map(mins.map((m) => [m, tally()]));
  const add = (t: NameTally, truth: string | null, value: string | null) => {
    if (value === null) t.none++;
    else if (truth !== null && fieldCorrect('projectName', truth, value)) t.right++;
    else t.wrong++;
  };
  for (const batch of [...new Set(real.map((t) => t.batch))].sort()) {
    const model = trainNamesModel([...real.filter((t) => t.batch !== batch), ...reports], `without ${batch}`);
    for (const t of real.filter((x) => x.batch === batch)) {
      add(arrival, t.truth, t.value);
      for (const m of mins) add(ranked.get(m)!, t.truth, rankedName(model, t, m).value);
    }
  }
  return { texts: real.length, arrival, ranked };
}
