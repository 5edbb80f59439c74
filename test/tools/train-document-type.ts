// Trains the document-type classifier (pipelines/extract/model) on the labelled real texts and writes its
// weights to pipelines/extract/data/document-type.model.json.
//   npm run train:document-type                  train on every labelled real text, write the model
//   npm run train:document-type -- --held-out    leave each batch out in turn: train on the others, read the
//                                                left-out batch (the classifier alone, the field's choice with
//                                                it, and without it), write nothing
//   --exclude z14,z15                            leave these batches out of the training (texts on arrival)
import fs from 'node:fs';
import path from 'node:path';
import { formatModel } from '../../pipelines/extract/model/linear.js';
import { heldOut, labelledTexts, trainOn } from '../document-type-training.js';

const args = process.argv.slice(2);
const at = args.indexOf('--exclude');
const exclude = new Set(at >= 0 ? (args[at + 1] ?? '').split(',').filter(Boolean) : []);
const OUT = path.resolve(import.meta.dirname, '../../pipelines/extract/data/document-type.model.json');

const texts = await labelledTexts();
if (args.includes('--held-out')) {
  const h = heldOut(texts);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  process.stdout.write(`${h.texts} texts, each batch left out of the training in turn\n`);
  for (const k of ['model', 'withModel', 'without'] as const)
    process.stdout.write(`${k.padEnd(10)} right ${pct(h[k].right)}  wrong ${pct(h[k].wrong)}\n`);
} else {
  const set = texts.filter((t) => !exclude.has(t.batch));
  const model = trainOn(
    set,
    `document type from ${set.length} labelled real texts (test/fixtures/real-texts${exclude.size ? `, without ${[...exclude].join(', ')}` : ''})`,
  );
  fs.writeFileSync(OUT, formatModel(model));
  process.stdout.write(`${set.length} texts, ${Object.keys(model.weights).length} features → ${path.relative(process.cwd(), OUT)}\n`);
}
