/**
 * The words a pattern cannot match without. Read from the pattern's source: sets of literals such that every match
 * holds a literal of each set (lower-cased when the pattern ignores case), so a text that lacks one of the sets is not
 * searched with the pattern at all. Looking for a few words with `includes` costs far less than the pattern's scan from
 * every position of the text, and the answer is the same: the literals are read from the parts of the pattern every
 * match goes through, and look-arounds, anchors and classes only ever narrow what a match is, never what it must hold.
 */

/**
 * A text as a case-blind pattern reads it, for looking up the literals: lower-cased, and the archaic long s ("ſ", which
 * lower-casing leaves as it is) read as the "s" a case-blind pattern takes it for. Lengths are kept.
 */
export function caseFolded(text: string): string {
  return text.toLowerCase().replace(/ſ/gu, 's');
}

type Node =
  | { k: 'lit'; c: string }
  | { k: 'any' }
  | { k: 'empty' }
  | { k: 'seq'; xs: Node[] }
  | { k: 'alt'; xs: Node[] }
  | { k: 'rep'; x: Node; min: number; max: number };

class Unreadable extends Error {}

/** Parses a pattern's source into the little that tells which literals a match holds. */
function parse(src: string): Node {
  let i = 0;
  const alt = (): Node => {
    const branches: Node[] = [seq()];
    while (src[i] === '|') {
      i++;
      branches.push(seq());
    }
    return branches.length === 1 ? branches[0]! : { k: 'alt', xs: branches };
  };
  const seq = (): Node => {
    const xs: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const a = atom();
      const q = quantifier();
      if (q) {
        if (a.k === 'empty') throw new Unreadable('a quantified assertion');
        xs.push({ k: 'rep', x: a, ...q });
      } else xs.push(a);
    }
    return { k: 'seq', xs };
  };
  const quantifier = (): { min: number; max: number } | null => {
    const c = src[i];
    let q: { min: number; max: number } | null = null;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(i));
      if (!m) return null;
      const min = Number(m[1]);
      i += m[0].length;
      const max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      if (src[i] === '?') i++;
      return { min, max };
    }
    if (!q) return null;
    i++;
    if (src[i] === '?') i++;
    return q;
  };
  const atom = (): Node => {
    const c = src[i]!;
    if (c === '(') {
      i++;
      let assertion = false;
      if (src[i] === '?') {
        const head = src.slice(i, i + 3);
        if (head.startsWith('?:')) i += 2;
        else if (head.startsWith('?=') || head.startsWith('?!')) {
          i += 2;
          assertion = true;
        } else if (head === '?<=' || head === '?<!') {
          i += 3;
          assertion = true;
        } else if (head.startsWith('?<')) {
          const end = src.indexOf('>', i);
          if (end < 0) throw new Unreadable('a group name');
          i = end + 1;
        } else throw new Unreadable(`a group "${head}"`);
      }
      const inner = alt();
      if (src[i] !== ')') throw new Unreadable('an unclosed group');
      i++;
      return assertion ? { k: 'empty' } : inner;
    }
    if (c === '[') {
      i++;
      if (src[i] === '^') i++;
      if (src[i] === ']') i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      if (src[i] !== ']') throw new Unreadable('an unclosed class');
      i++;
      return { k: 'any' };
    }
    if (c === '^' || c === '$') {
      i++;
      return { k: 'empty' };
    }
    if (c === '.') {
      i++;
      return { k: 'any' };
    }
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) throw new Unreadable('a trailing backslash');
      if (n === 'b' || n === 'B') {
        i += 2;
        return { k: 'empty' };
      }
      if (n === 'p' || n === 'P') {
        const end = src.indexOf('}', i);
        if (end < 0) throw new Unreadable('a property escape');
        i = end + 1;
        return { k: 'any' };
      }
      if (n === 'k') {
        const end = src.indexOf('>', i);
        if (end < 0) throw new Unreadable('a back-reference');
        i = end + 1;
        return { k: 'any' };
      }
      if (n === 'u' || n === 'x' || n === 'c' || /[0-9dDwWsStnrfv]/.test(n)) {
        // A code point, a control, a back-reference or a class of characters: some character, not read further.
        i += 2;
        if (n === 'u' && src[i] === '{') i = src.indexOf('}', i) + 1;
        else if (n === 'u') i += 4;
        else if (n === 'x') i += 2;
        else if (n === 'c') i += 1;
        return { k: 'any' };
      }
      i += 2;
      return { k: 'lit', c: n };
    }
    if (c === ')' || c === '|') throw new Unreadable('an empty atom');
    // A code point outside the basic plane is two code units.
    const cp = src.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    return { k: 'lit', c: ch };
  };
  const node = alt();
  if (i !== src.length) throw new Unreadable('an unmatched parenthesis');
  return node;
}

