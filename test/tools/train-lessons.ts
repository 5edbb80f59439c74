// Trains the lesson classifier (pipelines/extract/model/lesson-model.ts) on the labelled real texts and writes its
// weights to pipelines/extract/data/lessons.model.json.
//   npm run train:lessons                  train on every real text whose lessons are labelled, write the model
//   npm run train:lessons -- --held-out    leave the batches out a group at a time (LESSON_FOLDS): train on the
//                                          others, read the left-out group's sentences; prints the model's precision and recall by threshold
import fs from 'node:fs';
import path from 'node:path';
import { formatModel } from '../../pipelines/extract/model/linear.js';
import { LESSON_FOLDS, labelledLessons, lessonHeldOut, trainLessonModel } from '../lesson-training.js';

const OUT = path.resolve(import.meta.dirname, '../../pipelines/extract/data/lessons.model.json');
const texts = await labelledLessons();
if (process.argv.includes('--held-out')) {
  const h = lessonHeldOut(texts);
  process.stdout.write(
    `${h.texts} texts with labelled lessons (${h.labelled}) and ${h.without} whose labels state none, the batches left out of the training in ${LESSON_FOLDS} groups\n`,
  );
  for (const t of h.byThreshold) {
    const p = t.right + t.wrong ? t.right / (t.right + t.wrong) : 1;
    process.stdout.write(
      `  p ≥ ${t.threshold.toFixed(2)}  precision ${p.toFixed(3)} (${t.right} right, ${t.wrong} wrong)  recall ${(t.found / h.labelled).toFixed(3)} (${t.found})  taken in the texts that state none ${t.inTextsWithout}\n`,
    );
  }
} else {
  const model = trainLessonModel(texts, `lessons from ${texts.length} labelled real texts (test/fixtures/real-texts)`);
  fs.writeFileSync(OUT, formatModel(model));
  process.stdout.write(`${texts.length} texts, ${Object.keys(model.weights).length} features → ${path.relative(process.cwd(), OUT)}\n`);
}
