import {
  Meilisearch,
  MeilisearchApiError,
  type EnqueuedTaskPromise,
  type Index,
  type SearchParams,
  type SearchResponse,
  type Settings,
} from 'meilisearch';
import { AppError } from '../errors.js';
import { quoteFilterValue } from '../search/filter.js';
import { DISPLAYED_FIELDS, LESSONS_SETTINGS, REPORTS_SETTINGS } from '../../pipelines/index/index-settings.js';
import { TEXT_FIELDS, withFoldedText } from '../../pipelines/index/swedish-search.js';
import { toLessonDocuments, type LessonSearchDocument, type ReportSearchDocument } from '../../pipelines/index/to-search-document.js';

/** The two indexes: one document per report, one per lesson learned. */
export type IndexKind = 'reports' | 'lessons';

/** A search the API asks of one index; filter strings are built by `shared/search/filter.ts`. */
export interface IndexQuery {
  q: string;
  filter: string[];
  limit: number;
  offset: number;
  sort?: string[] | undefined;
  facets?: string[] | undefined;
  attributesToRetrieve?: string[] | undefined;
  matchingStrategy?: 'last' | 'all' | 'frequency' | undefined;
}

const HIGHLIGHT: Record<IndexKind, Pick<SearchParams, 'attributesToHighlight' | 'attributesToCrop' | 'cropLength'>> = {
  reports: {
    attributesToHighlight: ['projectName', 'owner', 'summary', 'lessonsLearned'],
    attributesToCrop: ['summary', 'body'],
    cropLength: 40,
  },
  lessons: { attributesToHighlight: ['text', 'projectName', 'owner'] },
};

const SETTINGS: Record<IndexKind, Settings> = { reports: REPORTS_SETTINGS, lessons: LESSONS_SETTINGS };

// Queries are read with the English pipeline, which folds å/ä/ö to a/o: they match the folded copies
// of the running text exactly and every synonym applies, with or without diacritics typed, and
// highlights still land on the original Swedish words (see pipelines/index/index-settings.ts).
const QUERY_LOCALES: SearchParams['locales'] = ['eng'];
const WAIT = { timeout: 300_000, interval: 50 };

/**
 * The one surface the rest of Lärdom uses for Meilisearch; the only module that imports the client.
 * Reports and their lessons are always written together, so the two indexes stay in step.
 */
export class SearchIndex {
  private readonly client: Meilisearch;
  readonly uids: Record<IndexKind, string>;

  constructor(url: string, masterKey: string, indexPrefix = '') {
    this.client = new Meilisearch({ host: url, apiKey: masterKey, timeout: 30_000 });
    this.uids = { reports: `${indexPrefix}reports`, lessons: `${indexPrefix}lessons` };
  }

  /** Uid of the reports index. */
  get reportsUid(): string {
    return this.uids.reports;
  }

  private index<T extends Record<string, unknown>>(kind: IndexKind): Index<T> {
    return this.client.index<T>(this.uids[kind]);
  }

  /** True when Meilisearch answers its health check. */
  async healthy(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }

  /**
   * Tasks of this deployment's indexes that Meilisearch has not finished: how many wait, how many run, and when the
   * oldest of them was enqueued (null when none): how far the index lags behind the pipeline's writes.
   */
  async pendingTasks(): Promise<{ enqueued: number; processing: number; oldestEnqueuedAt: Date | null }> {
    const indexUids = Object.values(this.uids);
    // Oldest first (reverse), one task each: the totals come with the page.
    const [enqueued, processing] = await Promise.all(
      (['enqueued', 'processing'] as const).map((status) =>
        this.client.tasks.getTasks({ statuses: [status], indexUids, limit: 1, reverse: true }),
      ),
    );
    const times = [...enqueued!.results, ...processing!.results].map((t) => Date.parse(t.enqueuedAt)).filter(Number.isFinite);
    return {
      enqueued: enqueued!.total,
      processing: processing!.total,
      oldestEnqueuedAt: times.length ? new Date(Math.min(...times)) : null,
    };
  }

  /** Creates both indexes if needed and applies their settings; safe to call at every start. */
  async ensureIndexes(): Promise<void> {
    for (const kind of ['reports', 'lessons'] as const) await this.prepare(this.uids[kind], SETTINGS[kind]);
  }

