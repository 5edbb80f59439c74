import { Meilisearch, type EnqueuedTaskPromise, type Index, type SearchParams, type SearchResponse, type Settings } from 'meilisearch';
import { meiliApiError, meiliHttpClient } from './meili-http.js';
import { AppError } from '../errors.js';
import { hasValue, inList, isEmpty, keysetAfter, type SortKey } from '../search/filter.js';
import { DISPLAYED_FIELDS, LESSONS_SETTINGS, REPORTS_SETTINGS } from '../../pipelines/index/index-settings.js';
import { prepareQuery } from '../../pipelines/index/swedish-search.js';
import { toLessonDocuments, type LessonSearchDocument, type ReportSearchDocument } from '../../pipelines/index/to-search-document.js';

/** The two indexes: one document per report, one per lesson learned. */
export type IndexKind = 'reports' | 'lessons';

/** A search the API asks of one index; filter strings are built by `shared/search/filter.ts`. */
export interface IndexQuery {
  q: string;
  filter: string[];
  limit: number;
  offset: number;
  /** Page `page` (from 1) of `limit` hits instead of `offset`; Meilisearch then counts the hits exactly (`totalHits`). */
  page?: number | undefined;
  sort?: string[] | undefined;
  facets?: string[] | undefined;
  attributesToRetrieve?: string[] | undefined;
  matchingStrategy?: 'last' | 'all' | 'frequency' | undefined;
}

/** A search among the values of one facet; `filter` strings are built by `shared/search/filter.ts`. */
export interface FacetValueQuery {
  /** The facet's attribute (from our own code, never from input). */
  attribute: string;
  /** Text the values are to begin with (a plain value, never part of a filter). */
  facetQuery: string;
  /** Words of the search whose documents are counted. */
  q: string;
  filter: string[];
}

/** A scan of every matching document (for exports); filter strings are built by `shared/search/filter.ts`. */
export interface ScanQuery {
  q: string;
  filter: string[];
  /** A numeric sortable attribute to order by first. */
  sort?: SortKey | undefined;
  /** The stored fields to return. */
  fields: string[];
  /** Documents read at a time (at most 10,000, the most one search returns). */
  pageSize: number;
}

// The order every scan ends on, so that it is total and pages can follow one another by their keys.
const SCAN_ORDER: Record<IndexKind, SortKey[]> = {
  reports: [{ attribute: 'id', direction: 'asc' }],
  lessons: [
    { attribute: 'reportId', direction: 'asc' },
    { attribute: 'position', direction: 'asc' },
  ],
};

// Only what a hit shows is highlighted, and only the summary is cropped to a snippet: the body is searched but never
// shown, and highlighting or cropping it meant reading up to 60,000 characters for every hit.
const HIGHLIGHT: Record<IndexKind, Pick<SearchParams, 'attributesToHighlight' | 'attributesToCrop' | 'cropLength'>> = {
  reports: {
    attributesToHighlight: ['projectName', 'owner', 'summary', 'lessonsLearned'],
    attributesToCrop: ['summary'],
    cropLength: 40,
  },
  lessons: { attributesToHighlight: ['text', 'projectName', 'owner'] },
};

const SETTINGS: Record<IndexKind, Settings> = { reports: REPORTS_SETTINGS, lessons: LESSONS_SETTINGS };

