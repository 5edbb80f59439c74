/** A run of text on a page, in PDF points from the bottom left. */
export interface TextRun {
  x: number;
  y: number;
  size: number;
  bold?: boolean;
  text: string;
}

/** Writes pages of text runs as a PDF (Helvetica, WinAnsi), its streams Flate-compressed on request. */
export function writePdf(pages: TextRun[][], opts?: { compress?: boolean; title?: string; author?: string }): Buffer;

/** Greedy word wrap by character count. */
export function wrap(text: string, maxChars: number, hyphenate?: boolean): string[];
