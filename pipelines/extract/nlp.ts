/**
 * Adapter for `natural`: the only file that imports it. Imports the tokenizers submodule, never the
 * package root, because the root loads storage back-ends that read `.env` files and print to stdout.
 */
import { SentenceTokenizer } from 'natural/lib/natural/tokenizers/index.js';

// Abbreviations that end in a period but do not end a sentence: "t.ex.", "bl.a.", "fr.o.m. 2013-12-01".
// natural matches these case-insensitively inside words too, so only dotted forms that cannot be word
// endings are listed ("milj. kr" keeps "4,85 milj. kr" in one sentence).
const ABBREVIATIONS = ['t.ex.', 'bl.a.', 'm.m.', 'd.v.s.', 'dvs.', 'fr.o.m.', 't.o.m.', 'o.s.v.', 'osv.', 'resp.', 'milj. kr', 'e.g.', 'i.e.', 'ca.', 'kap.', 'nr.'];

const tokenizer = new SentenceTokenizer(ABBREVIATIONS);

/** Splits running text into sentences (Swedish or English), trimmed, empty ones dropped. */
export function splitSentences(text: string): string[] {
  const t = text.trim();
  if (!t) return [];
  // natural returns the whole text as one sentence when it finds no terminator; that is what we want.
  return tokenizer.tokenize(t).map((s) => s.trim()).filter((s) => s.length > 0);
}
