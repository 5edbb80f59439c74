import type { ReportSearchDocument } from '../../pipelines/index/to-search-document.js';

/**
 * The stages a document passes, in order: what its status shows (`stage`) and what job durations and failures
 * are counted by. They run in fewer queues than there are stages (PIPELINE_QUEUES).
 */
export const STAGES = ['intake', 'archive', 'parse', 'extract', 'index'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * The queues a document crosses: `intake` checks an upload and answers fast; one `read` job takes the document
 * from the archive through parse and extract with its text and record in hand; `index` jobs are batched into
 * Meilisearch writes. Each has exactly one processor.
 */
export const PIPELINE_QUEUES = ['intake', 'read', 'index'] as const;
export type PipelineQueue = (typeof PIPELINE_QUEUES)[number];

/** The stages each queue's job runs, in order. */
export const QUEUE_STAGES: Record<PipelineQueue, readonly Stage[]> = {
  intake: ['intake'],
  read: ['archive', 'parse', 'extract'],
  index: ['index'],
};

/**
 * Queues of an earlier version, one per stage, that no worker takes from any more: jobs found waiting there are
 * moved into the `read` queue when a worker starts (see adoptRetiredJobs).
 */
export const RETIRED_QUEUES = ['archive', 'parse', 'extract'] as const;

/** Where the uploaded or given file waits until the archive stage takes it over. */
export interface IntakePayload {
  documentId: string;
  /** Absolute path of the staged copy (under the data dir's incoming folder). */
  stagedPath: string;
  originalName: string;
  size: number;
  source: 'cli' | 'http' | 'sample';
}

/** Jobs that only need the document id: all its state lives in the archive. */
export interface DocumentPayload {
  documentId: string;
}

/** A read job: from intake, with the staged file to archive; re-queued, with only the id (the original is archived). */
export type ReadPayload = IntakePayload | DocumentPayload;

/**
 * An index job: the search documents the read job built from the record and text it had in hand; without them
 * (or when a newer record was written meanwhile) the index job builds them from the archive.
 */
export interface IndexPayload {
  documentId: string;
  docs?: ReportSearchDocument[];
}

/** Payload type per queue, so producers and processors agree at compile time. */
export interface QueuePayloads {
  intake: IntakePayload;
  read: ReadPayload;
  index: IndexPayload;
}

/** One job per document per queue: the job id is the document id, so re-adding a document is a no-op. */
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

/** Every queue the workers take jobs from: the pipeline's, then the lesson-group updates. */
export const QUEUE_NAMES = [...PIPELINE_QUEUES, LESSON_GROUPS_QUEUE] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** What job durations and failures are counted by: each stage, and the lesson-group updates. */
export const METRIC_STAGES = [...STAGES, LESSON_GROUPS_QUEUE] as const;
export type MetricStage = (typeof METRIC_STAGES)[number];
