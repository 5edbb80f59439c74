/**
 * A lesson's terms for grouping: its content words in one vocabulary whatever language or form they were
 * written in. English words and phrases are read as their Swedish concept and Swedish synonyms as one
 * (the word list, lexicon-words.ts), Swedish compounds are split into their parts ("styrgruppsmötena" →
 * styrgrupp + möte), and every word is stemmed (natural's Swedish and English Porter stemmers, through
 * shared/nlp/terms.ts's adapter, with the Swedish endings that stemmer keeps taken off).
 */
import { REPORT_WORDS, stem } from '../nlp/terms.js';
import { CONCEPTS, ENGLISH, englishBase } from './lexicon.js';

/** Choices the analysis can be run with; each is measured by `npm run eval:groups`. */
export interface AnalysisOptions {
  /** Split Swedish compounds into parts known from the vocabulary. */
  compounds: boolean;
  /** Also keep the whole compound beside its parts. */
  keepWhole: boolean;
  /** Read English words as their Swedish words, and Swedish synonyms as one. */
  lexicon: boolean;
  /** Strip Swedish nominal endings the Porter stemmer keeps ("förankring" → "förankr"). */
  derivations: boolean;
}

/** The options the product runs with (chosen by the threshold and option sweep). */
export const DEFAULT_ANALYSIS: AnalysisOptions = { compounds: true, keepWhole: false, lexicon: true, derivations: true };

// Words every lesson uses; they say nothing about what a lesson says.
const LESSON_WORDS = new Set([
  ...REPORT_WORDS,
  'att',
  'det',
  'gav',
  'ger',
  'ge',
  'bör',
  'borde',
  'behövde',
  'behövs',
  'behövts',
  'måste',
  'kan',
  'hade',
  'ha',
  'haft',
  'blev',
  'blivit',
  'mer',
  'andra',
  'annan',
  'annat',
  'alla',
  'allt',
  'sin',
  'sitt',
  'sina',
  'när',
  'eftersom',
  'vilket',
  'redan',
  'dock',
  'samt',
  'mellan',
  'bland',
  'utan',
  'kom',
  'komma',
  'kommer',
  'gjorde',
  'gjort',
  'göra',
  'gör',
  'tog',
  'tar',
  'ta',
  'fick',
  'få',
  'gick',
  'går',
  'ledde',
  'lett',
  'leda',
  'vi',
  'man',
  'också',
  'dels',
  'helt',
  'lite',
  'väl',
  'sätt',
  'del',
  'delen',
  'enligt',
  'inför',
  'kring',
  'även',
  'vissa',
  'viss',
  'fler',
  'flera',
  'mest',
  'mindre',
  'större',
  'stor',
  'stort',
  'stora',
  'ny',
  'nya',
  'nytt',
  'finnas',
  'funnits',
  'kunna',
  'kunnat',
  'därmed',
  'alltför',
  'varje',
  'medan',
  'faktiskt',
  'samma',
  'hela',
]);

// English words that say nothing of what a lesson is about: function words, auxiliaries, light verbs.
const ENGLISH_STOP = new Set([
  ...REPORT_WORDS,
  ...'a about above after again against all also although am among an and any are as at be because been before being below between both but by can could did do does doing done down during each either else enough even ever every few for from further get gets getting give gives go goes going had has have having he her here hers him his how however i if in into is it its itself just least less let like may me might more most much must my no nor not now of off on once one only or other others otherwise our ours out over per put quite rather really same see seem several shall she should since so some something such than that the their theirs them then there therefore these they thing things this those though through thus to too toward towards under until up upon us very via was we well were what when where whether which while who whom whose why will with within would yet you your make made take took taken become became come came lead led need needed needing new many someone way ways do also already order able part prove proved proven'.split(
    ' ',
  ),
]);

const EN_MARKERS = new Set(
  'the and of to is was were with for are be that it have has had not this should would could they we our been when which than from an a but into who there its their as on at more'.split(
    ' ',
  ),
);
const SV_MARKERS = new Set(
  'och att det som är för med av på en ett var till i inte har ha hade när vi de den om ska kan blev sig borde redan'.split(' '),
);

