/** Small string helpers shared by the extractors. */

/** Lower-cases and folds punctuation and whitespace so labels and headings compare loosely. */
export function fold(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[^\p{L}\p{N}/-]+/gu, ' ')
    .trim();
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Trims a value read after a label or inside a sentence: surrounding quotes, spaces, trailing punctuation. */
export function cleanValue(s: string): string {
  return (
    s
      .replace(/\s+/g, ' ')
      // A web page's mark on a link run on after the value: "The KK Foundation External link, opens in new window."
      .replace(
        /\s*(?:External link|Extern länk|Länk till annan webbplats|Link to another website)(?:,?\s*(?:opens in (?:a )?new (?:window|tab)|öppnas i (?:ett )?nytt (?:fönster|flik)))?[.\s]*$/iu,
        '',
      )
      .replace(/^[\s:;,–—-]+/, '')
      .replace(/[\s.,;:]+$/, '')
      .replace(/^["'«»“”]+|["'«»“”]+$/g, '')
      .trim()
  );
}

/** Shortens a source text for provenance. */
export function snippet(s: string, max = 160): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/** Counts words (letters or digits) in a string. */
export function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Letter class used in lookarounds: JS `\b` is ASCII-only and would split "Hässleholm". */
export const L = '\\p{L}\\p{N}';

// Abbreviations whose period does not end a sentence ("t.ex.", "bl.a.", "fr.o.m.", "milj. kr").
const ABBREV_WORDS = String.raw`t\.\s?ex|bl\.\s?a|m\.\s?m|d\.\s?v\.\s?s|dvs|fr\.\s?o\.\s?m|t\.\s?o\.\s?m|o\.\s?s\.\s?v|osv|resp|milj|ca|kap|nr|st|jfr|s|e\.\s?g|i\.\s?e|etc|inkl|exkl|ev|tel|org|dnr|s\.\s?k|approx|appr|incl|excl|cf|vs`;
const ABBREV_DOT = new RegExp(`(?<![\\p{L}])(?:${ABBREV_WORDS})\\.(?=\\s*[\\p{Ll}\\p{N}(])`, 'giu');
// Of those, the ones that never close a sentence ("etc.", "osv." often do).
const ABBREV_END =
  /(?<![\p{L}])(?:t\.\s?ex|bl\.\s?a|d\.\s?v\.\s?s|dvs|fr\.\s?o\.\s?m|t\.\s?o\.\s?m|resp|milj|ca|jfr|e\.\s?g|i\.\s?e|inkl|exkl|s\.\s?k|approx|appr|incl|excl|cf|vs|dnr|tel|nr)\.$/iu;

/** True when a text ends a sentence: a full stop, question or exclamation mark that is not an abbreviation's ("approx."). */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  return /[.!?]$/.test(t) && !ABBREV_END.test(t);
}

const SENTENCE_END = /(?<=[.!?])\s+(?=["“”'(]?[\p{Lu}\p{N}])/u;

/**
 * Fast rule-based sentence split for scanning running text for facts (owner, period, budget). Lessons
 * use the `natural` tokenizer in nlp.ts; this one is linear and fine for finding cue sentences.
 */
export function quickSentences(text: string): string[] {
  const protectedText = text.replace(ABBREV_DOT, (m) => m.replace(/\./g, '\u2024'));
  return protectedText
    .split(SENTENCE_END)
    .map((s) => s.replaceAll('\u2024', '.').trim())
    .filter(Boolean);
}

/** The abbreviation pattern shared with the natural adapter. */
export const ABBREVIATIONS = ABBREV_DOT;

/** The index of the last of `starts` (ascending) at or before `pos`: which line an offset into joined lines is on. */
export function lastAtOrBefore(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
