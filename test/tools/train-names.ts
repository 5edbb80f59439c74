// Trains the name ranker (pipelines/extract/model/name-model.ts) on the project-name candidates extractors found for
// the real texts on their arrival (test/fixtures/real-texts/arrival-names.jsonl) and today's extractor's for the
// report texts, and writes its weights to pipelines/extract/data/names.model.json.
//   npm run train:names                  train on every labelled text, write the model
//   npm run train:names -- --held-out    leave each batch of real texts out in turn: train on the others, read the
//                                        left-out batch's names with that model, against the names given on
//                                        arrival, at several thresholds; writes nothing
import fs from 'node:fs';
import path from 'node:path';
import { formatModel } from '../../pipelines/extract/model/linear.js';
import { arrivalNames, namesHeldOut, reportTextNames, trainNamesModel } from '../name-training.js';

const OUT = path.resolve(import.meta.dirname, '../../pipelines/extract/data/names.model.json');
const real = arrivalNames();
const reports = reportTextNames();
if (process.argv.includes('--held-out')) {
  const mins = [0.3, 0.35, 0.4, 0.45, 0.5, 0.52, 0.55, 0.6, 0.7, 0.8];
  const h = namesHeldOut(real, reports, mins);
  const row = (name: string, t: { right: number; wrong: number; none: number }) =>
    `${name.padEnd(17)} right ${String(t.right).padStart(4)}  wrong ${String(t.wrong).padStart(4)}  none ${String(t.none).padStart(4)}\n`;
  process.stdout.write(`${h.texts} real texts with a labelled name, each batch left out of the training in turn\n`);
  process.stdout.write(row('on arrival', h.arrival));
  for (const m of mins) process.stdout.write(row(`ranker ≥ ${m.toFixed(2)}`, h.ranked.get(m)!));
} else {
  const model = trainNamesModel(
    [...real, ...reports],
    `project names from ${real.length} real texts as extractors read them on arrival and ${reports.length} report texts`,
  );
  fs.writeFileSync(OUT, formatModel(model));
  process.stdout.write(
    `${real.length + reports.length} texts, ${Object.keys(model.weights).length} features → ${path.relative(process.cwd(), OUT)}\n`,
  );
}