// How many strings a finite reading may hold before it is no longer kept whole.
const MAX_STRINGS = 32;

interface Reading {
  /** Every string the node matches, when they are few; else null. */
  exact: string[] | null;
  /** Sets of literals: every match holds one literal of each set. */
  required: string[][];
}

const shortest = (xs: string[]): number => Math.min(...xs.map((x) => x.length));
/** Of sets of literals, the one whose shortest literal is longest (the likeliest to be rare), or null. */
function best(sets: string[][]): string[] | null {
  let out: string[] | null = null;
  for (const b of sets) if (!out || shortest(b) > shortest(out) || (shortest(b) === shortest(out) && b.length < out.length)) out = b;
  return out;
}
const uniq = (xs: string[]): string[] => [...new Set(xs)];
/** A finite reading as literals a match must hold: none if one of its strings is empty. */
const asRequired = (exact: string[] | null): string[][] => (exact?.every((s) => s.length > 0) ? [exact] : []);

/** Every string of `a` followed by every string of `b`, or null when they are too many to keep. */
function joined(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_STRINGS) return null;
  return uniq(a.flatMap((x) => b.map((y) => x + y)));
}

function read(n: Node): Reading {
  switch (n.k) {
    case 'lit':
      return { exact: [n.c], required: [[n.c]] };
    case 'empty':
      return { exact: [''], required: [] };
    case 'any':
      return { exact: null, required: [] };
    case 'rep': {
      const r = read(n.x);
      const exact = n.min === 0 && n.max === 1 && r.exact ? uniq(['', ...r.exact]) : n.min === 1 && n.max === 1 ? r.exact : null;
      return { exact, required: n.min >= 1 ? [...r.required, ...asRequired(r.exact)] : [] };
    }
    case 'alt': {
      // A match goes through one branch: it holds a literal of that branch's best set.
      const rs = n.xs.map(read);
      const exact = rs.every((r) => r.exact) ? uniq(rs.flatMap((r) => r.exact!)) : null;
      const each = rs.map((r) => best([...r.required, ...asRequired(r.exact)]));
      return {
        exact: exact && exact.length <= MAX_STRINGS ? exact : null,
        required: each.every((x) => x) ? [uniq(each.flatMap((x) => x!))] : [],
      };
    }
    case 'seq': {
      // A match goes through every part: it holds a literal of each part's sets, and of each run of finite parts,
      // their strings joined ("projekt" + "(?:et)?" reads as "projekt" or "projektet").
      const required: string[][] = [];
      let run: string[] | null = [''];
      let whole: string[] | null = [''];
      for (const x of n.xs) {
        const r = read(x);
        if (r.exact) {
          const next: string[] | null = run ? joined(run, r.exact) : r.exact;
          if (next) run = next;
          else {
            // Too many strings: the run so far is still one a match must hold; a new run starts here.
            required.push(...asRequired(run));
            run = r.exact;
          }
          whole = whole ? joined(whole, r.exact) : null;
        } else {
          required.push(...asRequired(run), ...r.required);
          run = null;
          whole = null;
        }
      }
      required.push(...asRequired(run));
      return { exact: whole, required };
    }
  }
}

// A literal this short is in almost every text: no help in setting texts aside.
const MIN_LENGTH = 3;
// How many sets a text is tested against at most: the likeliest to be rare first.
const MAX_SETS = 4;

const CACHE = new WeakMap<RegExp, string[][] | null>();

/**
 * Sets of literals such that every match of `re` holds a literal of each set (lower-cased if `re` ignores case), or
 * null when the pattern does not tell (a class or a property at every step, or a source this reader does not follow).
 */
export function requiredLiterals(re: RegExp): string[][] | null {
  if (CACHE.has(re)) return CACHE.get(re)!;
  let out: string[][] | null = null;
  try {
    const r = read(parse(re.source));
    const fold = (xs: string[]): string[] => uniq(re.flags.includes('i') ? xs.map((l) => l.toLowerCase()) : xs);
    const seen = new Set<string>();
    const sets = [...r.required, ...asRequired(r.exact)]
      .filter((x) => shortest(x) >= MIN_LENGTH)
      .map(fold)
      .filter((x) => {
        const k = [...x].sort().join('\u0000');
        return !seen.has(k) && seen.add(k);
      })
      .sort((a, b) => shortest(b) - shortest(a) || a.length - b.length)
      .slice(0, MAX_SETS);
    if (sets.length) out = sets;
  } catch (e) {
    if (!(e instanceof Unreadable)) throw e;
  }
  CACHE.set(re, out);
  return out;
}
