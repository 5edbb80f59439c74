/**
 * Adapter for `natural`: the only file that imports it. Imports the tokenizers submodule, never the
 * package root, because the root loads storage back-ends that read `.env` files and print to stdout.
 */
import { SentenceTokenizer } from 'natural/lib/natural/tokenizers/index.js';

// Abbreviations whose period does not end a sentence: "t.ex.", "bl.a.", "fr.o.m. 2013-12-01", "4,85 milj. kr".
// natural matches its abbreviation list inside words too ("kap." in "entreprenörskap."), so they are
// protected here with word boundaries instead: their periods become a placeholder until after splitting.
const ABBREVIATIONS = /(?<![\p{L}])(?:t\.\s?ex|bl\.\s?a|m\.\s?m|d\.\s?v\.\s?s|dvs|fr\.\s?o\.\s?m|t\.\s?o\.\s?m|o\.\s?s\.\s?v|osv|resp|milj|ca|kap|nr|st|jfr|s|e\.\s?g|i\.\s?e|etc|inkl|exkl|ev|tel|org|Dnr|dnr)\.(?=\s*[\p{Ll}\p{N}(])/gu;
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
