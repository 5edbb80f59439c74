/**
 * The texts of one document that rules read (its sentences, or its lines), with where each word a rule needs stands
 * in them. A rule is run only over the texts that hold a word of each set its pattern cannot match without
 * (literals.ts), found once for the document instead of tested in every text by every rule.
 */
import { lastAtOrBefore } from '../text.js';
import { caseFolded, requiredLiterals } from './literals.js';

// Between two texts when they are searched as one: no word a pattern names holds it.
const SEPARATOR = '\u0000';

/** Where each text starts in the texts joined by the separator. */
function startsOf(texts: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + SEPARATOR.length;
  }
  return starts;
}

export class TextIndex {
  private readonly joined: { text: string; starts: number[] };
  private folded: { text: string; starts: number[] } | null = null;
  private readonly found = new Map<string, number[]>();

  constructor(readonly texts: readonly string[]) {
    this.joined = { text: texts.join(SEPARATOR), starts: startsOf(texts) };
  }

  /**
   * The indices of the texts a pattern may match in, in order, or null when the pattern names no word (any text may
   * hold a match).
   */
  candidates(pattern: RegExp): number[] | null {
    const sets = requiredLiterals(pattern);
    if (!sets) return null;
    const ignoreCase = pattern.ignoreCase;
    let out: number[] | null = null;
    for (const set of sets) {
      const holding = new Set<number>();
      for (const literal of set) for (const i of this.holding(literal, ignoreCase)) holding.add(i);
      out = out ? out.filter((i) => holding.has(i)) : [...holding].sort((a, b) => a - b);
      if (!out.length) break;
    }
    return out ?? [];
  }

  /** The indices of the texts that hold a literal, in order. */
  private holding(literal: string, ignoreCase: boolean): number[] {
    const key = `${ignoreCase ? 'i' : 'c'}${literal}`;
    const known = this.found.get(key);
    if (known) return known;
    const { text, starts } = ignoreCase ? this.lowerCased() : this.joined;
    const out: number[] = [];
    for (let at = text.indexOf(literal); at >= 0; ) {
      const i = lastAtOrBefore(starts, at);
      out.push(i);
      const next = starts[i + 1];
      if (next === undefined) break;
      at = text.indexOf(literal, next);
    }
    this.found.set(key, out);
    return out;
  }

  // Each text lower-cased on its own: lower-casing may change a text's length, so the starts are counted again.
  private lowerCased(): { text: string; starts: number[] } {
    if (!this.folded) {
      const lower = this.texts.map(caseFolded);
      this.folded = { text: lower.join(SEPARATOR), starts: startsOf(lower) };
    }
    return this.folded;
  }
}
