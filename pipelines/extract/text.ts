/** Small string helpers shared by the extractors. */

/** Lower-cases and folds punctuation and whitespace so labels and headings compare loosely. */
export function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[\u2010-\u2015]/g, '-').replace(/[^\p{L}\p{N}/-]+/gu, ' ').trim();
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Trims a value read after a label or inside a sentence: surrounding quotes, spaces, trailing punctuation. */
export function cleanValue(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s:;,–—-]+/, '').replace(/[\s.,;:]+$/, '').replace(/^["'«»“”]+|["'«»“”]+$/g, '').trim();
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
