// PLACEHOLDER (pipeline wiring only): replaced by the real extractor. Returns an empty record.
import type { ExtractedRecord, ParsedDocument } from '../../shared/types/record.js';

export function extractRecord(doc: ParsedDocument): ExtractedRecord {
  const first = doc.pages[0]?.split('\n')[0]?.trim() ?? null;
  return {
    projectName: first, documentType: 'other', language: 'sv', owner: null, diaryNumber: null,
    period: { start: null, end: null }, budget: { totalSek: null, grantedSek: null }, county: null,
    municipalities: [], funders: [], programme: null, projectManager: null, lessonsLearned: [], themes: [],
    summary: null, provenance: {}, warnings: [],
  };
}
