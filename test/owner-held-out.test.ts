import { describe, expect, it } from 'vitest';
import { OWNER_MODEL } from '../pipelines/extract/model/owner-model.js';
import { labelledOwners, ownerHeldOut, trainOwnerModel } from './owner-training.js';

// The owner model as it reads texts it never saw: each batch of real texts left out of the training in turn, the
// model asked only where the rules give no owner. Today, over 1,138 texts with a labelled owner: the rules alone
// 493 right and 66 wrong, with the model 533 right and 85 wrong (averaged SGD; 40 gained for 19 lost, close to the bar
// of two to one); over 1,018, 448 / 57 and 479 / 70; over 938, 413 / 54 and 450 / 68; over 869, 385 / 51 and 418 / 65; over 789, 354 / 48 and 384 / 58; over
// 759, 344 / 44 and 371 / 51; over 754, 340 / 45 and 365 / 54; over 715, 330 / 43 and 350 / 49.
describe('owner on real texts left out of the model training', () => {
  it('each batch held out in turn: the model adds more right owners than wrong ones; the shipped model is the one the texts train', {
    timeout: 1_200_000,
  }, async () => {
    const texts = await labelledOwners();
    expect(texts.length).toBeGreaterThanOrEqual(1138);
    const h = ownerHeldOut(texts);
    const detail = JSON.stringify(h);
    const gained = h.withModel.right - h.byRules.right;
    const lost = h.withModel.wrong - h.byRules.wrong;
    expect(gained, detail).toBeGreaterThan(0);
    expect(gained, detail).toBeGreaterThanOrEqual(2 * lost);
    // The weights in the repository are those the labelled texts give (retrain after adding texts).
    const again = trainOwnerModel(texts, OWNER_MODEL.about);
    expect(again.weights).toEqual(OWNER_MODEL.weights);
  });
});
