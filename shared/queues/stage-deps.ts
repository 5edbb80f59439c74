import type { Archive } from '../archive.js';
import type { DocumentStore } from '../clients/document-store.js';
import type { RecordVersions } from '../clients/record-versions.js';
import type { Logger } from '../logger.js';
import type { PipelineMetrics } from '../metrics/pipeline-metrics.js';
import type { PipelineQueue, QueuePayloads } from './queue-names.js';

/** What every stage is given by the worker's composition root. */
export interface StageDeps {
  archive: Archive;
  documents: DocumentStore;
  /** Versioned writes of records and of the index (a correction and a worker never overwrite each other). */
  versions: RecordVersions;
  log: Logger;
  /** Counts stage durations and failures for /metrics (the worker always gives it). */
  metrics?: PipelineMetrics;
  /** Adds the document's job to a queue (job id = document id, so it is idempotent). */
  enqueue: <Q extends PipelineQueue>(queue: Q, payload: QueuePayloads[Q]) => Promise<void>;
}
