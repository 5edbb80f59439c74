import { projectReportId, type StoredRecord } from '../../shared/archive.js';
import { applyCorrections } from '../../shared/records.js';
import type { ExtractedRecord, ParsedDocument } from '../../shared/types/record.js';

// Enough body text for full-text search over a long report without making each index write huge.
const MAX_BODY_CHARS = 60_000;

/** One report as it is stored in the search index. */
export interface ReportSearchDocument {
  id: string;
  /** Same as id; lets one filter builder serve both indexes. */
  reportId: string;
  /** The version of the stored record it was built from; an index write older than the record's is dropped. */
  version?: number;
  originalName: string | null;
  projectName: string | null;
  documentType: string | null;
  language: string;
  owner: string | null;
  diaryNumber: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  startYear: number | null;
  endYear: number | null;
  /** Every calendar year the project was active in (the year facet). */
  years: number[];
  periodStartTs: number | null;
  periodEndTs: number | null;
  budgetTotalSek: number | null;
  budgetGrantedSek: number | null;
  county: string | null;
  municipalities: string[];
  funders: string[];
  programme: string | null;
  projectManager: string | null;
  lessonsLearned: string[];
  /** The page the lessons were read from (where the first one is); null when unknown or typed in by a person. */
  lessonsPage: number | null;
  themes: string[];
  summary: string | null;
  body: string;
  pageCount: number;
  correctedFields: string[];
  indexedAt: number;
}

/** "2015-02" or "2015-02-14" → seconds since epoch at the start (or, with `end`, the last second) of that span. */
export function periodToTimestamp(value: string | null, end = false): number | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) - 1 : end ? 11 : 0;
  if (m[3]) {
    const d = Number(m[3]);
    return Math.floor(Date.UTC(y, mo, end ? d + 1 : d) / 1000) - (end ? 1 : 0);
  }
  if (end) return Math.floor(Date.UTC(y, mo + 1, 1) / 1000) - 1;
  return Math.floor(Date.UTC(y, mo, 1) / 1000);
}

function yearOf(value: string | null): number | null {
  const m = value ? /^(\d{4})/.exec(value) : null;
  return m ? Number(m[1]) : null;
}

/** The years from start to end (one of them alone when the other is unknown; at most 30). */
function activeYears(start: number | null, end: number | null): number[] {
  if (start === null && end === null) return [];
  const a = start ?? end!;
  const b = end ?? start!;
  if (b < a || b - a > 30) return [a];
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** Report fields every lesson carries, so lessons filter and display like their report. */
type LessonContext = Pick<
  ReportSearchDocument,
  | 'reportId'
  | 'projectName'
  | 'owner'
  | 'county'
  | 'municipalities'
  | 'documentType'
  | 'language'
  | 'themes'
  | 'programme'
  | 'periodStart'
  | 'periodEnd'
  | 'startYear'
  | 'endYear'
  | 'years'
  | 'periodStartTs'
  | 'periodEndTs'
  | 'budgetTotalSek'
  | 'budgetGrantedSek'
>;

/** One lesson as stored in the lessons index, with its report's context for filters and display. */
export interface LessonSearchDocument extends LessonContext {
  id: string;
  position: number;
  text: string;
  /** The report's lessons page (where its first lesson is), as `lessonsPage`. */
  page: number | null;
}

/** The lesson documents of a report: ids "<reportId>-<n>", in the report's order. */
export function toLessonDocuments(report: ReportSearchDocument): LessonSearchDocument[] {
  return report.lessonsLearned.map((text, i) => ({
    id: `${report.id}-${i + 1}`,
    reportId: report.id,
    position: i + 1,
    text,
    page: report.lessonsPage ?? null,
    projectName: report.projectName,
    owner: report.owner,
    county: report.county,
    municipalities: report.municipalities,
    documentType: report.documentType,
    language: report.language,
    themes: report.themes,
    programme: report.programme,
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    startYear: report.startYear,
    endYear: report.endYear,
    years: report.years,
    periodStartTs: report.periodStartTs,
    periodEndTs: report.periodEndTs,
    budgetTotalSek: report.budgetTotalSek,
    budgetGrantedSek: report.budgetGrantedSek,
  }));
}

/** Builds the search document of a report from its record (corrections already applied) and text. */
export function toSearchDocument(
  id: string,
  record: ExtractedRecord,
  text: ParsedDocument | null,
  extra: { originalName: string | null; correctedFields: string[]; now?: number; version?: number },
): ReportSearchDocument {
  const body = text ? text.pages.join('\n').slice(0, MAX_BODY_CHARS) : '';
  const startYear = yearOf(record.period.start);
  const endYear = yearOf(record.period.end);
  return {
    id,
    reportId: id,
    ...(extra.version != null ? { version: extra.version } : {}),
    originalName: extra.originalName,
    projectName: record.projectName,
    documentType: record.documentType,
    language: record.language,
    owner: record.owner,
    diaryNumber: record.diaryNumber,
    periodStart: record.period.start,
    periodEnd: record.period.end,
    startYear,
    endYear,
    years: activeYears(startYear, endYear),
    periodStartTs: periodToTimestamp(record.period.start),
    periodEndTs: periodToTimestamp(record.period.end, true),
    budgetTotalSek: record.budget.totalSek,
    budgetGrantedSek: record.budget.grantedSek,
    county: record.county,
    municipalities: record.municipalities,
    funders: record.funders,
    programme: record.programme,
    projectManager: record.projectManager,
    lessonsLearned: record.lessonsLearned,
    // Lessons a person typed in have no page in the document.
    lessonsPage: extra.correctedFields.includes('lessonsLearned') ? null : (record.provenance?.lessonsLearned?.page ?? null),
    themes: record.themes,
    summary: record.summary,
    body,
    pageCount: text?.pages.length ?? 0,
    correctedFields: extra.correctedFields,
    indexedAt: Math.floor((extra.now ?? Date.now()) / 1000),
  };
}

/**
 * The search documents of one archived document: its own report, and for a listing each project it lists as
 * a report of its own ("<id>-<position>"), whose text is its entry in the listing.
 */
export function searchDocumentsOf(
  id: string,
  stored: StoredRecord,
  text: ParsedDocument | null,
  meta: { originalName: string | null },
): ReportSearchDocument[] {
  const own = toSearchDocument(id, applyCorrections(stored), text, {
    originalName: meta.originalName,
    correctedFields: Object.keys(stored.corrections ?? {}),
    ...(stored.version != null ? { version: stored.version } : {}),
  });
  const projects = (stored.record.projects ?? []).map((p, i) =>
    toSearchDocument(
      projectReportId(id, i + 1),
      p,
      { pages: [p.summary ?? ''], info: { title: null, author: null, creator: null, producer: null } },
      { originalName: meta.originalName, correctedFields: [], ...(stored.version != null ? { version: stored.version } : {}) },
    ),
  );
  return [own, ...projects];
}
