import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../../../shared/errors.js';
import { THEMES } from '../../../shared/types/record.js';
import { DOCUMENT_TYPES } from './query-params.js';

// The bodies the API answers with, described once: the OpenAPI document is generated from these (each `id` is a
// component of it), the routes type their answers with them, and the web page's types are generated from the document.

const str = z.string();
const nstr = z.string().nullable();
const nint = z.number().int().nullable();
const strs = z.array(z.string());

/** Every error has this shape; `code` is one of the stable codes. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]),
      message: str,
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'Error' });

/** `GET /health`, `/health/ready`. */
export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded', 'draining']),
    redis: z.enum(['up', 'down']),
    meilisearch: z.enum(['up', 'down']),
  })
  .meta({ id: 'Health' });

export const statusSchema = z.enum(['queued', 'processing', 'indexed', 'failed']).meta({ id: 'Status' });

export const periodSchema = z
  .object({
    start: nstr.meta({ description: 'YYYY-MM or YYYY-MM-DD' }),
    end: nstr.meta({ description: 'YYYY-MM or YYYY-MM-DD' }),
    months: nint.optional().meta({ description: 'Whole months from start to end, both included (in GET /compare).' }),
  })
  .meta({ id: 'Period' });

export const budgetSchema = z
  .object({ totalSek: z.number().nullable(), grantedSek: z.number().nullable() })
  .meta({ id: 'Budget', description: 'Kronor.' });

const documentType = z.enum(DOCUMENT_TYPES).nullable().meta({ description: 'Kind of report; null when the document does not say.' });

/** A report as the search shows it (no body text, no internal timestamps). */
export const reportSchema = z
  .object({
    id: str,
    projectName: nstr,
    documentType,
    language: str,
    owner: nstr,
    diaryNumber: nstr,
    county: nstr,
    municipalities: strs,
    period: periodSchema,
    budget: budgetSchema,
    funders: strs,
    programme: nstr,
    projectManager: nstr,
    themes: strs,
    summary: nstr,
    lessonsLearned: strs,
    correctedFields: strs.meta({ description: 'Fields an analyst corrected ("owner", "budget.totalSek", …).' }),
  })
  .meta({ id: 'Report' });

/** A report hit of `GET /search`: the report, and its fields with the words found marked `<mark>…</mark>`. */
export const reportHitSchema = reportSchema
  .extend({
    highlight: z.object({
      projectName: nstr,
      owner: nstr,
      summary: nstr,
      lessonsLearned: strs.meta({ description: 'The lessons that contain a word found.' }),
    }),
  })
  .meta({ id: 'ReportHit' });

/** A lesson learned, with its place, its page and its report's context. */
export const lessonSchema = z
  .object({
    id: str,
    text: str,
    position: z.number().int(),
    page: nint.meta({ description: 'Page of the report its lessons were read from (where the first one is).' }),
    report: z.object({
      id: str,
      projectName: nstr,
      owner: nstr,
      county: nstr,
      municipalities: strs,
      period: periodSchema,
      documentType,
      themes: strs,
      programme: nstr,
    }),
  })
  .meta({ id: 'Lesson' });

/** A lesson hit of `GET /lessons`: the lesson, its fields with the words found marked, and the link to its original. */
export const lessonHitSchema = lessonSchema
  .extend({
    highlight: z.object({ text: str, projectName: nstr, owner: nstr }),
    originalUrl: str.meta({
      description:
        'The address of the original file of its report (append #page=N to open a PDF at a page). Where the server has read keys ' +
        'it is a signed link that needs no key, valid for a limited time (see GET /documents/{id}/original).',
    }),
  })
  .meta({ id: 'LessonHit' });

const facetCounts = z.record(z.string(), z.record(z.string(), z.number().int())).meta({
  description: 'Per facet asked for: value → count. A facet whose own filter is given is counted without that filter.',
});

