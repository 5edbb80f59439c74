/**
 * A lesson's terms for grouping: its content words in one vocabulary whatever language or form they were
 * written in. English words are read as their Swedish words (lexicon.ts), Swedish compounds are split into
 * their parts ("styrgruppsmötena" → styrgrupp + möte), and every word is stemmed (natural's Swedish and
 * English Porter stemmers, through shared/nlp/terms.ts's adapter).
 */
import { REPORT_WORDS, stem } from '../nlp/terms.js';
import { EN_TO_SV, SV_SAME } from './lexicon.js';

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
  "project's",
  'att',
  'det',
  'gav',
  'ger',
  'bör',
  'borde',
  'behövde',
  'måste',
  'kan',
  'hade',
  'blev',
  'mer',
  'andra',
  'alla',
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
  'utan',
  'kom igång sent',
  'kom in för sent',
  'kom',
  'komma',
  'kommer',
  'gjorde',
  'gjort',
  'göra',
  'tog',
  'tar',
  'fick',
  'gick',
  'ledde',
  'took',
  'made',
  'got',
  'came',
  'led',
  'would',
  'must',
  'them',
  'when',
  'than',
  'there',
  'what',
  'how',
  'our',
  'we',
  'us',
  'all',
  'other',
  'so',
  'because',
  'only',
  'well',
  'very',
  'much',
  'many',
  'after',
  'before',
  'during',
  'is',
  'it',
  'be',
  'need',
  'needed',
  'make',
]);

const EN_MARKERS = new Set(['the', 'and', 'of', 'to', 'is', 'was', 'were', 'with', 'for', 'are', 'be', 'that', 'it', 'in']);
const SV_MARKERS = new Set(['och', 'att', 'det', 'som', 'är', 'för', 'med', 'av', 'på', 'en', 'ett', 'var', 'till', 'i']);

/** 'en' when a lesson reads as English (more English than Swedish function words), else 'sv'. */
export function lessonLanguage(text: string): 'sv' | 'en' {
  let en = 0;
  let sv = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (EN_MARKERS.has(w)) en++;
    if (SV_MARKERS.has(w)) sv++;
  }
  return en > sv ? 'en' : 'sv';
}

// Nominal endings the Swedish Porter stemmer leaves: "förankring"/"förankra" and "rekrytering"/"rekrytera"
// stem apart without this.
const DERIVATION = /(?:ering|ning|ing)$/;

function stemOf(word: string, language: 'sv' | 'en', options: AnalysisOptions): string {
  let s = stem(word, language);
  if (language === 'sv' && options.derivations && s.length >= 8 && DERIVATION.test(s)) s = s.replace(DERIVATION, '');
  if (language === 'sv' && options.derivations && s.length >= 6 && /er$/.test(s)) s = s.slice(0, -2);
  return s;
}

/**
 * Splits Swedish compounds into parts that are words of their own. The known parts are the stems of the
 * words seen in the lessons (and in the lexicon), so the vocabulary grows with the reports.
 */
export class CompoundSplitter {
  private readonly known = new Set<string>();

  /** Adds the words of texts to the known parts. */
  learn(words: Iterable<string>): void {
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
  split(word: string, depth = 0): string[] {
    if (word.length < 7 || depth > 3) return [word];
    for (let i = word.length - 3; i >= 3; i--) {
      const head = this.asPart(word.slice(0, i), true);
      if (!head) continue;
      const tail = word.slice(i);
      if (this.asPart(tail, false)) return [...this.split(head, depth + 1), tail];
      const rest = this.split(tail, depth + 1);
      if (rest.length > 1) return [...this.split(head, depth + 1), ...rest];
    }
    return [word];
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

/** The words of a text, lower case, English phrases and Swedish synonyms read as their Swedish word when asked. */
export function lessonWords(
  text: string,
  options: AnalysisOptions = DEFAULT_ANALYSIS,
  language: 'sv' | 'en' = lessonLanguage(text),
): { words: string[]; language: 'sv' | 'en' } {
  let lower = text.toLowerCase().replace(/[’']/g, "'");
  if (options.lexicon && language === 'en') {
    for (const phrase of PHRASES) lower = lower.replaceAll(phrase, ` ${EN_TO_SV[phrase]} `);
  }
  const out: string[] = [];
  for (const raw of lower.match(/\p{L}[\p{L}-]*/gu) ?? []) {
    for (const part of raw.split('-')) {
      if (part.length < 2 || LESSON_WORDS.has(part)) continue;
      let w = part;
      if (options.lexicon && language === 'en' && EN_TO_SV[w]) w = EN_TO_SV[w]!;
      if (options.lexicon) w = SV_SAME[w] ?? w;
      for (const piece of w.split(' ')) if (piece.length >= 2 && !LESSON_WORDS.has(piece)) out.push(piece);
    }
  }
  return { words: out, language };
}

// Multi-word English phrases, longest first, so "project manager" is read before "manager".
const PHRASES = Object.keys(EN_TO_SV)
  .filter((k) => k.includes(' ') || k.includes('-'))
  .sort((a, b) => b.length - a.length);

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
  const { words, language } = lessonWords(text, options, as);
  const out: LessonTerm[] = [];
  for (const w of words) {
    // A word read from English is Swedish by now (from the lexicon) when it has å/ä/ö or was mapped.
    const lang: 'sv' | 'en' =
      language === 'en' && !options.lexicon ? 'en' : language === 'en' && !/[åäö]/.test(w) && !MAPPED.has(w) ? 'en' : 'sv';
    // A word the lexicon gave is whole as it is.
    const parts = options.compounds && splitter && lang === 'sv' && !MAPPED.has(w) ? splitter.split(w) : [w];
    if (parts.length > 1 && options.keepWhole) out.push({ stem: stemOf(w, lang, options), word: w });
    for (const p of parts) {
      const s = stemOf(SV_SAME[p] ?? p, lang, options);
      if (s.length >= 2) out.push({ stem: s, word: p });
    }
  }
  return out;
}

const MAPPED = new Set([...Object.values(EN_TO_SV).flatMap((v) => v.split(' ')), ...Object.values(SV_SAME).flatMap((v) => v.split(' '))]);