  private async prepare(uid: string, settings: Settings): Promise<void> {
    try {
      await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
    } catch (err) {
      if (!(err instanceof MeilisearchApiError && err.cause?.code === 'index_already_exists')) throw transient(err);
    }
    await this.run(this.client.index(uid).updateSettings(settings), `settings of ${uid}`);
  }

  /**
   * Upserts reports by id and replaces their lessons, in one round of writes, and waits until all
   * of it is searchable.
   */
  async upsertReports(docs: ReportSearchDocument[]): Promise<void> {
    if (!docs.length) return;
    await this.writeReports(this.uids, docs);
  }

  private async writeReports(uids: Record<IndexKind, string>, docs: ReportSearchDocument[]): Promise<void> {
    const lessons = docs.flatMap(toLessonDocuments);
    const reports = this.client.index(uids.reports);
    const lessonIndex = this.client.index(uids.lessons);
    // Meilisearch runs tasks in the order it receives them, so each write is sent only once the one
    // before it is enqueued: old lessons are deleted before the new ones land, never after.
    const indexed = {
      reports: docs.map((d) => withFoldedText(d, TEXT_FIELDS.reports)),
      lessons: lessons.map((l) => withFoldedText(l, TEXT_FIELDS.lessons)),
    };
    const writes: (() => EnqueuedTaskPromise)[] = [
      () => reports.addDocuments(indexed.reports, { primaryKey: 'id' }),
      () => lessonIndex.deleteDocuments({ filter: reportFilter(docs.map((d) => d.id)) }),
      ...(lessons.length ? [() => lessonIndex.addDocuments(indexed.lessons, { primaryKey: 'id' })] : []),
    ];
    const enqueued: EnqueuedTaskPromise[] = [];
    for (const write of writes) {
      const task = write();
      await task.catch(() => undefined);
      enqueued.push(task);
    }
    for (const t of enqueued) await this.run(t, 'index write');
  }

  /** Removes reports and all their lessons. */
  async deleteReports(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.run(this.index('reports').deleteDocuments(ids), 'delete reports');
    await this.run(this.index('lessons').deleteDocuments({ filter: reportFilter(ids) }), 'delete lessons');
  }

  /**
   * Rebuilds both indexes from scratch without a gap in service: fills fresh indexes with the given
   * batches, swaps them with the live ones in one step, then drops the old ones.
   */
  async rebuild(batches: AsyncIterable<ReportSearchDocument[]>): Promise<number> {
    const tmp = { reports: `${this.uids.reports}_rebuild`, lessons: `${this.uids.lessons}_rebuild` };
    try {
      await this.ensureIndexes();
      for (const kind of ['reports', 'lessons'] as const) {
        await this.client.deleteIndex(tmp[kind]).waitTask({ timeout: 60_000 });
        await this.prepare(tmp[kind], SETTINGS[kind]);
      }
      let count = 0;
      for await (const docs of batches) {
        if (!docs.length) continue;
        await this.writeReports(tmp, docs);
        count += docs.length;
      }
      await this.run(
        this.client.swapIndexes([
          { indexes: [this.uids.reports, tmp.reports], rename: false },
          { indexes: [this.uids.lessons, tmp.lessons], rename: false },
        ]),
        'index swap',
      );
      for (const kind of ['reports', 'lessons'] as const) await this.client.deleteIndex(tmp[kind]).waitTask({ timeout: 60_000 });
      return count;
    } catch (err) {
      throw transient(err);
    }
  }

  /** Searches one index with highlighted, cropped snippets and optional facets. */
  async search<T extends Record<string, unknown>>(kind: IndexKind, query: IndexQuery): Promise<SearchResponse<T>> {
    const params: SearchParams = {
      filter: query.filter,
      limit: query.limit,
      offset: query.offset,
      sort: query.sort,
      facets: query.facets,
      attributesToRetrieve: query.attributesToRetrieve ?? ['*'],
      ...HIGHLIGHT[kind],
      highlightPreTag: '<mark>',
      highlightPostTag: '</mark>',
      locales: QUERY_LOCALES,
      ...(query.matchingStrategy ? { matchingStrategy: query.matchingStrategy } : {}),
    };
    try {
      return await this.index<T>(kind).search(query.q, params);
    } catch (err) {
      throw asSearchError(err);
    }
  }

