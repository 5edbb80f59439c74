import { describe, expect, it } from 'vitest';
import { LESSON_MODEL, LESSON_MODEL_MIN } from '../pipelines/extract/model/lesson-model.js';
import { labelledLessons, lessonHeldOut, trainLessonModel } from './lesson-training.js';

// The lesson classifier as it reads texts it never saw: the batches left out of the training a group at a time (40
// groups; lesson-training.ts), each group's sentences read with the model the other groups train. It learns from every
// real text: the sentences of the 1,655 whose labels give their lessons (1,597), and those of the 645 whose labels
// state none, as examples of what is no lesson. A sentence is taken at the shipped threshold of 0.8, or beside one so
// taken at 0.6 of it (takenSentences). Today (2,300 texts, the first session of 2026-12-08) the model alone: 125
// sentences taken that are labelled lessons and 56 that are not (precision 0.69), 159 of the 1,597 lessons found
// (0.100), and 14 sentences taken in the 645 texts that state none (the bar: 16.1); at 0.7: 0.70, 0.147 and 27. Over
// 2,222 texts: 0.69, 0.099 and 15; at 0.7: 0.69, 0.149 and 29. Over
// 2,143 texts: 0.69, 0.099 and 16 (the bar reached); at 0.7: 0.68, 0.140 and 25. Over 2,065 texts: 0.72, 0.102 and 15; at 0.7: 0.68, 0.140 and 24. Over
// 1,987 texts: 0.73, 0.105 and 16; at 0.7: 0.68, 0.138 and 24.
// Over 1,908 texts: 0.68, 0.097 and 8; at 0.7: 0.70, 0.141 and 22. Over 1,830 texts: 0.70,
// 0.098 and 7; at 0.7: 0.66, 0.137 and 18. Over 1,750 texts: 0.68,
// 0.095 and 13; at 0.7: 0.67, 0.141 and 24. Over 1,710 texts: 0.68, 0.104 and 10;
// at 0.7: 0.66, 0.147 and 17. Over 1,670 texts: 0.70,
// 0.098 and 9; at 0.7: 0.68, 0.146 and 24. Over 1,630 texts: 0.69,
// 0.093 and 13; at 0.7: 0.65, 0.140 and 23. Left out one batch at a time (until the fifth session of 2026-12-06, when that
// work had grown to 29 minutes) over 1,565 texts at 0.8: 0.68, 0.097 and 9; the same 1,565 texts in 40 groups: 0.69,
// 0.094 and 9. At 0.75, the threshold until the fourth session of 2026-12-06: 0.69, 0.119 and 18 over 1,565 texts,
// past the bar below (16.1), so the threshold was weighed again and moved (lesson-model.ts). Over 1,490 texts, at 0.75:
// 0.67, 0.117 and 16. Over 1,430 texts: 0.68, 0.124 and 12; over 1,310 texts: 0.66, 0.121 and 11; over 1,230 texts:
// 0.71, 0.117 and 10; over 1,161 texts: 0.74, 0.116 and 12; over 1,081: 0.77, 0.113 and 10; over 1,051, before the
// neighbours were taken, 0.74, 0.071 and 11.
describe('the lesson classifier on batches left out of its training', () => {
  it('finds lessons the rules leave, two in three of them labelled lessons, and seldom any in texts that state none; the shipped model is the one the texts train', {
    // Held out in 40 groups over 2,300 texts it took 80 s (numbered features since the seventh session of 2026-12-07;
    // before, 25 minutes over 2,143 on a machine busy with three other trainings): the bound is wide.
    timeout: 1_800_000,
  }, async () => {
    const texts = await labelledLessons();
    expect(texts.filter((t) => t.stated).length).toBeGreaterThanOrEqual(1655);
    const h = lessonHeldOut(texts, [LESSON_MODEL_MIN]);
    const at = h.byThreshold[0]!;
    const detail = JSON.stringify(at);
    expect(at.right / (at.right + at.wrong), detail).toBeGreaterThanOrEqual(0.65);
    expect(at.found / h.labelled, detail).toBeGreaterThanOrEqual(0.06);
    // In texts that state no lessons, fewer sentences than one in 40 texts.
    expect(at.inTextsWithout, detail).toBeLessThanOrEqual(h.without / 40);
    // The weights in the repository are those the texts give (npm run train:lessons, after a change to the features
    // or to the document model's sentences and sections).
    const again = trainLessonModel(texts, LESSON_MODEL.about);
    expect(again.weights).toEqual(LESSON_MODEL.weights);
  });
});
