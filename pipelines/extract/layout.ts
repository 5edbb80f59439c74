/**
 * Page furniture and line clean-up: turns per-page PDF text into one list of content lines.
 * Running headers/footers, page numbers ("Sid 1 (12)", "2 (40)", "Sida 3 av 6") and form codes
 * ("FRIRPT v.1") are removed; words hyphenated across a line break are joined again.
 */

/** One line of content with the 1-based page it came from. */
export interface Line {
  text: string;
  page: number;
}

// "Sida 3 av 6", "Sid 1 (12)", "2 (40)", "Page 3 of 12", "- 3 -", "3/12", "3"
const PAGE_NUMBER = /^(?:(?:sid(?:a|an)?|page|s\.)\s*)?[-–]?\s*\d{1,4}\s*(?:(?:av|of|\/|\()\s*\d{1,4}\s*\)?)?\s*[-–]?$/i;
// "Sida 3 av 6" is furniture wherever it sits; a bare number only at the top or bottom of a page.
const PAGE_WORD_NUMBER = /^(?:sid(?:a|an)?|page)\s*\d{1,4}(?:\s*(?:av|of|\/|\()\s*\d{1,4}\s*\)?)?$/i;
// "FRIRPT v.1", "SLUTRAPPORT-FORM v 2.3": form codes printed on every page of online-form print-outs.
const FORM_CODE = /^[A-ZÅÄÖ0-9_-]{3,}\s+v(?:er)?\.?\s*\d+(?:\.\d+)*$/;

// No-break, thin and other unusual spaces become plain spaces; money parsing treats them alike.
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * A gap between table cells (a tab from the text layer, or a run of spaces) is kept as two spaces, so
 * "Total projektbudget  612 500  595 100" stays three cells and never becomes the number 612 500 595 100.
 */
export const CELL_GAP = '  ';