// Queries are read with the English pipeline, which folds å/ä/ö to a/o: they match the folded text of the index
// and every synonym applies, with or without diacritics typed, and highlights still land on the original Swedish
// words (see pipelines/index/index-settings.ts).
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
    this.client = new Meilisearch({ host: url, apiKey: masterKey, timeout: 30_000, httpClient: meiliHttpClient });
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
      if (meiliApiError(err)?.cause?.code !== 'index_already_exists') throw transient(err);
    }
    await this.run(this.client.index(uid).updateSettings(settings), `settings of ${uid}`);
  }

  /**
   * Upserts reports by id and replaces their lessons, in one round of writes, and waits until all
   * of it is searchable.
   */
  async upsertReports(docs: ReportSearchDocument[]): Promise<void> {
    if (!docs.length) return;
    await (await this.enqueueReports(docs))();
  }

  /**
   * Sends the writes of `upsertReports` and resolves once Meilisearch has them queued, in order; the
   * returned function waits until they are searchable. (Writers that must not be overtaken hold a lock
   * only while the writes are sent.)
   */
  async enqueueReports(docs: ReportSearchDocument[], uids: Record<IndexKind, string> = this.uids): Promise<() => Promise<void>> {
    const lessons = docs.flatMap(toLessonDocuments);
    const reports = this.client.index(uids.reports);
    const lessonIndex = this.client.index(uids.lessons);
    // Meilisearch runs tasks in the order it receives them, so each write is sent only once the one
    // before it is enqueued: old lessons are deleted before the new ones land, never after.
    const writes: (() => EnqueuedTaskPromise)[] = [
      () => reports.addDocuments(docs, { primaryKey: 'id' }),
      () => lessonIndex.deleteDocuments({ filter: reportFilter(docs.map((d) => d.id)) }),
      ...(lessons.length ? [() => lessonIndex.addDocuments(lessons, { primaryKey: 'id' })] : []),
    ];
    const enqueued: EnqueuedTaskPromise[] = [];
    for (const write of writes) {
      const task = write();
      await task.catch(() => undefined);
      enqueued.push(task);
    }
    return async () => {
      for (const t of enqueued) await this.run(t, 'index write');
    };
  }

  /** Asks Meilisearch for a dump of its whole database; resolves with the dump's uid once it is written. */
  async createDump(): Promise<string> {
    const task = await this.client.createDump().waitTask({ timeout: 600_000, interval: 200 });
    if (task.status !== 'succeeded' || !task.details?.dumpUid)
      throw new Error(`Meilisearch dump ${task.status}: ${task.error?.message ?? ''}`);
    return task.details.dumpUid;
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
  async rebuild(
    batches: AsyncIterable<ReportSearchDocument[]>,
    /** Runs the swap; may first write more documents into the new index (see RecordVersions.rebuild). */
    finish: (write: (docs: ReportSearchDocument[]) => Promise<void>, swap: () => Promise<void>) => Promise<void> = (_w, swap) => swap(),
  ): Promise<number> {
    const tmp = { reports: `${this.uids.reports}_rebuild`, lessons: `${this.uids.lessons}_rebuild` };
    try {
      await this.ensureIndexes();
      for (const kind of ['reports', 'lessons'] as const) {
        await this.client.deleteIndex(tmp[kind]).waitTask({ timeout: 60_000 });
        await this.prepare(tmp[kind], SETTINGS[kind]);
      }
      let count = 0;
      const write = async (docs: ReportSearchDocument[]) => {
        if (docs.length) await (await this.enqueueReports(docs, tmp))();
      };
      for await (const docs of batches) {
        await write(docs);
        count += docs.length;
      }
      await finish(write, () =>
        this.run(
          this.client.swapIndexes([
            { indexes: [this.uids.reports, tmp.reports], rename: false },
            { indexes: [this.uids.lessons, tmp.lessons], rename: false },
          ]),
          'index swap',
        ),
      );
      for (const kind of ['reports', 'lessons'] as const) await this.client.deleteIndex(tmp[kind]).waitTask({ timeout: 60_000 });
      return count;
    } catch (err) {
      throw transient(err);
    }
  }

  /** Searches one index with highlighted, cropped snippets and optional facets. */
  async search<T extends Record<string, unknown>>(kind: IndexKind, query: IndexQuery): Promise<SearchResponse<T>> {
    try {
      return await this.index<T>(kind).search(prepareQuery(query.q), searchParams(kind, query));
    } catch (err) {
      throw asSearchError(err);
    }
  }

  /**
   * Several searches in one round trip (each may target either index), answered in the order asked. A search of
   * several words whose first page is not full (Meilisearch drops only trailing words: "kompetensförsörjning unga"
   * never reaches a lesson about "unga" alone) is filled up from a second search that keeps the rarest words instead
   * (`fillFromRarestWords`).
   */
  async multiSearch(queries: { kind: IndexKind; query: IndexQuery }[]): Promise<SearchResponse<Record<string, unknown>>[]> {
    try {
      const res = await this.client.multiSearch({
        queries: queries.map(({ kind, query }) => ({ indexUid: this.uids[kind], q: prepareQuery(query.q), ...searchParams(kind, query) })),
      });
      const results = res.results as SearchResponse<Record<string, unknown>>[];
      const fill = queries.flatMap(({ kind, query }, i) => (needsFill(query, results[i]!) ? [{ i, kind, query }] : []));
      if (!fill.length) return results;
      const more = await this.client.multiSearch({
        queries: fill.map(({ kind, query }) => ({
          indexUid: this.uids[kind],
          q: prepareQuery(query.q),
          ...searchParams(kind, { ...query, facets: undefined, matchingStrategy: 'frequency' }),
        })),
      });
      fill.forEach(({ i, query }, j) => {
        results[i] = fillFromRarestWords(query, results[i]!, more.results[j] as SearchResponse<Record<string, unknown>>);
      });
      return results;
    } catch (err) {
      throw asSearchError(err);
    }
  }

  /**
   * The values of a facet that begin with the words of `facetQuery` (any of them, diacritics optional), with their
   * counts among the documents matching `q` and `filter`; most frequent first, at most 100.
   */
  async searchFacetValues(kind: IndexKind, query: FacetValueQuery): Promise<{ value: string; count: number }[]> {
    try {
      const res = await this.index(kind).searchForFacetValues({
        facetName: query.attribute,
        facetQuery: query.facetQuery,
        q: prepareQuery(query.q),
        filter: query.filter,
        locales: QUERY_LOCALES,
        exhaustiveFacetCount: true,
      });
      return res.facetHits;
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

  /**
   * Every document of an index that matches a query, page by page, in a stable order: by `sort` when
   * given (documents without a value last), then reports by id and lessons by report and position.
   * Not capped like a search (Meilisearch ranks at most its first 10,000 hits): each page is read after
   * the last one's keys (keyset paging, so documents written meanwhile are neither skipped nor repeated),
   * and with words to match each page's documents are matched among themselves, so pages stay in this
   * order rather than by relevance. Memory stays at one page however many documents match.
   */
  async *scan<T>(kind: IndexKind, query: ScanQuery): AsyncGenerator<T[]> {
    const tie = SCAN_ORDER[kind];
    const phases: { filter: string[]; keys: SortKey[] }[] = query.sort
      ? [
          { filter: [hasValue(query.sort.attribute)], keys: [query.sort, ...tie] },
          // Documents fetched with a sort leave out those without a value for it: they come on their own, last.
          { filter: [isEmpty(query.sort.attribute)], keys: tie },
        ]
      : [{ filter: [], keys: tie }];
    const keyFields = [...new Set(['id', ...phases[0]!.keys.map((k) => k.attribute)])];
    for (const phase of phases) {
      let last: Record<string, unknown> | undefined;
      for (;;) {
        let page;
        try {
          page = await this.index<Record<string, unknown>>(kind).getDocuments({
            filter: [...query.filter, ...phase.filter, ...(last ? [keysetAfter(phase.keys, last)] : [])],
            sort: phase.keys.map((k) => `${k.attribute}:${k.direction}`),
            limit: query.pageSize,
            // With words to match only the keys are read here; the matching documents come with the search.
            fields: (query.q ? keyFields : [...new Set([...query.fields, ...keyFields])]) as never[],
          });
        } catch (err) {
          throw asSearchError(err);
        }
        const docs = page.results;
        if (!docs.length) break;
        last = docs[docs.length - 1];
        const found = query.q ? await this.matchAmong(kind, query.q, docs, query.fields) : docs;
        if (found.length) yield found as T[];
        if (docs.length < query.pageSize) break;
      }
    }
  }

  /** Which of `docs` match the words, as stored documents with `fields`, in the order of `docs`. */
  private async matchAmong(
    kind: IndexKind,
    q: string,
    docs: Record<string, unknown>[],
    fields: string[],
  ): Promise<Record<string, unknown>[]> {
    const ids = docs.map((d) => String(d.id));
    let res;
    try {
      res = await this.index<Record<string, unknown>>(kind).search(prepareQuery(q), {
        filter: [inList('id', ids)],
        limit: ids.length,
        attributesToRetrieve: [...new Set(['id', ...fields])],
        locales: QUERY_LOCALES,
      });
    } catch (err) {
      throw asSearchError(err);
    }
    const byId = new Map(res.hits.map((h) => [String(h.id), h]));
    return ids.map((id) => byId.get(id)).filter((d): d is Record<string, unknown> => d !== undefined);
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

// The parameters of a search, the same for one search and for each of several in one round trip.
function searchParams(kind: IndexKind, query: IndexQuery): SearchParams {
  return {
    filter: query.filter,
    ...(query.page ? { page: query.page, hitsPerPage: query.limit } : { limit: query.limit, offset: query.offset }),
    sort: query.sort,
    facets: query.facets,
    attributesToRetrieve: query.attributesToRetrieve ?? ['*'],
    ...HIGHLIGHT[kind],
    highlightPreTag: '<mark>',
    highlightPostTag: '</mark>',
    locales: QUERY_LOCALES,
    ...(query.matchingStrategy ? { matchingStrategy: query.matchingStrategy } : {}),
    // Scores tell how a page of a search of several words is merged with that of its rarest words (fillFromRarestWords).
    ...(mayFill(query) || query.matchingStrategy === 'frequency' ? { showRankingScore: true, showRankingScoreDetails: true } : {}),
  };
}

// A search of two or more words, on its first page, without a strategy of its own: it may be filled up.
function mayFill(query: IndexQuery): boolean {
  const firstPage = query.page ? query.page === 1 : query.offset === 0;
  return !query.matchingStrategy && firstPage && query.limit > 0 && prepareQuery(query.q).split(/\s+/).length > 1;
}

type Hit = Record<string, unknown> & {
  _rankingScore?: number;
  _rankingScoreDetails?: { words?: { matchingWords: number; maxMatchingWords: number } };
};

// The first page is not full, or not even its best hit holds every word (so no document does).
function needsFill(query: IndexQuery, res: SearchResponse<Record<string, unknown>>): boolean {
  if (!mayFill(query)) return false;
  const words = (res.hits[0] as Hit | undefined)?._rankingScoreDetails?.words;
  return res.hits.length < query.limit || (words !== undefined && words.matchingWords < words.maxMatchingWords);
}

/**
 * The first page of a search merged with that of the same search dropping the most frequent words first
 * (Meilisearch's default drops the last words first, so only the first word is sure to find something): when the
 * page is not full, the other search's hits fill it; when no hit holds every word, the two pages are merged by
 * ranking score. The total counts the hits added; facet counts stay those of the search itself.
 */
export function fillFromRarestWords(
  query: IndexQuery,
  res: SearchResponse<Record<string, unknown>>,
  rarest: SearchResponse<Record<string, unknown>>,
): SearchResponse<Record<string, unknown>> {
  const score = (h: Record<string, unknown>) => (h as Hit)._rankingScore ?? 0;
  const seen = new Set<string>();
  const merged = [...res.hits, ...rarest.hits]
    .sort((a, b) => score(b) - score(a))
    .filter((h) => !seen.has(String(h.id)) && seen.add(String(h.id)))
    .slice(0, Math.max(query.limit, res.hits.length));
  const added = merged.filter((h) => !res.hits.includes(h)).length;
  if (!added) return res;
  const grow = (n: number | undefined) => (n === undefined ? undefined : res.hits.length < query.limit ? merged.length : n + added);
  const totalHits = grow(res.totalHits);
  return {
    ...res,
    hits: merged,
    ...(totalHits !== undefined
      ? { totalHits, totalPages: Math.ceil(totalHits / query.limit) }
      : { estimatedTotalHits: grow(res.estimatedTotalHits) }),
  } as SearchResponse<Record<string, unknown>>;
}

function reportFilter(ids: string[]): string {
  return inList('reportId', ids);
}

// A filter or sort Meilisearch refuses is the caller's mistake, not an outage.
function asSearchError(err: unknown): AppError {
  const api = meiliApiError(err);
  if (api && /invalid_search/.test(api.cause?.code ?? '')) {
    return new AppError('bad_request', `Search: ${api.cause?.message ?? api.message}`);
  }
  return transient(err);
}

function transient(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new AppError('service_unavailable', `Meilisearch: ${message}`, { cause: err });
}
