/** The pipeline's stages, in order. Each has exactly one BullMQ queue and one processor. */
export const STAGES = ['intake', 'archive', 'parse', 'extract', 'index'] as const;
export type Stage = (typeof STAGES)[number];

/** Where the uploaded or given file waits until the archive stage takes it over. */
export interface IntakePayload {
  documentId: string;
  /** Absolute path of the staged copy (under the data dir's incoming folder). */
  stagedPath: string;
  originalName: string;
  size: number;
  source: 'cli' | 'http' | 'sample';
}

/** Every later stage only needs the document id: all its state lives in the archive. */
export interface DocumentPayload {
  documentId: string;
}

/** Payload type per stage, so producers and processors agree at compile time. */
export interface StagePayloads {
  intake: IntakePayload;
  archive: IntakePayload;
  parse: DocumentPayload;
  extract: DocumentPayload;
  index: DocumentPayload;
}

/** The next stage after `stage`, or null for the last one. */
export function nextStage(stage: Stage): Stage | null {
  const i = STAGES.indexOf(stage);
  return STAGES[i + 1] ?? null;
}

/** One job per document per stage: the job id is the document id, so re-adding a document is a no-op. */
export function jobIdFor(documentId: string): string {
  return documentId;
}

/**
 * The queue of lesson-group updates: not a stage of one document but a job over all lessons, run after
 * reports are indexed or deleted. One update runs at a time; updates asked for meanwhile become one.
 */
export const LESSON_GROUPS_QUEUE = 'lesson-groups';

/** A lesson-group update: the changed reports wait in Redis (LessonGroupsStore); `full` groups every lesson anew. */
export interface LessonGroupsPayload {
  full?: boolean;
}

/** Every queue the workers take jobs from: the stages in order, then the lesson-group updates. */
export const QUEUE_NAMES = [...STAGES, LESSON_GROUPS_QUEUE] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];
