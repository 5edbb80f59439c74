/**
 * Adapter for `natural`: the only file that imports it. Imports the tokenizers submodule, never the
 * package root, because the root loads storage back-ends that read `.env` files and print to stdout.
 */
import { SentenceTokenizer } from 'natural/lib/natural/tokenizers/index.js';
import { ABBREVIATIONS, quickSentences } from './text.js';

// natural matches its own abbreviation list inside words too ("kap." in "entreprenörskap."), so the
// abbreviations ("t.ex.", "bl.a.", "milj. kr") are protected here with word boundaries instead: their
// periods become a placeholder until after splitting.
const PLACEHOLDER = '\u2024';

const tokenizer = new SentenceTokenizer([]);

// natural's tokenizer takes time quadratic in the length of what it is given (0.7 s for 20 kB of prose with
// quotes, minutes for 200 kB), so it is given pieces of at most this many characters, cut where the linear
// splitter sees a sentence end: the total is linear in the text.
export const PIECE_CHARS = 1500;

/** A run the linear splitter left whole but longer than a piece, cut after any full stop (or at a space when there is none). */
function bounded(s: string): string[] {
  if (s.length <= PIECE_CHARS) return [s];
  const out: string[] = [];
  let rest = s;
  while (rest.length > PIECE_CHARS) {
    const head = rest.slice(0, PIECE_CHARS);
    const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
    const cut = stop > 0 ? stop + 1 : head.lastIndexOf(' ') > 0 ? head.lastIndexOf(' ') : PIECE_CHARS;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/** Cuts text into pieces of whole sentences (by the linear splitter), each at most about PIECE_CHARS long. */
export function pieces(text: string): string[] {
  if (text.length <= PIECE_CHARS) return [text];
  const out: string[] = [];
  let cur = '';
  for (const s of quickSentences(text).flatMap(bounded)) {
    if (cur && cur.length + s.length + 1 > PIECE_CHARS) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur} ${s}` : s;
  }
  if (cur) out.push(cur);
  return out;
}

/** Splits running text into sentences (Swedish or English), trimmed, empty ones dropped. Linear in the text's length. */
export function splitSentences(text: string): string[] {
  const t = text.trim();
  if (!t) return [];
  return pieces(t).flatMap((piece) =>
    tokenizer
      .tokenize(piece.replace(ABBREVIATIONS, (m) => m.replace(/\./g, PLACEHOLDER)))
      .map((s) => s.replaceAll(PLACEHOLDER, '.').trim())
      .filter((s) => s.length > 0),
  );
}
