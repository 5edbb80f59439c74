/**
 * The shared view of one report that every extractor reads: clean content lines, sections, labels and
 * the running text split into sentences (each with its page).
 */
import { BULLET, dropTitleHeaders, joinLines, pageLines, type Line } from './layout.js';
import { findLabels, type LabelHit } from './labels.js';
import type { Sentence } from './organisations.js';
import { findSections, type Heading, type Section } from './sections.js';
import { quickSentences } from './text.js';

/** Everything the field extractors need, computed once per report. */
export interface DocView {
  lines: Line[];
  /** Lines of page 1 after furniture removal. */
  cover: Line[];
  sections: Section[];
  headingAt: Map<number, Heading>;
  labels: LabelHit[];
  sentences: Sentence[];
}

/** Builds the view of a report from its page texts. */
export function buildView(pages: string[]): DocView {
  let paged = pageLines(pages);
  paged = dropTitleHeaders(paged, paged[0]?.[0]?.text ?? null);
  const lines = joinLines(paged);
  const { sections, headingAt } = findSections(lines);
  // A heading such as "Project organisation" is not the label "Project" with a value.
  // "Kontaktperson" or "1.1 Applicant organisation" alone on a line over its value on a form's first pages is
  // a field, not a heading.
  const labels = findLabels(lines).filter(
    (h) =>
      !headingAt.has(h.lineIndex) ||
      (h.page <= 2 &&
        headingAt.get(h.lineIndex)!.kind === 'other' &&
        !!h.value &&
        !headingAt.has(h.lineIndex + 1) &&
        lines[h.lineIndex]!.text.trim()
          .replace(/^\d{1,2}(?:\.\d{1,2})+\s+/u, '')
          .replace(/\s*\([^()]*\)/u, '')
          .replace(/:$/, '') === h.label),
  );
  const labelLines = new Set(labels.map((l) => l.lineIndex));
  const sentences = runningSentences(lines, headingAt, labelLines);
  return { lines, cover: lines.filter((l) => l.page === 1), sections, headingAt, labels, sentences };
}

/** Joins lines into paragraphs (broken at headings, labels and list items) and splits sentences. */
function runningSentences(lines: Line[], headingAt: Map<number, Heading>, labelLines: Set<number>): Sentence[] {
  const out: Sentence[] = [];
  let para: Line[] = [];
  const flush = (): void => {
    if (!para.length) return;
    let text = '';
    const starts: [number, number][] = [];
    for (const l of para) {
      starts.push([text.length, l.page]);
      text += (text ? ' ' : '') + l.text;
    }
    let cursor = 0;
    for (const s of quickSentences(text)) {
      const at = text.indexOf(s, cursor);
      const pos = at >= 0 ? at : cursor;
      cursor = at >= 0 ? at + s.length : cursor;
      let page = para[0]!.page;
      for (const [off, p] of starts) if (off <= pos) page = p;
      out.push({ text: s, page });
    }
    para = [];
  };
  lines.forEach((l, i) => {
    if (headingAt.has(i) || labelLines.has(i)) {
      flush();
      if (labelLines.has(i)) out.push({ text: l.text, page: l.page });
      return;
    }
    // "… 2019 01 01" / "– 2021 06 30.": a date range broken before its dash goes on, it opens no list item.
    const prev = para[para.length - 1];
    if (BULLET.test(l.text) && !(prev && /\d$/.test(prev.text) && /^[-–—]\s*\d/.test(l.text))) flush();
    para.push(l);
  });
  flush();
  return out;
}
