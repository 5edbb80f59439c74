// Trains the document-type classifier (pipelines/extract/model) on the labelled real texts and writes its
// weights to pipelines/extract/data/document-type.model.json.
//   npm run train:document-type                  train on every labelled real text, write the model
//   npm run train:document-type -- --held-out    leave each batch out in turn: train on the others, read the
//                                                left-out batch (the classifier alone, the field's choice with
//                                                it, and without it), write nothing
//   --exclude z14,z15                            leave these batches out of the training (texts on arrival)
import fs from 'node:fs';
import path from 'node:path';
import { buildView } from '../../pipelines/extract/document.js';
import { chooseDocumentType } from '../../pipelines/extract/fields/document-type.js';
import { classifyDocumentType, documentTypeFeatures } from '../../pipelines/extract/model/document-type-model.js';
import { type LinearModel, train } from '../../pipelines/extract/model/linear.js';
import { createParseSandbox } from '../../pipelines/parse/create-sandbox.js';
import { FIXTURES } from '../extraction-fixtures.js';

const args = process.argv.slice(2);
const heldOut = args.includes('--held-out');
const exclude = new Set((args[args.indexOf('--exclude') + 1] ?? '').split(',').filter((x) => args.includes('--exclude') && x));
const root = path.join(FIXTURES, 'real-texts');
const OUT = path.resolve(import.meta.dirname, '../../pipelines/extract/data/document-type.model.json');

interface Text {
  batch: string;
  file: string;
  pages: string[];
  title: string | null;
  label: string;
  features: string[];
}
const files: { file: string; batch: string }[] = [];
for (const e of fs.readdirSync(root, { withFileTypes: true })) {
  if (e.isFile() && e.name.endsWith('.pdf')) files.push({ file: path.join(root, e.name), batch: 'shared' });
  if (e.isDirectory())
    for (const f of fs.readdirSync(path.join(root, e.name)))
      if (f.endsWith('.pdf')) files.push({ file: path.join(root, e.name, f), batch: e.name.replace(/^batch-/, '') });
}
files.sort((a, b) => (a.file < b.file ? -1 : 1));
const sandbox = createParseSandbox({ concurrency: 2, timeoutMs: 60_000, memoryMb: 512, maxPages: 2000, maxBytes: 5e7 });
const texts: Text[] = [];
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

const fitModel = (set: Text[], about: string): LinearModel =>
  train(
    set.map((t) => ({ features: t.features, label: t.label })),
    about,
  );

if (heldOut) {
  const tally = { model: [0, 0], withModel: [0, 0], without: [0, 0] };
  let n = 0;
  const add = (k: keyof typeof tally, value: string | null, label: string) => {
    if (value === label) tally[k][0]!++;
    else if (value !== null) tally[k][1]!++;
  };
  for (const batch of [...new Set(texts.map((t) => t.batch))].sort()) {
    const model = fitModel(
      texts.filter((t) => t.batch !== batch),
      `without ${batch}`,
    );
    for (const t of texts.filter((x) => x.batch === batch)) {
      n++;
      const view = buildView(t.pages);
      add('model', classifyDocumentType(t.pages, model).value, t.label);
      add('withModel', chooseDocumentType(view, t.title, t.pages, model).value, t.label);
      add('without', chooseDocumentType(view, t.title, t.pages, null).value, t.label);
    }
  }
  const pct = (x: number) => `${((x / n) * 100).toFixed(1)} %`;
  process.stdout.write(`${n} texts, each batch left out of the training in turn\n`);
  for (const [k, [right, wrong]] of Object.entries(tally))
    process.stdout.write(`${k.padEnd(10)} right ${pct(right!)}  wrong ${pct(wrong!)}\n`);
} else {
  const set = texts.filter((t) => !exclude.has(t.batch));
  const model = fitModel(
    set,
    `document type from ${set.length} labelled real texts (test/fixtures/real-texts${exclude.size ? `, without ${[...exclude].join(', ')}` : ''})`,
  );
  // One feature a line, as the formatter writes JSON: a retrained model's diff shows which weights moved.
  const list = (v: number[]) => `[${v.join(', ')}]`;
  const lines = Object.entries(model.weights).map(([f, v]) => `    ${JSON.stringify(f)}: ${list(v)}`);
  const head = `  "about": ${JSON.stringify(model.about)},\n  "labels": [${model.labels.map((l) => JSON.stringify(l)).join(', ')}],\n  "bias": ${list(model.bias)},`;
  fs.writeFileSync(OUT, `{\n${head}\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`);
  process.stdout.write(`${set.length} texts, ${Object.keys(model.weights).length} features → ${path.relative(process.cwd(), OUT)}\n`);
}