/** 'en' when a lesson reads as English (more English than Swedish function words; a word with å, ä or ö is Swedish), else 'sv'. */
export function lessonLanguage(text: string): 'sv' | 'en' {
  let en = 0;
  let sv = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (EN_MARKERS.has(w)) en++;
    if (SV_MARKERS.has(w) || /[åäö]/.test(w)) sv++;
  }
  return en > sv ? 'en' : 'sv';
}

// Nominal endings the Swedish Porter stemmer leaves: "förankring"/"förankra" and "rekrytering"/"rekrytera"
// stem apart without this.
const DERIVATION = /(?:ering|ning|ing)$/;

// Stems by language and options: a lesson's words are few, and every update reads every lesson again.
const stemCache = new Map<string, string>();

function stemOf(word: string, language: 'sv' | 'en', options: AnalysisOptions): string {
  const key = `${language}${options.derivations ? '+' : '-'}${word}`;
  let s = stemCache.get(key);
  if (s === undefined) {
    s = stemUncached(word, language, options);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(key, s);
  }
  return s;
}

function stemUncached(word: string, language: 'sv' | 'en', options: AnalysisOptions): string {
  let s = stem(word, language);
  if (language !== 'sv' || !options.derivations) return s;
  if (s.length >= 8 && DERIVATION.test(s)) s = s.replace(DERIVATION, '');
  if (s.length >= 6 && /er$/.test(s)) s = s.slice(0, -2);
  return s;
}

/** Swedish lookups of the word list: each listed form, and the stem of each form, to its concept. */
interface SwedishLookup {
  exact: Map<string, string>;
  stems: Map<string, string>;
  phrases: Map<string, string>;
}

const swedishLookups = new Map<boolean, SwedishLookup>();

// A stem claimed by two concepts reads as neither (its listed forms still do), except a concept's own name (the
// first concept's, where two names share a stem: "lärande" and "lärare" both stem to "lär").
function swedishLookup(options: AnalysisOptions): SwedishLookup {
  const cached = swedishLookups.get(options.derivations);
  if (cached) return cached;
  const exact = new Map<string, string>();
  const claims = new Map<string, Set<string>>();
  const phrases = new Map<string, string>();
  const own = new Map<string, string>();
  for (const c of CONCEPTS) {
    for (const w of [c.sv, ...c.synonyms]) {
      if (w.includes(' ')) {
        const key = w.split(' ').map((x) => stemOf(x, 'sv', options));
        if (w !== c.sv) phrases.set(key.join(' '), c.sv);
        continue;
      }
      if (!exact.has(w)) exact.set(w, c.sv);
      const s = stemOf(w, 'sv', options);
      if (w === c.sv && !own.has(s)) own.set(s, c.sv);
      claims.set(s, new Set([...(claims.get(s) ?? []), c.sv]));
    }
  }
  const stems = new Map<string, string>();
  for (const [s, cs] of claims) if (own.has(s) || cs.size === 1) stems.set(s, own.get(s) ?? [...cs][0]!);
  const lookup = { exact, stems, phrases };
  swedishLookups.set(options.derivations, lookup);
  return lookup;
}

const ENDINGS = ['erna', 'arna', 'orna', 'na', 'et', 'en', 'n', 't', 's'];

/** The concept a Swedish word is read as (its listed form, else its stem), or null. */
function swedishConcept(word: string, options: AnalysisOptions): string | null {
  const { exact, stems } = swedishLookup(options);
  const stemmed = stemOf(word, 'sv', options);
  // A doubled end the stemmer leaves: "gemensamma" → "gemensamm", as "gemensam".
  const found = exact.get(word) ?? stems.get(stemmed) ?? (/([^aeiouyåäö])\1$/.test(stemmed) ? stems.get(stemmed.slice(0, -1)) : undefined);
  if (found) return found;
  // A word negated by its prefix is about what the word is about: "otydlig" is about "tydlig".
  if (word.startsWith('o') && word.length >= 6) {
    const concept = exact.get(word.slice(1)) ?? stems.get(stemOf(word.slice(1), 'sv', options));
    if (concept) return concept;
  }
  // A form the stemmer reads apart: the word without an ending it kept ("ledamöterna" → "ledamöter").
  for (const ending of ENDINGS) {
    if (word.length - ending.length < 4 || !word.endsWith(ending)) continue;
    const bare = word.slice(0, -ending.length);
    const concept = exact.get(bare) ?? stems.get(stemOf(bare, 'sv', options));
    if (concept) return concept;
  }
  return null;
}