const resultsOf = <T extends z.ZodType>(hit: T, id: string) =>
  z
    .object({
      hits: z.array(hit),
      total: z.number().int().meta({ description: 'Hits in all: exact with page, an estimate with offset (see totalExact).' }),
      totalExact: z.boolean(),
      limit: z.number().int(),
      offset: z.number().int(),
      page: z.number().int().optional().meta({ description: 'With page: the page answered.' }),
      totalPages: z.number().int().optional().meta({ description: 'With page: how many pages of limit hits there are.' }),
      facets: facetCounts.optional(),
      processingTimeMs: z.number().optional(),
    })
    .meta({ id });

export const reportResultsSchema = resultsOf(reportHitSchema, 'ReportResults');
export const lessonResultsSchema = resultsOf(lessonHitSchema, 'LessonResults');

/** `GET /facets/{facet}/search`. */
export const facetValuesSchema = z
  .object({
    facet: str,
    facetQuery: str,
    values: z
      .array(z.object({ value: str, count: z.number().int() }))
      .meta({ description: "At most 100, most frequent first. The facet's own filter is left out, as in the search's facet counts." }),
  })
  .meta({ id: 'FacetValues' });

/** `POST /batch-search`: one answer per search, in the order asked. */
export const batchResultsSchema = z
  .object({
    results: z.array(
      z.union([reportResultsSchema.extend({ index: z.literal('reports') }), lessonResultsSchema.extend({ index: z.literal('lessons') })]),
    ),
  })
  .meta({ id: 'BatchResults' });

export const similarHitSchema = reportSchema
  .extend({
    score: z.number(),
    reason: z.object({ sharedTerms: strs, sharedThemes: strs, sameCounty: z.boolean(), sharedMunicipalities: strs }),
  })
  .meta({ id: 'SimilarHit' });

/** `GET /projects/{id}/similar`. */
export const similarResultsSchema = z.object({ id: str, hits: z.array(similarHitSchema) }).meta({ id: 'SimilarResults' });

/** `GET /compare`. */
export const compareResultSchema = z
  .object({
    ids: strs,
    reports: z.array(reportSchema),
    differing: strs.meta({ description: 'Fields whose values differ ("owner", "period.months", "budget.totalSek", …).' }),
  })
  .meta({ id: 'CompareResult' });

export const provenanceSchema = z
  .object({
    page: z.number().int().meta({ description: '1-based page of the original.' }),
    snippet: str.meta({ description: 'The text the value was read from.' }),
    confidence: z.number().meta({ description: '0..1: how sure the extractor is.' }),
  })
  .meta({ id: 'Provenance' });

const recordFields = {
  projectName: nstr,
  documentType,
  language: z.enum(['sv', 'en']),
  owner: nstr,
  diaryNumber: nstr,
  period: z.object({ start: nstr, end: nstr }),
  budget: budgetSchema,
  county: nstr,
  municipalities: strs,
  funders: strs,
  programme: nstr,
  projectManager: nstr,
  lessonsLearned: strs,
  themes: z.array(z.enum(THEMES)),
  summary: nstr,
  provenance: z
    .record(z.string(), provenanceSchema)
    .meta({ description: 'Where each value came from; keys are field names ("owner", "period", "budget.totalSek", "lessonsLearned", …).' }),
  warnings: strs.meta({ description: 'What the extractor noticed but could not settle.' }),
};

/** The extracted record with manual corrections applied, plus provenance per field. */
export const recordSchema = z.object(recordFields).meta({ id: 'Record' });

const correctionsSchema = z
  .record(z.string(), z.object({ value: z.unknown(), correctedAt: str }))
  .meta({ description: 'Manual corrections by field path, each with its value and time.' });

const sourceSchema = z
  .object({
    format: z.enum(['pdf', 'docx', 'odt', 'html', 'txt']),
    ocr: z.object({ pages: z.array(z.number().int()), meanConfidence: z.number() }).optional(),
  })
  .meta({
    description: "What the text was read from: the file's kind, and the pages read by OCR with Tesseract's mean word confidence (0-100)",
  });