  /** Several searches in one round trip (each may target either index). */
  async multiSearch(queries: { kind: IndexKind; query: IndexQuery }[]): Promise<SearchResponse<Record<string, unknown>>[]> {
    try {
      const res = await this.client.multiSearch({
        queries: queries.map(({ kind, query }) => ({
          indexUid: this.uids[kind],
          q: query.q,
          filter: query.filter,
          limit: query.limit,
          offset: query.offset,
          sort: query.sort,
          facets: query.facets,
          ...HIGHLIGHT[kind],
          highlightPreTag: '<mark>',
          highlightPostTag: '</mark>',
          locales: QUERY_LOCALES,
        })),
      });
      return res.results as SearchResponse<Record<string, unknown>>[];
    } catch (err) {
      throw asSearchError(err);
    }
  }

  /** Number of documents in an index. */
  async count(kind: IndexKind = 'reports'): Promise<number> {
    try {
      return (await this.index(kind).getStats()).numberOfDocuments;
    } catch (err) {
      throw transient(err);
    }
  }

  /** Number of reports. */
  countReports(): Promise<number> {
    return this.count('reports');
  }

  /** Searches the reports index. */
  searchReports(query: IndexQuery): Promise<SearchResponse<ReportSearchDocument & Record<string, unknown>>> {
    return this.search<ReportSearchDocument & Record<string, unknown>>('reports', query);
  }

  /** Fetches reports by id, in the order asked; unknown ids are left out. */
  async getReports(ids: string[]): Promise<ReportSearchDocument[]> {
    if (!ids.length) return [];
    try {
      const res = await this.index<ReportSearchDocument & Record<string, unknown>>('reports').getDocuments({
        filter: reportFilter(ids),
        limit: ids.length,
        fields: DISPLAYED_FIELDS.reports as never[],
      });
      const byId = new Map(res.results.map((d) => [d.id, d as ReportSearchDocument]));
      return ids.map((id) => byId.get(id)).filter((d): d is ReportSearchDocument => Boolean(d));
    } catch (err) {
      throw transient(err);
    }
  }

  async getReport(id: string): Promise<ReportSearchDocument | null> {
    return (await this.getReports([id]))[0] ?? null;
  }

  /** Every document of an index, page by page (for bulk export). */
  async *allDocuments<T>(kind: IndexKind, fields?: string[], pageSize = 500): AsyncGenerator<T[]> {
    for (let offset = 0; ; offset += pageSize) {
      let page;
      try {
        page = await this.index(kind).getDocuments({ offset, limit: pageSize, fields: (fields ?? DISPLAYED_FIELDS[kind]) as never[] });
      } catch (err) {
        throw transient(err);
      }
      if (page.results.length) yield page.results as T[];
      if (page.results.length < pageSize) return;
    }
  }

  /** Lessons of one report, in the report's order. */
  async lessonsOf(reportId: string): Promise<LessonSearchDocument[]> {
    const res = await this.search<LessonSearchDocument & Record<string, unknown>>('lessons', {
      q: '',
      filter: [reportFilter([reportId])],
      limit: 1000,
      offset: 0,
      sort: ['position:asc'],
    });
    return res.hits as LessonSearchDocument[];
  }

  private async run(task: EnqueuedTaskPromise, what: string): Promise<void> {
    let done;
    try {
      done = await task.waitTask(WAIT);
    } catch (err) {
      throw transient(err);
    }
    if (done.status !== 'succeeded') {
      throw new AppError('service_unavailable', `Meilisearch ${what} failed: ${done.error?.message ?? done.status}`);
    }
  }
}

function reportFilter(ids: string[]): string {
  return `reportId IN [${ids.map(quoteFilterValue).join(', ')}]`;
}

// A filter or sort Meilisearch refuses is the caller's mistake, not an outage.
function asSearchError(err: unknown): AppError {
  if (err instanceof MeilisearchApiError && /invalid_search/.test(err.cause?.code ?? '')) {
    return new AppError('bad_request', `Search: ${err.cause?.message ?? err.message}`);
  }
  return transient(err);
}

function transient(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new AppError('service_unavailable', `Meilisearch: ${message}`, { cause: err });
}