/**
 * Splits Swedish compounds into parts that are words of their own. The known parts are the stems of the
 * words seen in the lessons and in the word list, so the vocabulary grows with the reports.
 */
export class CompoundSplitter {
  private readonly known = new Set<string>();

  constructor(options: { lexicon: boolean } = { lexicon: true }) {
    if (options.lexicon) this.learn(CONCEPTS.flatMap((c) => [c.sv, ...c.synonyms]).flatMap((w) => w.split(' ')));
  }

  // Splits made since the known parts last grew.
  private readonly splits = new Map<string, string[]>();

  /** Adds the words of texts to the known parts. */
  learn(words: Iterable<string>): void {
    this.splits.clear();
    for (const w of words) {
      if (w.length >= 3 && !LESSON_WORDS.has(w)) {
        this.known.add(w);
        const s = stem(w, 'sv');
        this.known.add(s);
        this.known.add(stem(s, 'sv'));
      }
    }
  }

  /** Whether a word is a known part. */
  knows(word: string): boolean {
    return this.known.has(word);
  }

  /**
   * The parts of a word, or the word alone: "styrgruppsmöten" → ["styrgrupp", "möten"]. A head is a known
   * word (with or without a linking s); a tail is a known word or its stem, or splits again. Parts have at
   * least 3 letters; the split with the longest head wins.
   */
  split(word: string): string[] {
    let parts = this.splits.get(word);
    if (!parts) {
      parts = this.splitAt(word, 0);
      this.splits.set(word, parts);
    }
    return parts;
  }

  private splitAt(word: string, depth: number): string[] {
    // A part that is a word of its own stays whole: "styrgrupps-" is styrgrupp, not styr + grupp.
    if (word.length < 7 || depth > 3 || (depth > 0 && this.isWord(word))) return [word];
    // The word's own stem is no head: "sommaren" is not "somm" + "aren".
    const own = stem(word, 'sv');
    for (let i = word.length - 3; i >= 3; i--) {
      const head = this.asPart(word.slice(0, i), true);
      if (!head || head === own || stem(head, 'sv') === own) continue;
      const tail = word.slice(i);
      if (this.asPart(tail, false)) return [...this.splitAt(head, depth + 1), tail];
      const rest = this.splitAt(tail, depth + 1);
      if (rest.length > 1) return [...this.splitAt(head, depth + 1), ...rest];
    }
    return [word];
  }

  // Whether a piece is a known word as it is (or with a linking s, or by its stem).
  private isWord(piece: string): boolean {
    const forms = piece.endsWith('s') ? [piece, piece.slice(0, -1)] : [piece];
    return forms.some((f) => this.known.has(f) || this.known.has(stem(f, 'sv')));
  }

  // The known word a piece is, or null. A head may carry a linking s ("styrgrupps-") or have lost its final e
  // ("projektledar-" of "projektledare"); any piece may be inflected ("mötena": its stem's stem is "möt").
  private asPart(piece: string, head: boolean): string | null {
    const forms = head && piece.endsWith('s') && piece.length > 3 ? [piece, piece.slice(0, -1)] : [piece];
    // A tail in its definite form ("bytet", "mötena") is its word without the article ending.
    const bare = /(?:et|en|na)$/.exec(piece);
    if (!head && bare && piece.length >= 5) forms.push(piece.slice(0, -2));
    for (const f of forms) {
      if (this.known.has(f)) return f;
      if (head && this.known.has(`${f}e`)) return `${f}e`;
      const s1 = stem(f, 'sv');
      if (s1.length >= 3 && (this.known.has(s1) || this.known.has(stem(s1, 'sv')))) return f;
    }
    return null;
  }
}

/** A word of a lesson as read: Swedish (as written, or the concept an English word was read as) or English. */
interface Reading {
  word: string;
  language: 'sv' | 'en';
}

// "needs to be adapted" is a verb, "the companies' needs" the noun.
const isVerbNeed = (tokens: string[], i: number) => tokens[i] === 'needs' && tokens[i + 1] === 'to';

