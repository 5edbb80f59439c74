/**
 * The labelled real texts as the owner classifier trains on them: every organisation each text names (the
 * model's candidates), marked right where it is the labelled owner, with the owner the rules give. And the
 * held-out reading: each batch left out of the training in turn, its owner chosen as the extractor would
 * (the model only where the rules give none). Shared by test/tools/train-owner.ts and the test that keeps the
 * held-out figure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildView } from '../pipelines/extract/document.js';
import { explainRecord } from '../pipelines/extract/extract-record.js';
import { type LinearModel, predict, train } from '../pipelines/extract/model/linear.js';
import { OWNER_MODEL_MIN, ownerCandidates } from '../pipelines/extract/model/owner-model.js';
import { createParseSandbox } from '../pipelines/parse/create-sandbox.js';
import { fieldCorrect } from '../services/cli/extraction-score.js';
import { REAL_TEXTS, realTextFiles } from './document-type-training.js';

export interface LabelledOwner {
  batch: string;
  file: string;
  truth: string | null;
  /** The owner the extractor gives without the model's answer (its rules and finders). */
  byRules: string | null;
  candidates: { value: string; features: string[]; owner: boolean }[];
}

/** Every real text below `root` with a labelled owner. */
export async function labelledOwners(root = REAL_TEXTS): Promise<LabelledOwner[]> {
  const files = realTextFiles(root);
  const sandbox = createParseSandbox({ concurrency: 2, timeoutMs: 60_000, memoryMb: 512, maxPages: 2000, maxBytes: 5e7 });
  const out: LabelledOwner[] = [];
  try {
    for (const { file, batch } of files) {
      const truth = JSON.parse(fs.readFileSync(file.replace(/\.pdf$/, '.truth.json'), 'utf8')) as { owner?: string | null };
      if (truth.owner === undefined) continue;
      const parsed = await sandbox.parse(fs.readFileSync(file));
      const byRules = explainRecord(parsed, { ownerModel: false }).record.owner ?? null;
      const candidates = ownerCandidates(buildView(parsed.pages)).map((c) => ({
        value: c.value,
        features: c.features,
        owner: truth.owner !== null && fieldCorrect('owner', truth.owner, c.value),
      }));
      out.push({ batch, file: path.relative(root, file), truth: truth.owner, byRules, candidates });
    }
  } finally {
    await sandbox.close();
  }
  return out;
}

export const trainOwnerModel = (texts: LabelledOwner[], about: string): LinearModel =>
  train(
    texts.flatMap((t) => t.candidates.map((c) => ({ features: c.features, label: c.owner ? 'owner' : 'other' }))),
    about,
    { epochs: 40, l2: 1e-3, minDocs: 3, average: true },
  );

export interface OwnerHeldOut {
  texts: number;
  /** Right and wrong owners, the rules alone and the rules with the model where they give none. */
  byRules: { right: number; wrong: number };
  withModel: { right: number; wrong: number };
}

/** Each batch left out of the training in turn, its owner read with a model that never saw it. */
export function ownerHeldOut(texts: LabelledOwner[]): OwnerHeldOut {
  const r = { byRules: { right: 0, wrong: 0 }, withModel: { right: 0, wrong: 0 } };
  const tally = (k: keyof typeof r, truth: string | null, value: string | null) => {
    if (value === null) return;
    if (truth !== null && fieldCorrect('owner', truth, value)) r[k].right++;
    else r[k].wrong++;
  };
  for (const batch of [...new Set(texts.map((t) => t.batch))].sort()) {
    const model = trainOwnerModel(
      texts.filter((t) => t.batch !== batch),
      `without ${batch}`,
    );
    for (const t of texts.filter((x) => x.batch === batch)) {
      tally('byRules', t.truth, t.byRules);
      let value = t.byRules;
      if (value === null) {
        const top = t.candidates.map((c) => ({ c, p: predict(model, c.features).get('owner') ?? 0 })).sort((a, b) => b.p - a.p)[0];
        if (top && top.p >= OWNER_MODEL_MIN) value = top.c.value;
      }
      tally('withModel', t.truth, value);
    }
  }
  return { texts: texts.length, ...r };
}
