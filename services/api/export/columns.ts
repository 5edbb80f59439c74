import type { IndexKind } from '../../../shared/clients/search-index.js';
import type { LessonSearchDocument, ReportSearchDocument } from '../../../pipelines/index/to-search-document.js';

/** What a cell holds: text, a number (a number cell in Excel), or a list of texts joined in one cell. */
export type ColumnKind = 'text' | 'number' | 'list';

/** One column of an export: its stable name (the header), what it holds, and where it comes from. */
export interface ExportColumn<D> {
  name: string;
  kind: ColumnKind;
  description: string;
  /** Width in characters in the Excel sheet. */
  width: number;
  /** A list's separator inside the cell ("; " unless said). */
  separator?: string;
  value: (doc: D) => string | number | readonly (string | number)[] | null | undefined;
}

type Doc = Record<string, unknown>;
const field =
  <D>(name: keyof D & string) =>
  (d: D) =>
    (d as Doc)[name] as string | number | string[] | null | undefined;

function col<D>(name: keyof D & string, kind: ColumnKind, width: number, description: string, separator?: string): ExportColumn<D> {
  return { name, kind, width, description, value: field<D>(name), ...(separator ? { separator } : {}) };
}

const ID_NOTE = 'sha256 of the original file; `<document id>-<n>` for the n-th project of a document that lists several';
const PERIOD_NOTE = 'YYYY, YYYY-MM or YYYY-MM-DD as the report gives it';

// What a report and each of its lessons both hold (a lesson carries its report's context), described once.
type Context = Pick<
  ReportSearchDocument,
  | 'projectName'
  | 'owner'
  | 'county'
  | 'municipalities'
  | 'periodStart'
  | 'periodEnd'
  | 'documentType'
  | 'themes'
  | 'programme'
  | 'years'
  | 'budgetTotalSek'
>;
const CONTEXT: { [K in keyof Context]: ExportColumn<Context> } = {
  projectName: col('projectName', 'text', 40, 'Project name.'),
  owner: col('owner', 'text', 30, 'Project owner (the organisation that ran the project).'),
  county: col('county', 'text', 20, 'County (official name, e.g. "Dalarnas län").'),
  municipalities: col('municipalities', 'list', 24, 'Municipalities, separated by "; ".'),
  periodStart: col('periodStart', 'text', 11, `Project start (${PERIOD_NOTE}).`),
  periodEnd: col('periodEnd', 'text', 11, `Project end (${PERIOD_NOTE}).`),
  documentType: col(
    'documentType',
    'text',
    16,
    'Kind of report: final_report, evaluation, progress_report, project_description or other; empty when the document does not say.',
  ),
  themes: col('themes', 'list', 30, 'National priorities, separated by "; ".'),
  programme: col('programme', 'text', 30, 'Funding programme.'),
  years: col('years', 'list', 16, 'Every year the project was active in, separated by "; ".'),
  budgetTotalSek: col('budgetTotalSek', 'number', 14, 'Total budget of the project in kronor.'),
};

/**
 * Columns of a reports export (CSV, Excel, and `GET /search?format=csv`). Stable: names never change and
 * new columns are only ever added at the end.
 */
export const REPORT_COLUMNS: readonly ExportColumn<ReportSearchDocument>[] = [
  col('id', 'text', 24, `Report id (${ID_NOTE}).`),
  CONTEXT.projectName,
  CONTEXT.documentType,
  col('language', 'text', 8, 'Language of the report: sv or en.'),
  CONTEXT.owner,
  col('diaryNumber', 'text', 16, 'Case or diary number.'),
  CONTEXT.periodStart,
  CONTEXT.periodEnd,
  CONTEXT.budgetTotalSek,
  col('budgetGrantedSek', 'number', 14, 'Grant awarded in kronor.'),
  CONTEXT.county,
  CONTEXT.municipalities,
  col('funders', 'list', 30, 'Funders, separated by "; ".'),
  CONTEXT.programme,
  col('projectManager', 'text', 20, 'Project manager.'),
  CONTEXT.themes,
  col('lessonsLearned', 'list', 80, 'Lessons learned, one a line within the cell.', '\n'),
  CONTEXT.years,
  col('summary', 'text', 80, 'Summary (the report’s own summary section when it has one).'),
  col('lessonsPage', 'number', 8, 'Page the lessons were read from (where the first one is); empty when unknown or typed in by a person.'),
  col('correctedFields', 'list', 20, 'Fields corrected by hand, separated by "; ".'),
];

/** Columns of a lessons export: one row per lesson learned, with its report. Stable as above. */
export const LESSON_COLUMNS: readonly ExportColumn<LessonSearchDocument>[] = [
  col('id', 'text', 24, 'Lesson id: `<reportId>-<position>`.'),
  col('reportId', 'text', 24, `Id of the report the lesson comes from (${ID_NOTE}).`),
  col('position', 'number', 8, 'Place of the lesson among its report’s lessons (1 is the first).'),
  col('text', 'text', 80, 'The lesson learned.'),
  CONTEXT.projectName,
  CONTEXT.owner,
  CONTEXT.county,
  CONTEXT.municipalities,
  CONTEXT.periodStart,
  CONTEXT.periodEnd,
  CONTEXT.documentType,
  CONTEXT.themes,
  CONTEXT.programme,
  CONTEXT.years,
  col('page', 'number', 8, 'Page of the report its lessons were read from (where the first one is); empty when unknown.'),
  CONTEXT.budgetTotalSek,
];

/** The columns of each index's export. */
export const EXPORT_COLUMNS: {
  reports: readonly ExportColumn<ReportSearchDocument>[];
  lessons: readonly ExportColumn<LessonSearchDocument>[];
} = {
  reports: REPORT_COLUMNS,
  lessons: LESSON_COLUMNS,
};

/** Column names of an index's export, in order (the header row). */
export function columnNames(kind: IndexKind): string[] {
  return EXPORT_COLUMNS[kind].map((c) => c.name);
}

/**
 * The cells of one row: numbers stay numbers, lists are joined with their separator, missing values are
 * null. Formats add their own guarding (CSV quotes and formula guard; Excel's cell limits).
 */
export function rowValues(kind: IndexKind, doc: Record<string, unknown>): (string | number | null)[] {
  return (EXPORT_COLUMNS[kind] as unknown as readonly ExportColumn<Record<string, unknown>>[]).map((c) => {
    const v = c.value(doc);
    if (v === null || v === undefined) return null;
    if (Array.isArray(v)) return v.length ? v.join(c.separator ?? '; ') : null;
    if (c.kind === 'number') return typeof v === 'number' && Number.isFinite(v) ? v : null;
    return String(v);
  });
}

/** The stored fields an export of an index reads. */
export function exportFields(kind: IndexKind): string[] {
  return columnNames(kind);
}