function normaliseLine(s: string): string {
  return (
    s
      .normalize('NFC')
      .replace(/[\u00ad\u200b]/g, '')
      .replace(/[\ufb00-\ufb06]/g, (c) => c.normalize('NFKC'))
      .replace(
        /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*\t[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*|[ \u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}/g,
        CELL_GAP,
      )
      .replace(ODD_SPACES, ' ')
      .trim()
      // A symbol font's bullet (private-use code points such as U+F0B7) is a bullet.
      .replace(/^[\uE000-\uF8FF](?=\s)/u, '•')
  );
}

/** Key under which repeated furniture lines compare equal: digits vary between pages ("Sida 2 av 9"). */
function furnitureKey(s: string): string {
  return s.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

const EDGE = 3; // furniture sits in the first or last few lines of a page

function splitPages(pages: string[]): string[][] {
  return pages.map((p) =>
    p
      .split(/\r?\n/)
      .map(normaliseLine)
      .filter((l) => l.length > 0),
  );
}

/** Lines that recur at the top or bottom of several pages (running headers/footers), by furniture key, with their first text. */
function repeatedEdges(split: string[][]): Map<string, string> {
  const seen = new Map<string, { pages: Set<number>; text: string }>();
  split.forEach((lines, p) => {
    const edge = [...lines.slice(0, EDGE), ...lines.slice(-EDGE)];
    for (const l of edge) {
      const k = furnitureKey(l);
      if (!seen.has(k)) seen.set(k, { pages: new Set(), text: l });
      seen.get(k)!.pages.add(p);
    }
  });
  const minRepeats = Math.max(2, Math.ceil(split.length * 0.3));
  return new Map([...seen].filter(([, v]) => v.pages.size >= minRepeats).map(([k, v]) => [k, v.text]));
}

/** The running headers and footers of a document, as printed on the first page that has them. */
export function runningLines(pages: string[]): string[] {
  return [...repeatedEdges(splitPages(pages)).values()];
}

/** The lines pageLines sets aside as page furniture, with what each was. */
export function furnitureLines(pages: string[]): (Line & { role: 'running-header' | 'page-number' | 'form-code' })[] {
  const split = splitPages(pages);
  const repeated = new Set(repeatedEdges(split).keys());
  const out: (Line & { role: 'running-header' | 'page-number' | 'form-code' })[] = [];
  split.forEach((lines, p) => {
    lines.forEach((l, i) => {
      const atEdge = i < EDGE || i >= lines.length - EDGE;
      const role = FORM_CODE.test(l)
        ? 'form-code'
        : PAGE_WORD_NUMBER.test(l) || (atEdge && PAGE_NUMBER.test(l))
          ? 'page-number'
          : atEdge && repeated.has(furnitureKey(l)) && l.length < 120
            ? 'running-header'
            : null;
      if (role) out.push({ text: l, page: p + 1, role });
    });
  });
  return out;
}

/** Splits pages into lines and removes page furniture. */
export function pageLines(pages: string[]): Line[][] {
  const split = splitPages(pages);
  const repeated = new Set(repeatedEdges(split).keys());

  return split.map((lines, p) =>
    lines
      .filter((l, i) => {
        const atEdge = i < EDGE || i >= lines.length - EDGE;
        if (PAGE_WORD_NUMBER.test(l) || FORM_CODE.test(l)) return false;
        if (atEdge && PAGE_NUMBER.test(l)) return false;
        if (atEdge && repeated.has(furnitureKey(l)) && l.length < 120) return false;
        return true;
      })
      .map((text) => ({ text, page: p + 1 })),
  );
}

/**
 * Removes a running header the repetition test cannot see (e.g. a two-page report whose header is
 * on page 2 only): the first line of a later page that repeats the cover title after a document word,
 * as in "Slutrapport – Attraktiva Mora".
 */
export function dropTitleHeaders(pages: Line[][], coverTitle: string | null): Line[][] {
  if (!coverTitle || coverTitle.length < 4) return pages;
  const t = coverTitle.toLowerCase();
  return pages.map((lines, p) => {
    if (p === 0 || !lines.length) return lines;
    const first = lines[0]!.text.toLowerCase();
    if (first.includes(t) && /\s[–—|-]\s|:\s/.test(first) && first.length < t.length + 60) return lines.slice(1);
    return lines;
  });
}

// Words after which a trailing hyphen is kept with a space: "små- och medelstora".
const KEEP_HYPHEN_BEFORE = /^(?:och|eller|samt|till|and|or|to)\b/i;

/** Flattens pages into one list and joins words split across line breaks ("till-\nsammans"). */
export function joinLines(pages: Line[][]): Line[] {
  const out: Line[] = [];
  for (const line of pages.flat()) {
    const prev = out[out.length - 1];
    if (prev && /[\p{L}]-$/u.test(prev.text) && !/\s-$/.test(prev.text) && /^[\p{L}]/u.test(line.text) && !isBulletStart(line.text)) {
      if (KEEP_HYPHEN_BEFORE.test(line.text)) prev.text = `${prev.text} ${line.text}`;
      // "destinationsutve-\nckling" joins without the hyphen; "Malung-\nSälen" keeps it.
      else if (/^\p{Ll}/u.test(line.text)) prev.text = prev.text.slice(0, -1) + line.text;
      else prev.text = prev.text + line.text;
      continue;
    }
    out.push({ ...line });
  }
  return out;
}

/** True when a line starts a list item: "• …", "- …", "– …", "1. …", "2) …", "a) …". */
export function isBulletStart(s: string): boolean {
  return BULLET.test(s);
}

/** Matches a list marker and the space after it. */
// "Rekommendation 2:", "Lesson 3.", "R1.": a numbered item named by its kind.
export const BULLET =
  /^(?:[•●▪■◦‣∙·*►✓➢]|[-–—](?=\s)|\d{1,2}[.)](?=\s)(?!\s*\d)|\(\d{1,2}\)|[a-h][.)](?=\s)|(?:[Rr]ekommendation|[Rr]ecommendation|[Ll]ärdom|[Ll]esson|[Ss]lutsats|[Cc]onclusion)\s+\d{1,2}\s*[:.)](?=\s)|R\d{1,2}[:.)](?=\s))\s*/;
