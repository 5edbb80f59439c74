import type { Redis } from 'ioredis';
import type { Config } from '../../config/load-config.js';
import type { Archive } from '../../shared/archive.js';
import type { DocumentStore } from '../../shared/clients/document-store.js';
import type { StageQueues } from '../../shared/clients/queues.js';
import type { SearchIndex } from '../../shared/clients/search-index.js';
import type { Logger } from '../../shared/logger.js';

/** What the HTTP app needs; built in main.ts (or a test) and passed in. */
export interface ApiDeps {
  config: Readonly<Config>;
  redis: Redis;
  queues: StageQueues;
  archive: Archive;
  documents: DocumentStore;
  search: SearchIndex;
  log: Logger;
  /** Set while the process drains before it stops: the API then answers "not ready". */
  lifecycle?: { draining: boolean };
}