/** `GET /documents/{id}`: a document's state, and its record once indexed. */
export const documentStateSchema = z
  .object({
    id: str,
    status: statusSchema,
    stage: nstr.optional(),
    originalName: nstr,
    size: nint.optional(),
    createdAt: nstr.optional(),
    updatedAt: nstr.optional(),
    error: z.object({ code: str, message: str }).optional(),
    record: recordSchema.optional(),
    corrections: correctionsSchema.optional(),
    extractedAt: str.optional(),
    source: sourceSchema.optional(),
    originalUrl: str.optional().meta({
      description:
        'Once indexed: the address of the original file. Where the server has read keys it is a signed link that needs no key, ' +
        'valid for a limited time (originalUrlExpiresAt), for a plain link such as <a href> (append #page=N to open a PDF at a page).',
    }),
    originalUrlExpiresAt: str.optional().meta({ description: 'When a signed originalUrl stops working (ISO 8601).' }),
    partOf: str.optional().meta({ description: 'For a listed project: the id of the document that lists it' }),
    position: z.number().int().optional().meta({ description: 'For a listed project: its place in the listing (1-based)' }),
    projects: z
      .array(z.object({ id: str, projectName: nstr, owner: nstr, period: z.object({ start: nstr, end: nstr }) }))
      .optional()
      .meta({ description: 'For a listing: the projects it presents, each a report of its own' }),
  })
  .meta({ id: 'DocumentState' });

/** `POST /documents`. */
export const uploadResultSchema = z
  .object({ id: str, status: statusSchema, duplicate: z.boolean().meta({ description: 'The same file was already there.' }) })
  .meta({ id: 'UploadResult' });

/** `POST /documents/{id}/retry`. */
export const retryResultSchema = z.object({ id: str, status: statusSchema, stage: str }).meta({ id: 'RetryResult' });

/** `PATCH /documents/{id}/record`. */
export const correctionResultSchema = z
  .object({ id: str, record: recordSchema.extend({ projects: z.array(z.unknown()).optional() }), corrections: correctionsSchema })
  .meta({ id: 'CorrectionResult' });

/** `DELETE /documents/{id}`. */
export const deleteResultSchema = z.object({ id: str, deleted: z.boolean() }).meta({ id: 'DeleteResult' });

const jobCounts = z.record(z.string(), z.number().int());

/** `GET /admin/stats`. */
export const adminStatsSchema = z
  .object({
    documents: z.record(statusSchema, z.number().int()).meta({ description: 'Documents by status.' }),
    index: z.object({ reports: z.number().int(), lessons: z.number().int() }).meta({ description: 'Documents in each index.' }),
    queues: z.record(z.string(), jobCounts).meta({
      description:
        'Per queue of the pipeline (intake, read, index), and for lesson-groups (the lesson-group updates): waiting, active, delayed, failed, completed jobs.',
    }),
  })
  .meta({ id: 'AdminStats' });

/** `POST /admin/session`. */
export const adminSessionSchema = z
  .object({ dashboard: str, expiresAt: z.iso.datetime() })
  .meta({ id: 'AdminSession', description: 'Where the dashboard is, and when its cookie expires.' });

export type ReportBody = z.output<typeof reportSchema>;
export type ReportHit = z.output<typeof reportHitSchema>;
export type LessonBody = z.output<typeof lessonSchema>;
export type LessonHit = z.output<typeof lessonHitSchema>;
export type ReportResults = z.output<typeof reportResultsSchema>;
export type LessonResults = z.output<typeof lessonResultsSchema>;
export type DocumentStateBody = z.output<typeof documentStateSchema>;
export type UploadResult = z.output<typeof uploadResultSchema>;
export type RetryResult = z.output<typeof retryResultSchema>;
export type CorrectionResult = z.output<typeof correctionResultSchema>;
export type DeleteResult = z.output<typeof deleteResultSchema>;
export type FacetValues = z.output<typeof facetValuesSchema>;
export type SimilarResults = z.output<typeof similarResultsSchema>;
export type CompareResult = z.output<typeof compareResultSchema>;
export type AdminStats = z.output<typeof adminStatsSchema>;
export type AdminSession = z.output<typeof adminSessionSchema>;
export type Health = z.output<typeof healthSchema>;
export type BatchResults = z.output<typeof batchResultsSchema>;
