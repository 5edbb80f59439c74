/**
 * Dates and date ranges as written in reports: "201203 — 201410", "2012-01 — 2013-11",
 * "2014 09 01 2015 12 31", "1 december 2013 15 november 2014", "2015/07/01 - 2016/09/01",
 * "20120301-20141031", "01.12.2013–15.11.2014", "fr.o.m. 2013-12-01 t.o.m. 2014-11-15",
 * "jan 2013 - dec 2014", "augusti 2010 och juni 2012", "2012–2014". The precision written is kept.
 * Template placeholders ("ÅÅÅÅ-MM-DD") contain no digits and so are never dates.
 */

/** A date as written: "2012", "2012-03" or "2012-03-01". */
export interface DateMention {
  value: string;
  start: number;
  end: number;
}

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  february: 2,
  mars: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  maj: 5,
  // Norwegian and Danish forms, on cross-border pages: "1 mai 2016 – 31 desember 2018".
  mai: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  augusti: 8,
  aug: 8,
  august: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nov: 11,
  december: 12,
  desember: 12,
  dec: 12,
};
const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const pad = (n: number): string => String(n).padStart(2, '0');
const okYear = (y: number): boolean => y >= 1990 && y <= 2040;
const okMonth = (m: number): boolean => m >= 1 && m <= 12;
const okDay = (d: number): boolean => d >= 1 && d <= 31;

type Build = (m: RegExpExecArray) => string | null;
const ymd = (y: string, mo: string, d?: string): string | null => {
  const Y = Number(y);
  const M = Number(mo);
  const D = d === undefined ? null : Number(d);
  if (!okYear(Y) || !okMonth(M) || (D !== null && !okDay(D))) return null;
  return D === null ? `${Y}-${pad(M)}` : `${Y}-${pad(M)}-${pad(D)}`;
};

// Patterns tried at each position, most specific first. All must not start or end inside a number.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const PATTERNS: [RegExp, Build][] = [
  // "2013-12-01", "2015/07/01", "2014.09.01", "2014 09 01"
  [new RegExp(`${B}(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${E}`, 'uy'), (m) => ymd(m[1]!, m[3]!, m[4]!)],
  [new RegExp(`${B}(\\d{4}) (\\d{2}) (\\d{2})${E}`, 'uy'), (m) => ymd(m[1]!, m[2]!, m[3]!)],
  // "20120301"
  [new RegExp(`${B}(\\d{4})(\\d{2})(\\d{2})${E}`, 'uy'), (m) => ymd(m[1]!, m[2]!, m[3]!)],
  // "01.12.2013", "1/12/2013", "01-12-2013" (day first, as Swedes and Europeans write it)
  [new RegExp(`${B}(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})${E}`, 'uy'), (m) => ymd(m[4]!, m[3]!, m[1]!)],
  // "1/9 2021" (day/month, then the year after a space)
  [new RegExp(`${B}(\\d{1,2})/(\\d{1,2})\\s+(\\d{4})${E}`, 'uy'), (m) => ymd(m[3]!, m[2]!, m[1]!)],
  // "1 december 2013", "1 dec. 2013", "December 1, 2013"
  [
    new RegExp(`${B}(\\d{1,2})(?:\\s+|\\.\\s*)(${MONTH_RE})\\.?\\s+(\\d{4})${E}`, 'iuy'),
    (m) => ymd(m[3]!, String(MONTHS[m[2]!.toLowerCase()]), m[1]!),
  ],
  [
    new RegExp(`${B}(${MONTH_RE})\\.?\\s+(\\d{1,2}),\\s*(\\d{4})${E}`, 'iuy'),
    (m) => ymd(m[3]!, String(MONTHS[m[1]!.toLowerCase()]), m[2]!),
  ],
  // "augusti 2010", "jan 2013", "March 2019"
  [new RegExp(`${B}(${MONTH_RE})\\.?\\s+(\\d{4})${E}`, 'iuy'), (m) => ymd(m[2]!, String(MONTHS[m[1]!.toLowerCase()]))],
  // "2012-03", "2012/03"
  [new RegExp(`${B}(\\d{4})[-/](\\d{1,2})${E}(?![-/.]\\d)`, 'uy'), (m) => ymd(m[1]!, m[2]!)],
  // "201203"
  [new RegExp(`${B}(\\d{4})(\\d{2})${E}`, 'uy'), (m) => ymd(m[1]!, m[2]!)],
  // "03/2012", "3.2012"
  [new RegExp(`${B}(\\d{1,2})[/.](\\d{4})${E}`, 'uy'), (m) => ymd(m[2]!, m[1]!)],
  // "2012"
  [new RegExp(`${B}((?:19|20)\\d{2})${E}(?![-/.]\\d)`, 'uy'), (m) => (okYear(Number(m[1])) ? m[1]! : null)],
];

// "1st Oct 2010", "31st Dec 2012", "den 1:a juni": an ordinal's ending after a day, blanked so offsets stay put.
const ORDINAL = /(?<=(?<![\p{L}\p{N}])\d{1,2})(?:st|nd|rd|th|:a|:e)(?=\s+\p{L})/giu;

