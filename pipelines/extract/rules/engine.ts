/**
 * The rule engine. A rule is one row of a table: an id, the field it is for, where it looks, a pattern built
 * from named pieces (pieces.ts), how a match becomes a value, and the phrases it must catch (`says`, with the
 * value) and must leave alone (`not`). One generic test (rules.test.ts) runs every row's examples, so a new
 * phrasing is one row with its example beside it.
 */
import type { Source } from '../choice.js';
import { caseFolded, requiredLiterals } from './literals.js';

/** Where a rule looks: sentences of the running text, single lines (labels, fact boxes, covers), or the top lines of the first page. */
export type Scope = 'sentence' | 'line' | 'top';

export interface Rule<T = string> {
  /** Stable id, `<field>.<what>`; printed by `extract --why`. */
  id: string;
  field: string;
  /** What kind of evidence a match is; the confidence table in choice.ts is by source. */
  source: Source;
  scope: Scope;
  pattern: RegExp;
  /** Turns a match into the value, or null to leave it. Default: the `value` group, trimmed. */
  read?: (m: RegExpExecArray, text: string) => T | null;
  /** Phrases the rule must catch, each with the value it must give. */
  says: ReadonlyArray<readonly [string, T]>;
  /** Phrases the rule must leave alone. */
  not?: readonly string[];
  /** A line rule that reads a wrapped line with the line it runs on into (label rules always do). */
  wrapped?: boolean;
  /**
   * A cheap test every match passes (a word the pattern cannot do without): a text that fails it is not searched
   * with the pattern, whose scan from every position costs more.
   */
  needs?: RegExp;
}

/** A rule's hit in one text. */
export interface Hit<T> {
  value: T;
  /** The matched text. */
  match: string;
  index: number;
}

/**
 * Builds a pattern from literal parts and named pieces: rx`(?:${OWNER_NOUN})\s+är\s+${ORG}`. Pieces are
 * pattern sources (strings); the result is a Unicode RegExp, case-insensitive unless `flags` says otherwise.
 */
export function rx(strings: TemplateStringsArray, ...pieces: string[]): RegExp {
  return new RegExp(String.raw({ raw: strings.raw }, ...pieces), 'iu');
}

/** The same pattern, case-sensitive (for pieces that need capitals to mean a name starts). */
export function rxc(strings: TemplateStringsArray, ...pieces: string[]): RegExp {
  return new RegExp(String.raw({ raw: strings.raw }, ...pieces), 'u');
}

const GLOBAL = new WeakMap<RegExp, RegExp>();
function global(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBAL.set(re, g);
  }
  return g;
}

// A text longer than this is not one sentence or line: rules read at most this much of it, so every rule
// costs time linear in the document.
const MAX_TEXT = 2000;

// The lower-cased form of the texts rules read, kept while one document's rules run over them (each text is read by
// many rules). At most this many, each at most MAX_TEXT characters: a few megabytes at worst in a long-lived thread.
const LOWER_KEPT = 1024;
const LOWER = new Map<string, string>();
function lowerCased(t: string): string {
  let l = LOWER.get(t);
  if (l === undefined) {
    if (LOWER.size >= LOWER_KEPT) LOWER.clear();
    l = caseFolded(t);
    LOWER.set(t, l);
  }
  return l;
}

/** Whether a text holds a word of each set every match of the pattern holds one of (always, when the pattern names none). */
function mayMatch(pattern: RegExp, t: string): boolean {
  const sets = requiredLiterals(pattern);
  if (!sets) return true;
  const s = pattern.ignoreCase ? lowerCased(t) : t;
  return sets.every((lits) => lits.some((l) => s.includes(l)));
}

/** Every hit of a rule in a text, in order. */
export function hits<T>(rule: Rule<T>, text: string): Hit<T>[] {
  const t = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  if (rule.needs && !rule.needs.test(t)) return [];
  if (!mayMatch(rule.pattern, t)) return [];
  const re = global(rule.pattern);
  re.lastIndex = 0;
  const out: Hit<T>[] = [];
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (m[0] === '') re.lastIndex++;
    const value = rule.read ? rule.read(m, t) : ((m.groups?.value?.trim() || null) as T | null);
    if (value !== null && value !== undefined && value !== '') out.push({ value, match: m[0], index: m.index });
  }
  return out;
}

/** The first hit of a rule in a text, or null. */
export function firstHit<T>(rule: Rule<T>, text: string): Hit<T> | null {
  return hits(rule, text)[0] ?? null;
}