// English: the longest phrase of the word list at each place (by the words' base forms), else the word.
function readEnglish(tokens: string[], options: AnalysisOptions, out: Reading[]): void {
  const bases = tokens.map(englishBase);
  for (let i = 0; i < tokens.length; ) {
    let n = options.lexicon ? Math.min(ENGLISH.longest, tokens.length - i) : 0;
    for (; n >= 1; n--) {
      const concept = ENGLISH.toConcept.get(bases.slice(i, i + n).join(' '));
      if (!concept || (n === 1 && (ENGLISH_STOP.has(tokens[i]!) || isVerbNeed(tokens, i)))) continue;
      for (const w of concept.split(' ')) out.push({ word: w, language: 'sv' });
      break;
    }
    if (n >= 1) {
      i += n;
      continue;
    }
    const t = tokens[i++]!;
    if (!ENGLISH_STOP.has(t) && !ENGLISH_STOP.has(englishBase(t))) out.push({ word: t, language: 'en' });
  }
}

// Swedish: a phrase of the word list ("följa upp"), else the word; stop words left out.
function readSwedish(tokens: string[], options: AnalysisOptions, out: Reading[]): void {
  const { phrases } = swedishLookup(options);
  for (let i = 0; i < tokens.length; i++) {
    if (options.lexicon && i + 1 < tokens.length) {
      const concept = phrases.get(`${stemOf(tokens[i]!, 'sv', options)} ${stemOf(tokens[i + 1]!, 'sv', options)}`);
      if (concept) {
        for (const w of concept.split(' ')) out.push({ word: w, language: 'sv' });
        i++;
        continue;
      }
    }
    if (!LESSON_WORDS.has(tokens[i]!)) out.push({ word: tokens[i]!, language: 'sv' });
  }
}

function readLesson(text: string, options: AnalysisOptions, language: 'sv' | 'en'): Reading[] {
  const lower = text.toLowerCase().replace(/[’']/g, "'");
  const tokens: string[] = [];
  for (const raw of lower.match(/\p{L}[\p{L}-]*/gu) ?? []) {
    // "co-financing" is a word of the list; "Växtzon-projektet" is two words.
    if (language === 'en' && options.lexicon && raw.includes('-') && ENGLISH.knows(raw)) tokens.push(raw);
    else tokens.push(...raw.split('-').filter((p) => p.length >= 2));
  }
  const out: Reading[] = [];
  if (language === 'en') readEnglish(tokens, options, out);
  else readSwedish(tokens, options, out);
  return out.filter((r) => r.word.length >= 2 && !LESSON_WORDS.has(r.word));
}

/** The words of a text, lower case, English words and phrases read as their Swedish concept when asked. */
export function lessonWords(
  text: string,
  options: AnalysisOptions = DEFAULT_ANALYSIS,
  language: 'sv' | 'en' = lessonLanguage(text),
): { words: string[]; language: 'sv' | 'en' } {
  return { words: readLesson(text, options, language).map((r) => r.word), language };
}

/** A term of a lesson: the stem compared, and the word it was read from (shown in a group's label). */
export interface LessonTerm {
  stem: string;
  word: string;
}

/** The terms of one lesson (read as `as` when given, else in the language it reads as). */
export function lessonTerms(
  text: string,
  splitter: CompoundSplitter | null,
  options: AnalysisOptions = DEFAULT_ANALYSIS,
  as?: 'sv' | 'en',
): LessonTerm[] {
  const language = as ?? lessonLanguage(text);
  const out: LessonTerm[] = [];
  for (const r of readLesson(text, options, language)) {
    if (r.language === 'en') {
      const s = stemOf(r.word, 'en', options);
      if (s.length >= 2) out.push({ stem: s, word: r.word });
      continue;
    }
    // A word of the list is its concept; any other word may be a compound of words that are.
    const whole = options.lexicon ? swedishConcept(r.word, options) : null;
    const parts = whole ? whole.split(' ') : options.compounds && splitter ? splitter.split(r.word) : [r.word];
    if (parts.length > 1 && options.keepWhole && !whole) out.push({ stem: stemOf(r.word, 'sv', options), word: r.word });
    for (const p of parts) {
      const concept = options.lexicon ? (swedishConcept(p, options) ?? p) : p;
      for (const piece of concept.split(' ')) {
        if (LESSON_WORDS.has(piece)) continue;
        const s = stemOf(piece, 'sv', options);
        if (s.length >= 2) out.push({ stem: s, word: whole ? r.word : p });
      }
    }
  }
  return out;
}
