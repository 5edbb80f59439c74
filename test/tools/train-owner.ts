// Trains the owner classifier (pipelines/extract/model/owner-model.ts) on the labelled real texts and writes its
// weights to pipelines/extract/data/owner.model.json.
//   npm run train:owner                  train on every labelled real text, write the model
//   npm run train:owner -- --held-out    leave each batch out in turn: train on the others, read the left-out
//                                        batch's owner with the rules alone and with the model, write nothing
import fs from 'node:fs';
import path from 'node:path';
import { formatModel } from '../../pipelines/extract/model/linear.js';
import { labelledOwners, ownerHeldOut, trainOwnerModel } from '../owner-training.js';

const OUT = path.resolve(import.meta.dirname, '../../pipelines/extract/data/owner.model.json');
const texts = await labelledOwners();
if (process.argv.includes('--held-out')) {
  const h = ownerHeldOut(texts);
  process.stdout.write(`${h.texts} texts with a labelled owner, each batch left out of the training in turn\n`);
  for (const k of ['byRules', 'withModel'] as const) process.stdout.write(`${k.padEnd(10)} right ${h[k].right}  wrong ${h[k].wrong}\n`);
} else {
  const model = trainOwnerModel(texts, `owner from ${texts.length} labelled real texts (test/fixtures/real-texts)`);
  fs.writeFileSync(OUT, formatModel(model));
  process.stdout.write(`${texts.length} texts, ${Object.keys(model.weights).length} features → ${path.relative(process.cwd(), OUT)}\n`);
}
