/**
 * The word list read as lookups: English words and phrases to the Swedish concept they are read as, and
 * Swedish synonyms to their concept (lexicon-words.ts holds the words and says how they were made). English
 * words are looked up by their base form, so inflections need no entries of their own.
 */
import { LEXICON_LINES } from './lexicon-words.js';

/** One concept of the word list: its Swedish name, the other Swedish words read as it, its English words. */
export interface Concept {
  sv: string;
  synonyms: string[];
  en: string[];
}

/** Reads the word list's lines ("svensk, synonym | english, english phrase"). */
export function parseLexicon(text: string): Concept[] {
  const out: Concept[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [svPart, enPart = ''] = line.split('|');
    const list = (s: string) =>
      s
        .split(',')
        .map((w) => w.trim().toLowerCase())
        .filter(Boolean);
    const [sv, ...synonyms] = list(svPart!);
    if (!sv) throw new Error(`lexicon: no Swedish word in "${line}"`);
    out.push({ sv, synonyms, en: list(enPart) });
  }
  return out;
}

/** The concepts of the product's word list. */
export const CONCEPTS: Concept[] = parseLexicon(LEXICON_LINES);

// Past forms English inflection rules cannot undo.
const IRREGULAR: Record<string, string> = {
  took: 'take',
  taken: 'take',
  made: 'make',
  gave: 'give',
  given: 'give',
  got: 'get',
  came: 'come',
  went: 'go',
  gone: 'go',
  met: 'meet',
  led: 'lead',
  grew: 'grow',
  grown: 'grow',
  built: 'build',
  brought: 'bring',
  taught: 'teach',
  sought: 'seek',
  found: 'find',
  kept: 'keep',
  held: 'hold',
  spent: 'spend',
  left: 'leave',
  began: 'begin',
  begun: 'begin',
  became: 'become',
  chose: 'choose',
  chosen: 'choose',
  spread: 'spread',
  men: 'men',
  women: 'women',
  people: 'people',
  data: 'data',
};

/** The forms an English word may be an inflection of, the word itself first: "recruited" → recruited, recruit, recruite… */
export function englishBases(word: string): string[] {
  const out = [word];
  if (IRREGULAR[word]) out.push(IRREGULAR[word]!);
  const undouble = (s: string) => (/([bdgklmnprt])\1$/.test(s) ? s.slice(0, -1) : s);
  if (word.endsWith('ies') && word.length > 4) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ied') && word.length > 4) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es') && word.length > 3) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) out.push(word.slice(0, -1));
  if (word.endsWith('ed') && word.length > 3) {
    const s = word.slice(0, -2);
    out.push(s, `${s}e`, undouble(s));
  }
  if (word.endsWith('ing') && word.length > 4) {
    const s = word.slice(0, -3);
    out.push(s, `${s}e`, undouble(s));
  }
  if (word.endsWith('er') && word.length > 4) out.push(word.slice(0, -2), word.slice(0, -1));
  return out;
}

/** English lookups: each word or phrase of the list (its words in their base form) → its concept. */
export const ENGLISH = (() => {
  const singles = new Set<string>();
  const phraseWords = new Set<string>();
  for (const c of CONCEPTS) {
    for (const e of c.en) {
      if (e.includes(' ')) for (const w of e.split(' ')) phraseWords.add(w);
      else singles.add(e);
    }
  }
  // A word's base: the first of its possible bases that is a word of the list (a word alone before a phrase's word).
  const base = (word: string): string => {
    const bases = englishBases(word);
    const found = bases.find((b) => singles.has(b)) ?? bases.find((b) => phraseWords.has(b));
    if (found) return found;
    // A word negated by its prefix is about what the word is about: "unclear" is about "clear".
    const negated = /^(?:un|in|non-?)(?=\w{4})/.exec(word);
    if (negated) {
      const positive = englishBases(word.slice(negated[0].length)).find((b) => singles.has(b));
      if (positive) return positive;
    }
    return word;
  };
  const toConcept = new Map<string, string>();
  for (const c of CONCEPTS) {
    for (const e of c.en) {
      const key = e.split(' ').map(base).join(' ');
      if (!toConcept.has(key)) toConcept.set(key, c.sv);
    }
  }
  const longest = Math.max(...[...toConcept.keys()].map((k) => k.split(' ').length));
  /** Whether a word (a hyphenated one: "co-financed", "day-to-day") is, in some form, a word of the list. */
  const knows = (word: string) => {
    const b = base(word);
    return singles.has(b) || phraseWords.has(b);
  };
  return { toConcept, base, knows, longest };
})();

/** The base form of an English word: the first of its possible bases the word list knows, else the word. */
export function englishBase(word: string): string {
  return ENGLISH.base(word);
}
