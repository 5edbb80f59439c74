/**
 * The labelled real texts as the document-type classifier trains on them, and the held-out reading of the
 * field: each batch left out of the training in turn, the field chosen with a model that never saw it.
 * Shared by the training tool (test/tools/train-document-type.ts) and the test that keeps the held-out figure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildView } from '../pipelines/extract/document.js';
import { chooseDocumentType } from '../pipelines/extract/fields/document-type.js';
import { classifyDocumentType, documentTypeFeatures } from '../pipelines/extract/model/document-type-model.js';
import { type LinearModel, train } from '../pipelines/extract/model/linear.js';
import { createParseSandbox } from '../pipelines/parse/create-sandbox.js';
import { FIXTURES } from './extraction-fixtures.js';

export const REAL_TEXTS = path.join(FIXTURES, 'real-texts');

export interface LabelledText {
  batch: string;
  file: string;
  pages: string[];
  title: string | null;
  label: string;
  features: string[];
}

/** The real texts' PDFs below `root`, each with its batch (the top folder is batch 'shared'), in order. */
export function realTextFiles(root = REAL_TEXTS): { file: string; batch: string }[] {
  const files: { file: string; batch: string }[] = [];
  for (const e of fs.readdirSync(root, { withFileTypes: true })) {
    if (e.isFile() && e.name.endsWith('.pdf')) files.push({ file: path.join(root, e.name), batch: 'shared' });
    if (e.isDirectory())
      for (const f of fs.readdirSync(path.join(root, e.name)))
        if (f.endsWith('.pdf')) files.push({ file: path.join(root, e.name, f), batch: e.name.replace(/^batch-/, '') });
  }
  return files.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** Every real text below `root` with a labelled document type. */
export async function labelledTexts(root = REAL_TEXTS): Promise<LabelledText[]> {
  const files = realTextFiles(root);
  const sandbox = createParseSandbox({ concurrency: 2, timeoutMs: 60_000, memoryMb: 512, maxPages: 2000, maxBytes: 5e7 });
  const texts: LabelledText[] = [];
  try {
    for (const { file, batch } of files) {
      const truth = JSON.parse(fs.readFileSync(file.replace(/\.pdf$/, '.truth.json'), 'utf8')) as { documentType?: string };
      if (!truth.documentType) continue;
      const parsed = await sandbox.parse(fs.readFileSync(file));
      texts.push({
        batch,
        file: path.relative(root, file),
        pages: parsed.pages,
        title: parsed.info?.title ?? null,
        label: truth.documentType,
        features: documentTypeFeatures(parsed.pages),
      });
    }
  } finally {
    await sandbox.close();
  }
  return texts;
}

export const trainOn = (texts: LabelledText[], about: string): LinearModel =>
  train(
    texts.map((t) => ({ features: t.features, label: t.label })),
    about,
  );

export interface HeldOut {
  texts: number;
  /** Right and wrong (a kind given that is not the truth), as shares of the texts. */
  model: { right: number; wrong: number };
  withModel: { right: number; wrong: number };
  without: { right: number; wrong: number };
}

/** Each batch left out of the training in turn: the classifier alone, the field with it, the field without it. */
export function heldOut(texts: LabelledText[]): HeldOut {
  const tally = { model: [0, 0], withModel: [0, 0], without: [0, 0] };
  const add = (k: keyof typeof tally, value: string | null, label: string) => {
    if (value === label) tally[k][0]!++;
    else if (value !== null) tally[k][1]!++;
  };
  for (const batch of [...new Set(texts.map((t) => t.batch))].sort()) {
    const model = trainOn(
      texts.filter((t) => t.batch !== batch),
      `without ${batch}`,
    );
    for (const t of texts.filter((x) => x.batch === batch)) {
      const view = buildView(t.pages);
      add('model', classifyDocumentType(t.pages, model).value, t.label);
      add('withModel', chooseDocumentType(view, t.title, t.pages, model).value, t.label);
      add('without', chooseDocumentType(view, t.title, t.pages, null).value, t.label);
    }
  }
  const n = texts.length;
  const share = ([right, wrong]: number[]) => ({ right: right! / n, wrong: wrong! / n });
  return { texts: n, model: share(tally.model), withModel: share(tally.withModel), without: share(tally.without) };
}
