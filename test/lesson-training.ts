/**
 * The labelled real texts as the lesson classifier trains on them: every sentence the model reads of each text
 * whose lessons are labelled, marked a lesson where it matches one of the labelled lessons as the scorer matches
 * them. And the held-out reading: the batches left out of the training a group at a time, each group's sentences
 * read with the model the other groups train. Shared by test/tools/train-lessons.ts and the test that keeps the held-out figure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildView } from '../pipelines/extract/document.js';
import { type LinearModel, predict, train } from '../pipelines/extract/model/linear.js';
import { LESSON_MODEL_MIN, lessonFeatures, takenSentences } from '../pipelines/extract/model/lesson-model.js';
import { createParseSandbox } from '../pipelines/parse/create-sandbox.js';
import { lessonMatches } from '../services/cli/extraction-score.js';
import { REAL_TEXTS, realTextFiles } from './document-type-training.js';

export interface LabelledLessons {
  batch: string;
  file: string;
  truth: string[];
  /** Whether the labels give the text's lessons (a list, empty or not); a text whose labels leave them out states none. */
  stated: boolean;
  /** Whether the text's lessons are scored for precision too (not only recall). */
  precision: boolean;
  sentences: { text: string; features: string[]; lesson: boolean }[];
}

/** Every real text below `root`, its sentences marked by the labelled lessons (none where the labels leave them out). */
export async function labelledLessons(root = REAL_TEXTS): Promise<LabelledLessons[]> {
  const sandbox = createParseSandbox({ concurrency: 2, timeoutMs: 60_000, memoryMb: 512, maxPages: 2000, maxBytes: 5e7 });
  const out: LabelledLessons[] = [];
  try {
    for (const { file, batch } of realTextFiles(root)) {
      const truth = JSON.parse(fs.readFileSync(file.replace(/\.pdf$/, '.truth.json'), 'utf8')) as {
        lessonsLearned?: string[];
        lessonsScoring?: string;
      };
      // A text whose labels leave lessons out states none (the labels leave out what a text does not state): its
      // sentences are examples of what is no lesson, as those of a text labelled with an empty list.
      const stated = Array.isArray(truth.lessonsLearned);
      const lessons = truth.lessonsLearned ?? [];
      const parsed = await sandbox.parse(fs.readFileSync(file));
      const sentences = lessonFeatures(buildView(parsed.pages)).map((s) => ({
        text: s.text,
        features: s.features,
        lesson: lessons.some((t) => lessonMatches(t, s.text)),
      }));
      out.push({
        batch,
        file: path.relative(root, file),
        truth: lessons,
        stated,
        precision: truth.lessonsScoring !== 'recall',
        sentences,
      });
    }
  } finally {
    await sandbox.close();
  }
  return out;
}

export const trainLessonModel = (texts: LabelledLessons[], about: string): LinearModel =>
  train(
    texts.flatMap((t) => t.sentences.map((s) => ({ features: s.features, label: s.lesson ? 'lesson' : 'other' }))),
    about,
    { epochs: 20, l2: 1e-4, minDocs: 3, average: true },
  );

export interface LessonHeldOut {
  /** Texts whose lessons are labelled, and texts whose labels leave lessons out. */
  texts: number;
  without: number;
  labelled: number;
  /**
   * The model alone at each threshold, over the texts whose lessons are labelled: its sentences that match a
   * labelled lesson, and those that do not; and the sentences it takes in the texts that state no lessons.
   */
  byThreshold: { threshold: number; right: number; wrong: number; found: number; inTextsWithout: number }[];
}

/**
 * Batches left out of the training a group at a time: the batches, in name order, dealt into LESSON_FOLDS groups;
 * each group's sentences read with the model the other groups train. No text is read by a model its own batch
 * trained. A fixed number of groups keeps the work linear in the texts (one round per batch grew with the square of
 * the data: 29 minutes over 1,565 texts).
 */
export const LESSON_FOLDS = 40;
export function lessonHeldOut(texts: LabelledLessons[], thresholds = [0.5, LESSON_MODEL_MIN, 0.7, 0.8]): LessonHeldOut {
  const probabilities = new Map<LabelledLessons, number[]>();
  const batches = [...new Set(texts.map((t) => t.batch))].sort();
  const foldOf = new Map(batches.map((b, i) => [b, i % LESSON_FOLDS]));
  for (let fold = 0; fold < Math.min(LESSON_FOLDS, batches.length); fold++) {
    const model = trainLessonModel(
      texts.filter((t) => foldOf.get(t.batch) !== fold),
      'held out',
    );
    for (const t of texts.filter((x) => foldOf.get(x.batch) === fold))
      probabilities.set(
        t,
        t.sentences.map((s) => predict(model, s.features).get('lesson') ?? 0),
      );
  }
  const byThreshold = thresholds.map((threshold) => {
    let right = 0;
    let wrong = 0;
    let found = 0;
    let inTextsWithout = 0;
    for (const t of texts) {
      const mask = takenSentences(probabilities.get(t)!, threshold);
      const taken = t.sentences.filter((_, i) => mask[i]).map((s) => s.text);
      if (!t.stated) {
        inTextsWithout += taken.length;
        continue;
      }
      found += t.truth.filter((l) => taken.some((s) => lessonMatches(l, s))).length;
      if (!t.precision) continue;
      for (const s of taken) t.truth.some((l) => lessonMatches(l, s)) ? right++ : wrong++;
    }
    return { threshold, right, wrong, found, inTextsWithout };
  });
  return {
    texts: texts.filter((t) => t.stated).length,
    without: texts.filter((t) => !t.stated).length,
    labelled: texts.reduce((n, t) => n + t.truth.length, 0),
    byThreshold,
  };
}
