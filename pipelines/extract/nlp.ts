/**
 * Adapter for `natural`: the only file that imports it. Imports the tokenizers submodule, never the
 * package root, because the root loads storage back-ends that read `.env` files and print to stdout.
 */
import { SentenceTokenizer } from 'natural/lib/natural/tokenizers/index.js';
import { ABBREVIATIONS } from './text.js';

// natural matches its own abbreviation list inside words too ("kap." in "entreprenörskap."), so the
// abbreviations ("t.ex.", "bl.a.", "milj. kr") are protected here with word boundaries instead: their
// periods become a placeholder until after splitting.
const PLACEHOLDER = '\u2024';

const tokenizer = new SentenceTokenizer([]);

/** Splits running text into sentences (Swedish or English), trimmed, empty ones dropped. */
export function splitSentences(text: string): string[] {
  const t = text.trim();
  if (!t) return [];
  const protectedText = t.replace(ABBREVIATIONS, (m) => m.replace(/\./g, PLACEHOLDER));
  return tokenizer
    .tokenize(protectedText)
    .map((s) => s.replaceAll(PLACEHOLDER, '.').trim())
    .filter((s) => s.length > 0);
}
