// How much the verifier's decisions move when it is retrained with more batches: a model trained without the last
// batches and one trained with all, compared on every project-name value both read; and the held-out tally.
// usage: node --import tsx test/tools/verify-stability.ts [last batches, default 6]
import { predict } from '../../pipelines/extract/model/linear.js';
import { VERIFY_MIN } from '../../pipelines/extract/model/verify-model.js';
import { arrivalValues, reportTextValues, trainVerifyModel, verifyHeldOut } from '../verify-training.js';

const last = Number(process.argv[2] ?? 6);
const arrival = arrivalValues();
const reports = reportTextValues();
const all = [...arrival, ...reports];
const batches = [...new Set(arrival.map((e) => e.batch))];
const recent = new Set(batches.slice(-last));
const before = trainVerifyModel(
  all.filter((e) => !recent.has(e.batch)),
  'before',
);
const after = trainVerifyModel(all, 'after');
let flips = 0;
let names = 0;
for (const e of all) {
  if (e.field !== 'projectName' || recent.has(e.batch)) continue;
  names++;
  const a = (predict(before, e.features).get('right') ?? 0) < VERIFY_MIN.projectName;
  const b = (predict(after, e.features).get('right') ?? 0) < VERIFY_MIN.projectName;
  if (a !== b) flips++;
}
const h = verifyHeldOut(all);
console.log(`retrained with ${recent.size} more batches: ${flips} of ${names} project-name decisions change`);
console.log(`held out: withheld ${h.all.withheld.wrong} wrong, ${h.all.withheld.right} right`);
