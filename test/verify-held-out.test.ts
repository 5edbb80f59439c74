import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainRecord } from '../pipelines/extract/extract-record.js';
import { NAME_MODEL_MIN } from '../pipelines/extract/model/name-model.js';
import { VERIFY_MIN, VERIFY_MODEL } from '../pipelines/extract/model/verify-model.js';
import { createParseSandbox } from '../pipelines/parse/create-sandbox.js';
import { REAL_TEXTS } from './document-type-training.js';
import { arrivalValues, reportTextValues, trainVerifyModel, verifyHeldOut } from './verify-training.js';

// The verifier as it reads values it never saw: each batch left out of the training in turn, its values (as the
// extractor of the day gave them on the batch's arrival) read with the model the other batches train. It withholds the
// funders below 0.3 (VERIFY_MIN): over the 6,416 values given on arrival up to the first session of 2026-12-08, 51
// wrong lists of payers and 20 right ones below 0.3 (53 and 18 over 6,171; 53 and 20 over 5,918; 53 and 15 over 5,686; 46 and 19 over 5,441; 44 and 18 over 5,189; 45 and 16 over 4,944; 45 and 15 over 4,674; 43 and 18 over 4,537; 42 and 21 over 4,396; 46 and 24 over 4,253; 43 and 24 over 4,058; 44 and 24 over 3,837; 43 and 21 over 3,636; 37 and 23 over 3,217; 39 and 22 over 2,937).
// No other field is withheld: its doubts are right no more often than wrong for any field but the project's name, and
// the name is read by the name ranker instead (test/names-held-out.test.ts). Its doubts on the name at 0.4 over 6,416
// values: 88 wrong and 46 right (83 and 38 over 6,171; 84 and 42 over 5,918; 87 and 41 over 5,686; 88 and 39 over 5,441; 85 and 39 over 5,189; 84 and 41 over 4,944; 84 and 45 over 4,674; 83 and 41 over 4,537; 77 and 37 over 4,396; 85 and 42 over 4,253; 79 and 38 over 4,058; 79 and 37 over 3,837; 84 and 41 over 3,636; 80 and 35 over 3,217; 84 and 35 over 2,937; 80 and 40 over 2,680; 57 and 33 before
// z136), but over the batches since z142, whose names the ranker gave on arrival, 1 and 1 (up to the first session of
// 2026-12-06): the ranker already withholds what the verifier would. The period: 8 wrong and 2 right over 6,416; 7 wrong and 3 right over 6,171; 8 wrong and 3 right over 5,918; 7 wrong and 2 right over 5,686; 5 wrong and 1 right over 5,441; 6 wrong and 2 right over 5,189; 4 wrong and 3 right over 4,944, 4,674 and 4,537 (5 and 3
// over 4,396; 5 and 4
// over 4,253; 4 and 6 over 4,058; 8 and 4 over 3,837; 5 and 2 over 3,636).
describe('the verifier on batches left out of its training', () => {
  it('withholds the funders it doubts most, mostly wrong ones, and would take back for no other field but the name twice as many wrong values as right ones; the shipped model is the one the values train', {
    timeout: 1_200_000,
  }, () => {
    const arrival = arrivalValues();
    expect(arrival.length).toBeGreaterThanOrEqual(6416);
    const reports = reportTextValues();
    const h = verifyHeldOut([...arrival, ...reports], () => 0.4);
    // The funders' threshold: below it the held-out doubts are right more than one and a half times as often as wrong.
    const funders = h.probabilities.filter((v) => v.field === 'funders' && v.p < VERIFY_MIN.funders);
    const doubted = { right: funders.filter((v) => v.right).length, wrong: funders.filter((v) => !v.right).length };
    expect(VERIFY_MIN.funders, JSON.stringify(doubted)).toBe(0.3);
    expect(doubted.wrong, JSON.stringify(doubted)).toBeGreaterThan(1.5 * doubted.right);
    for (const [field, t] of h.byField) {
      const detail = `${field} ${JSON.stringify(t)}`;
      if (field === 'funders') continue;
      expect(VERIFY_MIN[field as keyof typeof VERIFY_MIN], detail).toBe(0);
      // Where the doubts are mostly right (the name), a threshold would pay; elsewhere none is set. Fewer than five
      // values taken back say nothing either way (the period's 2 wrong and 1 right over 1,001 texts, 3 and none over
      // 862; the extractor of that day, whose periods were more often right than those given on arrival, would have
      // lost 6 right periods and 1 wrong one in sample at that threshold).
      // The period over 1,033 texts: 4 wrong and 1 right taken back from the values given on arrival, but today's
      // extractor gives fewer wrong periods than those did, and the same threshold on its output takes back 8 right
      // periods and no wrong one (golden diff with VERIFY_MIN.period at 0.4). So no threshold; the bound below fails
      // when the held-out evidence grows past a handful of values and must be weighed again.
      // Weighed again over 3,837 values (the third session of 2026-12-06): 8 wrong and 4 right periods taken back at 0.4,
      // all from the values earlier extractors gave on arrival (since z142 they gave 130 right periods and 18 wrong). The
      // same threshold on today's output took back 15 right periods and no wrong one over the real texts (golden diff
      // with VERIFY_MIN.period at 0.4, models trained on 1,430 texts), 1 right and no wrong one over this session's
      // z218–z221, and none over z222–z225, kept aside. So still no threshold; the bound moves to 14.
      if (field === 'period') expect(t.withheld.wrong + t.withheld.right, detail).toBeLessThanOrEqual(14);
      // Over 6,416 values (the first session of 2026-12-08): 41 wrong and 33 right (74 of the bound's 80). Over 6,171
      // (the seventh session of 2026-12-07): 37 wrong and 30 right (67). Over 5,918
      // (its sixth): 42 wrong and 31 right (73).
      // Over 5,686 values (the fifth session of 2026-12-07): 42 wrong and 29 right, 71, past the bound of 70, so the
      // owner was weighed again as the bound asks: fewer than two wrong for each right one held out, and the same
      // threshold on today's output takes back 50 right owners and 6 wrong ones over the fixtures (41 more change where
      // neither is the truth; golden diff with VERIFY_MIN.owner at 0.4, models trained on 2,065 texts). So still no
      // threshold; the bound moves to 80.
      // Over 5,441 values (the fourth session of 2026-12-07): 39 wrong and 29 right (68 of the bound's 70).
      // Over 5,189 values (the third session of 2026-12-07): 39 wrong and 26 right (65 of the bound's 70).
      // Over 4,944 values (the second session of 2026-12-07): 35 wrong and 24 right, 59, past the bound of 55, so the
      // owner was weighed again as the bound asks: fewer than two wrong for each right one held out, and the same
      // threshold on today's output takes back 46 right owners and 33 wrong ones over the fixtures (golden diff with
      // VERIFY_MIN.owner at 0.4, models trained on 1,830 texts). So still no threshold; the bound moves to 70.
      // Over 4,674 values (the session of 2026-12-07): 26 wrong and 19 right (45 of the bound's 55). Over 4,537 values
      // (the seventh session of 2026-12-06): 29 wrong and 18 right (47 of the bound's 55; the owner
      // model retrained on the new batches doubts fewer of them). Over 4,396 values (the sixth session of 2026-12-06): 33
      // wrong and 21 right (54 of the bound's 55). Over 4,253 values
      // (the fifth session of 2026-12-06): 34 wrong and 19 right (53 of the bound's 55). Over 4,058
      // values (the fourth session of 2026-12-06): 34 wrong and 17 right, two to one at most (51 of the bound's 55: the
      // next batches will reach it, and the owner must then be weighed again on today's output).
      // Over 3,837 values (the third session of 2026-12-06): 32 wrong and 20 right, still fewer than two to one.
      // The owner over 3,636 values (the second session of 2026-12-06): 26 wrong and 18 right owners taken back at 0.4,
      // weighed again as this bound asked: the new batches added 2 wrong and 6 right, fewer than two to one as before
      // (24 and 12 over 3,217; 24 and 11 over 2,937; 22 and 10 over 2,680); over the batches of
      // the last four extractors alone, 3 and 1, too few to weigh. Today's extractor gives far fewer wrong owners than
      // those did: the same threshold on its output takes back 35 right owners and 1 wrong one over the real texts
      // (golden diff with VERIFY_MIN.owner at 0.4). So no threshold; the bound fails when the held-out evidence grows
      // and must be weighed again.
      else if (field === 'owner') expect(t.withheld.wrong + t.withheld.right, detail).toBeLessThanOrEqual(80);
      // The project manager over 2,937 values (the fifth session of 2026-12-05): 4 wrong and 1 right taken back at 0.4,
      // the first time its doubts reach five values; the same threshold on today's output takes back 4 right managers
      // and 3 wrong ones over the real texts (golden diff with VERIFY_MIN.projectManager at 0.4: names of three words,
      // 'Chris Heintz Welinder', 'Ulf Stefan Winka'). So no threshold; the bound fails when the evidence grows. Over
      // 4,537 values (the seventh session of 2026-12-06): 6 wrong and 3 right (9 of the bound's 10); over 4,674 (the
      // session of 2026-12-07) the same, and at 0.3 5 wrong and none right, but the same threshold on today's output takes
      // back 3 right managers and 3 wrong ones over the real texts (golden diff with VERIFY_MIN.projectManager at 0.3),
      // so still none. Over 4,944 (the second session of 2026-12-07): 6 wrong and 4 right, 10 of the bound's 10. Over
      // 5,189 (the third session of 2026-12-07): 5 wrong and 3 right (8 of the bound's 10). Over 5,441 (the fourth
      // session of 2026-12-07): 7 wrong and 4 right, 11, past the bound of 10, so the manager was weighed again as the
      // bound asks: fewer than two wrong for each right one held out, and the same threshold on today's output takes
      // back 8 right managers and 4 wrong ones over the fixtures (golden diff with VERIFY_MIN.projectManager at 0.4:
      // names of three words or with an initial, 'Chris Heintz Welinder', 'Lars G Strömberg', 'Annelie P Norrman'). So
      // still no threshold; the bound moves to 14. Over 5,918 (the sixth session of 2026-12-07): 9 wrong and 5 right, 14
      // of the bound's 14; over 6,171 (its seventh): 9 wrong and 4 right, 13; over 6,416 (the first session of
      // 2026-12-08): 9 wrong and 4 right, 13. The next batches may pass it, and the
      // manager must then be weighed again on that day's output.
      else if (field === 'projectManager') expect(t.withheld.wrong + t.withheld.right, detail).toBeLessThanOrEqual(14);
      else if (field !== 'projectName')
        expect(t.withheld.wrong < 2 * t.withheld.right || t.withheld.wrong + t.withheld.right < 5, detail).toBe(true);
      else expect(t.withheld.wrong, detail).toBeGreaterThan(1.5 * t.withheld.right);
    }
    // The weights in the repository are those the values give (npm run train:verify, after a change to the rules,
    // the other trained models or the features; after a change to the features, test/tools/arrival-values.sh first).
    const again = trainVerifyModel([...arrival, ...reports], VERIFY_MODEL.about);
    expect(again.weights).toEqual(VERIFY_MODEL.weights);
  });

  it("a web page's template text read as the project's name is withheld by the name ranker, and --why shows why", {
    timeout: 60_000,
  }, async () => {
    // A conclusions page whose search box left its template in the text: "({{search.Data.length}} resultat)".
    const file = path.join(REAL_TEXTS, 'batch-z11/real-tillvaxt-turism-slutsatser.pdf');
    const sandbox = createParseSandbox({ concurrency: 1, timeoutMs: 60_000, memoryMb: 512, maxPages: 100, maxBytes: 5e7 });
    try {
      const parsed = await sandbox.parse(fs.readFileSync(file));
      expect(explainRecord(parsed, { verify: false }).record.projectName).toBe('({{search.Data.length}} resultat)');
      const e = explainRecord(parsed);
      expect(e.record.projectName).toBeNull();
      expect(e.record.provenance.projectName).toBeUndefined();
      const choice = e.choices.find((c) => c.field === 'projectName')!;
      expect(choice.value).toBeNull();
      expect(choice.passedOver[0]!.why).toMatch(
        new RegExp(`^withheld: the most probable name, ".+", is right with probability 0\\.\\d\\d < ${NAME_MODEL_MIN}$`),
      );
    } finally {
      await sandbox.close();
    }
  });
});
