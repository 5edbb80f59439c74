// Trains the verifier (pipelines/extract/model/verify-model.ts) on the values extractors gave for the real texts on
// their arrival (test/fixtures/real-texts/arrival-values.jsonl) and writes its weights to
// pipelines/extract/data/verify.model.json.
//   npm run train:verify                  train on every labelled real text, write the model
//   npm run train:verify -- --held-out    leave each batch out in turn: train on the others, read the left-out
//                                         batch's values with that model; prints right and wrong values kept and
//                                         withheld by field, and how they move with the threshold; writes nothing
import fs from 'node:fs';
import path from 'node:path';
import { formatModel } from '../../pipelines/extract/model/linear.js';
import { arrivalValues, reportTextValues, trainVerifyModel, verifyHeldOut } from '../verify-training.js';

const OUT = path.resolve(import.meta.dirname, '../../pipelines/extract/data/verify.model.json');
const arrival = arrivalValues();
const examples = [...arrival, ...reportTextValues()];
if (process.argv.includes('--held-out')) {
  const h = verifyHeldOut(examples);
  const row = (name: string, t: { kept: { right: number; wrong: number }; withheld: { right: number; wrong: number } }) =>
    `${name.padEnd(18)} kept ${String(t.kept.right).padStart(4)} right ${String(t.kept.wrong).padStart(3)} wrong   withheld ${String(t.withheld.right).padStart(3)} right ${String(t.withheld.wrong).padStart(3)} wrong\n`;
  process.stdout.write(
    `${examples.length} values (${arrival.length} given on arrival, ${examples.length - arrival.length} for the report texts), each batch left out of the training in turn\n`,
  );
  for (const [f, t] of [...h.byField].sort()) process.stdout.write(row(f, t));
  process.stdout.write(row('all', h.all));
  process.stdout.write('threshold sweep (all fields): withheld right / withheld wrong\n');
  for (const th of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7]) {
    const w = h.probabilities.filter((x) => x.p < th);
    process.stdout.write(`  ${th.toFixed(1)}  ${w.filter((x) => x.right).length} / ${w.filter((x) => !x.right).length}\n`);
  }
  if (process.argv.includes('--by-field'))
    for (const f of [...new Set(h.probabilities.map((x) => x.field))].sort())
      for (const th of [0.3, 0.4, 0.5, 0.6]) {
        const w = h.probabilities.filter((x) => x.field === f && x.p < th);
        process.stdout.write(
          `  ${f.padEnd(18)} ${th.toFixed(1)}  ${w.filter((x) => x.right).length} / ${w.filter((x) => !x.right).length}\n`,
        );
      }
} else {
  const model = trainVerifyModel(
    examples,
    `verifier from ${examples.length} values given on arrival for labelled fields of the real texts (test/fixtures/real-texts/arrival-values.jsonl)`,
  );
  fs.writeFileSync(OUT, formatModel(model));
  process.stdout.write(`${examples.length} values, ${Object.keys(model.weights).length} features → ${path.relative(process.cwd(), OUT)}\n`);
}