/** Finds the dates in a text, left to right, without overlaps. */
export function findDates(raw: string): DateMention[] {
  const text = raw.replace(ORDINAL, (o) => ' '.repeat(o.length));
  const out: DateMention[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!/[0-9A-Za-zåäöÅÄÖ]/.test(c)) continue;
    for (const [re, build] of PATTERNS) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m) continue;
      const v = build(m);
      if (!v) continue;
      out.push({ value: v, start: i, end: i + m[0].length });
      i += m[0].length - 1;
      break;
    }
  }
  return out;
}

// What may stand between the two ends of a range: "-", "–", "—", "--" (or a hyphen and a Unicode hyphen, "2012-‐1"),
// "till", "t.o.m.", "to", "och", or nothing.
// A lost glyph reads as "?": Kohesio's "2015-09-01 → 2018-08-31" as "2015-09-01 ? 2018-08-31".
const BETWEEN =
  /^\s*(?:[-\u2010\u2011]{1,2}|–|—|→|\?|\/|(?:fram\s+)?till(?:\s+och\s+med)?(?:\s+den)?|t\.\s?o\.\s?m\.?\s+den|t\.\s?o\.\s?m\.?|tom|to|until|och|and|through|—\s*)?\s*$/i;
// A range written as two events: "startade 2018-03 och avslutades 2021-07", "began in May 2019 and ended in June 2021".
const BETWEEN_EVENTS =
  /^\s*,?\s*(?:och|samt|and)\s+(?:(?:har|hade|was|has|is)\s+)?(?:avslutades|avslutas|avslutats|slutade|slutar|upphörde|pågick|pågår|löpte|löper|varade|varar|ended|ends|finished|finishes|closed|concluded|was completed|ran)\s+(?:(?:i|den|under|fram\s+till|till|in|on|at\s+the\s+end\s+of|by)\s+)?(?:slutet\s+av\s+|utgången\s+av\s+)?$/i;

/** A project period. */
export interface Period {
  start: string;
  end: string;
  /** Offset in the searched text where the range starts. */
  index: number;
}

const cmp = (a: string, b: string): number =>
  a.slice(0, Math.min(a.length, b.length)).localeCompare(b.slice(0, Math.min(a.length, b.length)));

// A term or a season before a year: "ht 2023 – ht 2024", "augusti 2012 – sommaren 2014", "spring 2010 to spring 2013".
const SEASON =
  /(?<=\s|^)(?:ht|vt|våren|sommaren|hösten|vintern|vårterminen|höstterminen|spring|summer|autumn|fall|winter|(?:i\s+)?(?:början|slutet|mitten)\s+av|(?:the\s+)?(?:beginning|end|middle)\s+of)\s*$/iu;

// Two months of one year, the year written once: "1 maj - 30 nov 2018", "februari – oktober 2023", "May to
// November 2019". The first month takes the second's year.
const MONTHS_OF_ONE_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(\\d{1,2})(?:st|nd|rd|th|:a|:e)?\\.?\\s+)?(${MONTH_RE})\\.?\\s*(?:-{1,2}|–|—|till(?:\\s+och\\s+med)?|t\\.\\s?o\\.\\s?m\\.?|to|until)\\s*(?:(\\d{1,2})(?:st|nd|rd|th|:a|:e)?\\.?\\s+)?(${MONTH_RE})\\.?\\s+((?:19|20)\\d{2})(?![\\p{L}\\p{N}])`,
  'giu',
);

function monthsOfOneYear(text: string): Period | null {
  MONTHS_OF_ONE_YEAR.lastIndex = 0;
  for (let m = MONTHS_OF_ONE_YEAR.exec(text); m; m = MONTHS_OF_ONE_YEAR.exec(text)) {
    const [, d1, m1, d2, m2, y] = m;
    // Both ends at one precision: days on both sides or on neither.
    if ((d1 === undefined) !== (d2 === undefined)) continue;
    const start = ymd(y!, String(MONTHS[m1!.toLowerCase()]), d1);
    const end = ymd(y!, String(MONTHS[m2!.toLowerCase()]), d2);
    if (start && end && start < end) return { start, end, index: m.index };
  }
  return null;
}

/** "2022-2023" as "2022–2023", which findPeriod takes as a range of years (where the text is known to give a period). */
export const yearsJoined = (value: string): string =>
  value.replace(/(?<![\p{L}\p{N}])((?:19|20)\d\d)-((?:19|20)\d\d)(?![\p{L}\p{N}])/gu, '$1–$2');

/** The first date range in a text whose start is not after its end. */
export function findPeriod(text: string): Period | null {
  const shared = monthsOfOneYear(text);
  const dates = findDates(text);
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    if (shared && shared.index < a.start) return shared;
    // A term or a season before the second year is no gap word.
    const gap = text.slice(a.end, b.start).replace(SEASON, '');
    if (!BETWEEN.test(gap) && !BETWEEN_EVENTS.test(gap)) continue;
    // "2012–2014" is a range of years; a lone year next to a finer date ("2014 2015-01") is not, but one written
    // with a word or a dash between them is ("augusti 2012 – sommaren 2014").
    if ((a.value.length === 4) !== (b.value.length === 4) && !gap.trim()) continue;
    if (cmp(a.value, b.value) > 0) continue;
    return { start: a.value, end: b.value, index: a.start };
  }
  return shared;
}

/** The first single date in a text (for "Startdatum: 2013-12-01"). */
export function firstDate(text: string): string | null {
  return findDates(text)[0]?.value ?? null;
}
