/** Kinds of document the extractor tells apart (see EXTRACTION.md contract). */
export type DocumentType = 'final_report' | 'evaluation' | 'progress_report' | 'project_description' | 'other';

/** The four national priorities a report can be classified into. */
export const THEMES = [
  'Innovation och företagande',
  'Attraktiva miljöer och tillgänglighet',
  'Kompetensförsörjning',
  'Internationellt samarbete',
] as const;
export type Theme = (typeof THEMES)[number];

/** Where an extracted value came from, so a user can check it against the report. */
export interface Provenance {
  /** 1-based page number in the PDF. */
  page: number;
  /** The text the value was read from, trimmed to a readable length. */
  snippet: string;
  /** 0..1: how sure the extractor is. Labelled values score higher than values read from prose. */
  confidence: number;
}

/** The metadata the pipeline extracts from one report; field meanings follow the extraction contract. */
export interface ExtractedRecord {
  projectName: string | null;
  /** The kind of report, or null when the document does not say. */
  documentType: DocumentType | null;
  language: 'sv' | 'en';
  owner: string | null;
  diaryNumber: string | null;
  period: { start: string | null; end: string | null };
  budget: { totalSek: number | null; grantedSek: number | null };
  county: string | null;
  municipalities: string[];
  funders: string[];
  programme: string | null;
  projectManager: string | null;
  lessonsLearned: string[];
  themes: Theme[];
  /** A short summary (the report's own summary section when it has one), for search and similarity. */
  summary: string | null;
  /** Per-field provenance; keys are the field names above ("period", "budget.totalSek", "lessonsLearned", ...). */
  provenance: Record<string, Provenance>;
  /** Things the extractor noticed but could not settle, for humans reading the record. */
  warnings: string[];
  /**
   * A document that lists several projects (a programme page, a project-bank export, a decision list): one
   * record per project, in the order listed. Each one's provenance pages are the listing's own.
   */
  projects?: ExtractedRecord[];
}

/** The kinds of file Lärdom reads, told apart by their content. */
export type DocumentFormat = 'pdf' | 'docx' | 'odt' | 'html' | 'txt';

/** Text of one parsed document, as the parse stage hands it to extraction. */
export interface ParsedDocument {
  /** Text per page, in page order (index 0 = page 1). A file without pages is cut into pages of a PDF's length. */
  pages: string[];
  /** The kind of file the text was read from (absent in texts archived before other kinds were read). */
  format?: DocumentFormat;
  /** Pages (1-based) read by OCR, and Tesseract's mean word confidence over them (0–100). */
  ocr?: { pages: number[]; meanConfidence: number };
  /** The PDF's own metadata; its Author is the PDF's author, never the project owner. */
  info: { title: string | null; author: string | null; creator: string | null; producer: string | null };
}
