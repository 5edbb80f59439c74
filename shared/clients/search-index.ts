import { Meilisearch, MeilisearchApiError, type Index, type SearchParams, type SearchResponse } from 'meilisearch';
import { AppError } from '../errors.js';
import { REPORTS_SETTINGS } from '../../pipelines/index/index-settings.js';
import type { ReportSearchDocument } from '../../pipelines/index/to-search-document.js';

/** A search the API asks of the reports index; filter strings are built by `shared/search/filter.ts`. */
export interface ReportQuery {
  q: string;
  filter: string[];
  limit: number;
  offset: number;
  sort?: string[];
}

/** The one surface the rest of Lärdom uses for Meilisearch. The only module that imports the client. */
export class SearchIndex {
  private readonly client: Meilisearch;
  readonly reportsUid: string;

  constructor(url: string, masterKey: string, indexPrefix = '') {
    this.client = new Meilisearch({ host: url, apiKey: masterKey, timeout: 30_000 });
    this.reportsUid = `${indexPrefix}reports`;
  }

  private get reports(): Index<ReportSearchDocument> {
    return this.client.index<ReportSearchDocument>(this.reportsUid);
  }

  /** True when Meilisearch answers its health check. */
  async healthy(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }

  /** Creates the index if needed and applies its settings; safe to call at every start. */
  async ensureIndexes(): Promise<void> {
    try {
      await this.client.createIndex(this.reportsUid, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
    } catch (err) {
      if (!(err instanceof MeilisearchApiError && err.cause?.code === 'index_already_exists')) throw transient(err);
    }
    const task = await this.reports.updateSettings(REPORTS_SETTINGS).waitTask({ timeout: 120_000 });
    if (task.status !== 'succeeded') throw new AppError('internal', `Index settings failed: ${task.error?.message}`);
  }

  /** Upserts reports by id in one write and waits until they are searchable. */
  async upsertReports(docs: ReportSearchDocument[]): Promise<void> {
    if (!docs.length) return;
    let task;
    try {
      task = await this.reports.addDocuments(docs, { primaryKey: 'id' }).waitTask({ timeout: 120_000, interval: 50 });
    } catch (err) {
      throw transient(err);
    }
    if (task.status !== 'succeeded') {
      throw new AppError('service_unavailable', `Meilisearch rejected the batch: ${task.error?.message ?? task.status}`);
    }
  }

  /**
   * Rebuilds the reports index from scratch without a gap in service: fills a fresh index with the
   * given batches, swaps it with the live one in one step, then drops the old one.
   */
  async rebuildReports(batches: AsyncIterable<ReportSearchDocument[]>): Promise<number> {
    const tmpUid = `${this.reportsUid}_rebuild`;
    const tmp = this.client.index<ReportSearchDocument>(tmpUid);
    try {
      await this.client.deleteIndex(tmpUid).waitTask({ timeout: 60_000 });
      await this.client.createIndex(tmpUid, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
      await this.ensureIndexes();
      await tmp.updateSettings(REPORTS_SETTINGS).waitTask({ timeout: 120_000 });
      let count = 0;
      for await (const docs of batches) {
        if (!docs.length) continue;
        const task = await tmp.addDocuments(docs, { primaryKey: 'id' }).waitTask({ timeout: 300_000, interval: 100 });
        if (task.status !== 'succeeded') throw new AppError('internal', `Rebuild batch failed: ${task.error?.message}`);
        count += docs.length;
      }
      const swap = await this.client.swapIndexes([{ indexes: [this.reportsUid, tmpUid], rename: false }]).waitTask({ timeout: 60_000 });
      if (swap.status !== 'succeeded') throw new AppError('internal', `Index swap failed: ${swap.error?.message}`);
      await this.client.deleteIndex(tmpUid).waitTask({ timeout: 60_000 });
      return count;
    } catch (err) {
      throw transient(err);
    }
  }

  /** Searches the reports index with highlighted, cropped snippets. */
  async searchReports(query: ReportQuery): Promise<SearchResponse<ReportSearchDocument>> {
    const params: SearchParams = {
      filter: query.filter,
      limit: query.limit,
      offset: query.offset,
      sort: query.sort,
      attributesToRetrieve: ['*'],
      attributesToHighlight: ['projectName', 'owner', 'summary', 'lessonsLearned'],
      attributesToCrop: ['summary:40', 'body:40'],
      highlightPreTag: '<mark>',
      highlightPostTag: '</mark>',
      showMatchesPosition: false,
    };
    try {
      return await this.reports.search(query.q, params);
    } catch (err) {
      throw transient(err);
    }
  }

  /** Number of documents in the reports index. */
  async countReports(): Promise<number> {
    try {
      return (await this.reports.getStats()).numberOfDocuments;
    } catch (err) {
      throw transient(err);
    }
  }

  async getReport(id: string): Promise<ReportSearchDocument | null> {
    try {
      return (await this.reports.getDocument(id)) as ReportSearchDocument;
    } catch (err) {
      if (err instanceof MeilisearchApiError && err.cause?.code === 'document_not_found') return null;
      throw transient(err);
    }
  }
}

function transient(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new AppError('service_unavailable', `Meilisearch: ${message}`, { cause: err });
}
