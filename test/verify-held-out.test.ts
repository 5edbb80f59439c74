import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainRecord } from '../pipelines/extract/extract-record.js';
import { VERIFY_MIN, VERIFY_MODEL } from '../pipelines/extract/model/verify-model.js';
import { createParseSandbox } from '../pipelines/parse/create-sandbox.js';
import { REAL_TEXTS } from './document-type-training.js';
import { arrivalValues, reportTextValues, trainVerifyModel, verifyHeldOut } from './verify-training.js';

// The verifier as it reads values it never saw: each batch left out of the training in turn, its values (as the
// extractor of the day gave them on the batch's arrival) read with the model the other batches train. Today, over 1,535
// values given on arrival and 2,189 for the report texts: the project's names withheld were wrong 47 times and right 17;
// no other field is withheld. On the 14 batches that arrived in the session that added it (70 texts, read by the
// extractor of that session with the verifier as it was before they arrived), it withheld 8 wrong names and 2 right.
describe('the verifier on batches left out of its training', () => {
  it('withholds at least twice as many wrong values as right ones; the shipped model is the one the values train', {
    timeout: 300_000,
  }, () => {
    const arrival = arrivalValues();
    expect(arrival.length).toBeGreaterThanOrEqual(1535);
    const reports = reportTextValues();
    const h = verifyHeldOut([...arrival, ...reports]);
    const detail = JSON.stringify(h.all);
    expect(h.all.withheld.wrong, detail).toBeGreaterThanOrEqual(30);
    expect(h.all.withheld.wrong, detail).toBeGreaterThanOrEqual(2 * h.all.withheld.right);
    // The weights in the repository are those the values give (npm run train:verify, last, after a change to the rules,
    // the other trained models or
    // the features; after a change to the features, test/tools/arrival-values.sh first).
    const again = trainVerifyModel([...arrival, ...reports], VERIFY_MODEL.about);
    expect(again.weights).toEqual(VERIFY_MODEL.weights);
  });

  it("withholds a web page's template text read as the project's name, and --why shows why", { timeout: 60_000 }, async () => {
    // A conclusions page whose search box left its template in the text: "({{search.Data.length}} resultat)".
    const file = path.join(REAL_TEXTS, 'batch-z11/real-tillvaxt-turism-slutsatser.pdf');
    const sandbox = createParseSandbox({ concurrency: 1, timeoutMs: 60_000, memoryMb: 512, maxPages: 100, maxBytes: 5e7 });
    try {
      const parsed = await sandbox.parse(fs.readFileSync(file));
      expect(explainRecord(parsed, { verify: false }).record.projectName).toBe('({{search.Data.length}} resultat)');
      const e = explainRecord(parsed);
      expect(e.record.projectName).toBeNull();
      expect(e.record.provenance.projectName).toBeUndefined();
      const check = e.checks.find((c) => c.field === 'projectName')!;
      expect(check.withheld).toBe(true);
      expect(check.p).toBeLessThan(VERIFY_MIN.projectName);
      const choice = e.choices.find((c) => c.field === 'projectName')!;
      expect(choice.value).toBeNull();
      expect(choice.passedOver[0]!.why).toMatch(/^withheld: right with probability 0\.\d\d < 0\.3$/);
    } finally {
      await sandbox.close();
    }
  });
});
