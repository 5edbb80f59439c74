/**
 * Kind of report, read from the cover and the PDF title: "Utvärdering" (also compounded: "Effektutvärdering",
 * "Mål- och effektutvärdering"), "Följeforskning",
 * "Evaluation" → evaluation; "Lägesrapport", "Progress report" → progress_report; "Slutrapport",
 * "Slutredovisning", "Final report" → final_report; "Projektbeskrivning", "Ansökan" → project_description.
 * Body text is not used: lessons often mention "följeforskningen" or "lägesrapporter".
 */
import type { DocumentType } from '../../shared/types/record.js';
import type { Line } from './layout.js';
import type { Found } from './organisations.js';

const RULES: [DocumentType, RegExp][] = [
  ['evaluation', /(?<![\p{L}])(?:\p{L}{0,14}utvärdering\p{L}*|följeforskning\p{L}*|evaluation(?! by)|evaluation report)/iu],
  [
    'progress_report',
    /(?<![\p{L}])(?:lägesrapport|lägesredovisning|delrapport|delredovisning|mellanrapport|progress report|interim report|status report)/iu,
  ],
  // Also a report over the whole project ("Projektrapport VDT 22", "Sammanslagen rapport över hela projektet"), the
  // question that opens Jordbruksverket's report form ("1. Vilket projekt redovisar du?", "1. Redovisat projekt") and a
  // pre-study's report
  // ("Förstudie. Möbelvägen. Rapport").
  [
    'final_report',
    /(?<![\p{L}])(?:slutrapport|slutredovisning|projektredovisning|final report|slutlig rapport|completion report|projektrapport|rapport över hela projektet|vilket projekt redovisar du|\d\.\s*redovisat projekt)|^förstudie\.?\s.{2,80}\s(?:rapport|report)\.?$/iu,
  ],
  [
    'project_description',
    /(?<![\p{L}])(?:projektbeskrivning|projektplan|projektansökan|ansökan om|ansökan|project description|project plan|application for|project application|funding application|application form)/iu,
  ],
];

/**
 * Classifies a report from its cover lines (before the fact box), the PDF title and, last, the first
 * lines of page 1 as printed: a running header repeated on every page ("ARCTIC TEST CORRIDOR · FINAL
 * REPORT 2020") is removed as furniture from the cover but still says what the document is.
 */
export function findDocumentType(cover: Line[], pdfTitle: string | null, firstPage: string | null = null): Found<DocumentType> {
  // Only the top of the cover: labels like "Utvärderare:" and body sentences do not count.
  const notRole = (t: string): boolean => !/^(?:utvärderare|evaluator|följeforskare)\b/i.test(t);
  const top = cover
    .slice(0, 6)
    .map((l) => l.text)
    .filter(notRole);
  const printed = (firstPage ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 3)
    .filter(notRole);
  // The printed header is asked only when the cover and the PDF title say nothing.
  for (const texts of [[...top, ...(pdfTitle ? [pdfTitle] : [])], printed]) {
    for (const [type, re] of RULES) {
      const hit = texts.find((t) => {
        const m = re.exec(t);
        if (!m) return false;
        // "Ansökan" and the like name the document when they open its line or stand in a short title line,
        // not inside a running sentence of a page or news item ("Vi fick göra om vår ansökan när …").
        if (type !== 'project_description') return true;
        // Not a sentence ("Projektansökan lämnades till …", "Enklare ansökan, kortare startsträcka …") nor a minute's
        // item ("§ 50 Ansökan om omställningsmedel").
        if (/§/u.test(t) || /\p{Ll}[.!?]$/u.test(t.trim()) || t.slice(m.index + m[0].length).startsWith(',')) return false;
        return t.slice(0, m.index).split(/\s+/).filter(Boolean).length <= 3 || t.split(/\s+/).length <= 6;
      });
      if (hit) return { value: type, page: 1, source: hit, confidence: top.includes(hit) ? 0.9 : 0.6 };
    }
  }
  return { value: 'other', page: 1, source: top[0] ?? '', confidence: 0.3 };
}
