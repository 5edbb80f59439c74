import { z } from 'zod';
import { AppError } from '../../../shared/errors.js';
import { CSV_DELIMITERS, type CsvDelimiter } from '../../../shared/csv.js';
import { cmp, eq, type SortKey } from '../../../shared/search/filter.js';
import { periodToTimestamp } from '../../../pipelines/index/to-search-document.js';
import { THEMES } from '../../../shared/types/record.js';

export const DOCUMENT_TYPES = ['final_report', 'evaluation', 'progress_report', 'project_description', 'other'] as const;

/** Facet names the API offers, and the index attribute behind each. */
export const FACETS = {
  owner: 'owner',
  county: 'county',
  municipality: 'municipalities',
  documentType: 'documentType',
  theme: 'themes',
  programme: 'programme',
  year: 'years',
} as const;
export type FacetName = keyof typeof FACETS;
export const facetNameSchema = z.enum(Object.keys(FACETS) as [FacetName, ...FacetName[]]);

/** The most hits a search can page through (the indexes' pagination.maxTotalHits). */
export const MAX_HITS = 10_000;

/** Sort keys the API offers, and the attribute behind each. */
const SORTS = { budget: 'budgetTotalSek', start: 'periodStartTs', end: 'periodEndTs' } as const;

const text = (max: number) => z.string().trim().min(1).max(max);
// A filter may be given several times (county=A&county=B): any of the values matches.
const REPEAT = ' Repeat the parameter for any of several values.';
const many = (max: number, description: string) =>
  z
    .union([text(max), z.array(text(max)).min(1).max(20)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional()
    .meta({ description: description + REPEAT });
const year = z.coerce.number().int().min(1900).max(2100);
const sek = z.coerce.number().finite().min(0).max(1e13);
const date = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((v) => periodToTimestamp(v) !== null, 'is not a real date');

/** Filters shared by every search over reports or lessons. */
export const filterShape = {
  owner: many(300, 'Project owner, exactly as extracted (e.g. "Ludvika kommun").'),
  county: many(100, 'County, official name (e.g. "Dalarnas län").'),
  municipality: many(100, 'Municipality, short name (e.g. "Ludvika").'),
  documentType: z
    .union([z.enum(DOCUMENT_TYPES), z.array(z.enum(DOCUMENT_TYPES)).min(1).max(5)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional()
    .meta({ description: `Kind of document.${REPEAT}` }),
  theme: many(100, `National priority: ${THEMES.join(', ')}.`),
  programme: many(300, 'Funding programme.'),
  // The year facet's values: projects active in any of these years (year=2019&year=2020).
  year: z
    .union([year, z.array(year).min(1).max(50)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional()
    .meta({ description: `Projects active in this year (the year facet).${REPEAT}` }),
  yearFrom: year.optional().meta({ description: 'Projects active in or after this year.' }),
  yearTo: year.optional().meta({ description: 'Projects active in or before this year.' }),
  activeFrom: date.optional().meta({ description: 'Period overlap: projects still running on or after this date.' }),
  activeTo: date.optional().meta({ description: 'Period overlap: projects started on or before this date.' }),
  budgetMin: sek.optional().meta({ description: 'Total budget at least this many kronor.' }),
  budgetMax: sek.optional().meta({ description: 'Total budget at most this many kronor.' }),
};

const sortParam = z
  .string()
  .regex(/^(relevance|(budget|start|end)(:(asc|desc))?)$/, 'must be relevance, budget, start or end, optionally with :asc or :desc')
  .optional();
const words = (description: string) => z.string().max(500).default('').meta({ description });
const indexParam = (description: string) => z.enum(['reports', 'lessons']).default('reports').meta({ description });

// Ranges must not be upside down.
function checkRanges(
  v: Pick<FilterParams, 'yearFrom' | 'yearTo' | 'budgetMin' | 'budgetMax' | 'activeFrom' | 'activeTo'>,
  ctx: z.RefinementCtx,
): void {
  if (v.yearFrom !== undefined && v.yearTo !== undefined && v.yearFrom > v.yearTo) {
    ctx.addIssue({ code: 'custom', path: ['yearFrom'], message: 'must not be after yearTo' });
  }
  if (v.budgetMin !== undefined && v.budgetMax !== undefined && v.budgetMin > v.budgetMax) {
    ctx.addIssue({ code: 'custom', path: ['budgetMin'], message: 'must not be above budgetMax' });
  }
  if (v.activeFrom && v.activeTo && periodToTimestamp(v.activeFrom)! > periodToTimestamp(v.activeTo, true)!) {
    ctx.addIssue({ code: 'custom', path: ['activeFrom'], message: 'must not be after activeTo' });
  }
}

/** Parameters of `GET /search` and `GET /lessons`; unknown parameters are refused so typos do not pass silently. */
export const searchQuerySchema = z
  .strictObject({
    q: words('Words to search for (Swedish or English; typos tolerated).'),
    ...filterShape,
    facets: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .pipe(z.array(facetNameSchema).max(7))
      .optional()
      .meta({
        description:
          `Comma-separated facets to count: ${Object.keys(FACETS).join(', ')}. A facet whose own filter is given is counted ` +
          'without that filter (under all the others), so its other values keep their counts and can be added (county=A&county=B).',
      }),
    sort: sortParam.meta({ description: 'relevance (default), budget, start or end, with :asc or :desc (default desc).' }),
    format: z.enum(['json', 'csv']).default('json').meta({ description: 'csv returns the hits of this page as CSV with stable columns.' }),
    limit: z.coerce.number().int().min(1).max(100).default(20).meta({ description: 'Hits per page.' }),
    offset: z.coerce.number().int().min(0).max(10_000).default(0).meta({ description: 'Hits to skip; the total is then an estimate.' }),
    // Pages of `limit` hits, from 1; with a page the total is exact, with an offset Meilisearch's estimate.
    page: z.coerce
      .number()
      .int()
      .min(1)
      .max(10_000)
      .optional()
      .meta({ description: 'Page of `limit` hits, from 1, instead of offset; the total is then exact. Page × limit at most 10,000.' }),
  })
  .superRefine((v, ctx) => {
    checkRanges(v, ctx);
    if (v.page !== undefined && v.offset) ctx.addIssue({ code: 'custom', path: ['page'], message: 'give page or offset, not both' });
    if (v.page !== undefined && v.page * v.limit > MAX_HITS) {
      ctx.addIssue({ code: 'custom', path: ['page'], message: `must end within the first ${MAX_HITS} hits (page × limit)` });
    }
  });

/**
 * Parameters of `GET /facets/{facet}/search`: the text a facet's values are to begin with, and the index, words and
 * filters of the search whose documents are counted (the facet's own filter is left out, as its counts are).
 */
export const facetSearchQuerySchema = z
  .strictObject({
    facetQuery: z
      .string()
      .trim()
      .max(300)
      .default('')
      .meta({ description: 'Text the values are to begin with (any word of them; diacritics optional). Empty: the most frequent values.' }),
    index: indexParam('Count reports or lessons.'),
    q: words('Words of the search whose documents are counted.'),
    ...filterShape,
  })
  .superRefine(checkRanges);

export const EXPORT_FORMATS = ['csv', 'xlsx', 'jsonl'] as const;
const BOM_NOTE = 'CSV only: false leaves out the UTF-8 byte order mark (there by default) that makes Excel read å, ä, ö right.';
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Parameters of `GET /export`: which index and format, and the words, filters and sort of a search. An export
 * holds every match, so the paging and facet parameters of a search are refused rather than ignored.
 */
export const exportQuerySchema = z
  .strictObject({
    index: indexParam('reports: one row per report; lessons: one row per lesson learned.'),
    format: z.enum(EXPORT_FORMATS).default('csv').meta({ description: 'CSV, an Excel workbook, or JSON Lines.' }),
    delimiter: z
      .enum(Object.keys(CSV_DELIMITERS) as [CsvDelimiter, ...CsvDelimiter[]])
      .optional()
      .meta({ description: 'CSV only: `;` (what Excel expects in Swedish settings; the default) or `,`.' }),
    bom: z.enum(['true', 'false']).optional().meta({ description: BOM_NOTE }),
    q: words('Words to search for, as in GET /search: every match is exported.'),
    ...filterShape,
    sort: sortParam.meta({
      description:
        'budget, start or end, with :asc or :desc (default desc); documents without the value come last. Otherwise (and with relevance) reports come by id and lessons by report and position.',
    }),
  })
  .superRefine((v, ctx) => {
    checkRanges(v, ctx);
    for (const k of ['delimiter', 'bom'] as const) {
      if (v[k] !== undefined && v.format !== 'csv') ctx.addIssue({ code: 'custom', path: [k], message: 'applies to format=csv only' });
    }
  });

export type ExportQuery = z.infer<typeof exportQuerySchema>;

export type SearchQuery = z.infer<typeof searchQuerySchema>;
export type FilterParams = Pick<SearchQuery, keyof typeof filterShape>;

/** Refuses repeated values for parameters that take one value. */
export function assertSingleValued(query: Record<string, unknown>, multi: readonly string[] = Object.keys(filterShape)): void {
  for (const [k, v] of Object.entries(query)) {
    if (Array.isArray(v) && !multi.includes(k)) {
      throw new AppError('bad_request', `Invalid parameter "${k}": give it once.`);
    }
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      throw new AppError('bad_request', `Invalid parameter "${k}": must be plain text.`);
    }
  }
}

const anyOf = (attr: string, values: readonly string[] | undefined): string[] =>
  values?.length ? [values.map((v) => eq(attr, v)).join(' OR ')] : [];

/**
 * Turns validated filters into Meilisearch filter expressions; every user value passes through `eq`'s escaping.
 * `without` leaves out one facet's own filter (its counts then show every value the other filters allow).
 */
export function buildFilters(p: FilterParams, without?: FacetName): string[] {
  const facet = (name: FacetName, values: readonly string[] | undefined) => (name === without ? [] : anyOf(FACETS[name], values));
  const f: string[] = [
    ...facet('owner', p.owner),
    ...facet('county', p.county),
    ...facet('municipality', p.municipality),
    ...facet('documentType', p.documentType),
    ...facet('theme', p.theme),
    ...facet('programme', p.programme),
    ...(p.year?.length && without !== 'year' ? [p.year.map((y) => cmp('years', '=', y)).join(' OR ')] : []),
  ];
  // A year range matches projects active at any time in it: started by its end, ended after its start.
  if (p.yearFrom !== undefined) f.push(cmp('endYear', '>=', p.yearFrom));
  if (p.yearTo !== undefined) f.push(cmp('startYear', '<=', p.yearTo));
  // Period overlap at day precision: the project ends after activeFrom begins and starts before activeTo ends.
  if (p.activeFrom) f.push(cmp('periodEndTs', '>=', periodToTimestamp(p.activeFrom)!));
  if (p.activeTo) f.push(cmp('periodStartTs', '<=', periodToTimestamp(p.activeTo, true)!));
  if (p.budgetMin !== undefined) f.push(cmp('budgetTotalSek', '>=', p.budgetMin));
  if (p.budgetMax !== undefined) f.push(cmp('budgetTotalSek', '<=', p.budgetMax));
  return f;
}

/** `budget:asc` → budgetTotalSek ascending; relevance (or nothing) → none. Descending unless asked. */
export function parseSort(sort: string | undefined): SortKey | undefined {
  if (!sort || sort === 'relevance') return undefined;
  const [key, dir] = sort.split(':') as [keyof typeof SORTS, 'asc' | 'desc' | undefined];
  return { attribute: SORTS[key], direction: dir ?? 'desc' };
}

/** `budget:desc` → `budgetTotalSek:desc`; relevance (or nothing) → no sort. */
export function buildSort(sort: string | undefined): string[] | undefined {
  const key = parseSort(sort);
  return key ? [`${key.attribute}:${key.direction}`] : undefined;
}

/** The facets asked for whose own filter is active: each is counted without that filter (disjunctive facets). */
export function activeFacets(p: Pick<SearchQuery, 'facets'> & FilterParams): FacetName[] {
  return (p.facets ?? []).filter((f) => Boolean(p[f]?.length));
}

/** Facet names → index attributes, and back for the response. */
export function facetAttributes(names: FacetName[] | undefined): string[] | undefined {
  return names?.length ? names.map((n) => FACETS[n]) : undefined;
}

export function renameFacets(
  names: FacetName[] | undefined,
  dist: Record<string, Record<string, number>> | undefined,
): Record<string, Record<string, number>> | undefined {
  if (!names?.length) return undefined;
  return Object.fromEntries(names.map((n) => [n, dist?.[FACETS[n]] ?? {}]));
}
