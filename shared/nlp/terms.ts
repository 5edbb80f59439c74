/**
 * Adapter for `natural`'s stemmers and TF-IDF, used for similarity between reports. Imports
 * submodules only: the package root loads storage back-ends that read `.env` files and print to stdout.
 */
import { TfIdf } from 'natural/lib/natural/tfidf/index.js';
import { PorterStemmer, PorterStemmerSv } from 'natural/lib/natural/stemmers/index.js';
import { STOP_WORDS } from '../../pipelines/index/swedish-search.js';

/** Words every report uses; they say nothing about what a project is about. */
export const REPORT_WORDS = new Set([
  ...STOP_WORDS,
  'projekt',
  'projektet',
  'projekten',
  'projektets',
  'project',
  'projects',
  'rapport',
  'rapporten',
  'genomförts',
  'genomfördes',
  'arbete',
  'arbetet',
  'inom',
  'både',
  'mycket',
  'behöver',
  'kunde',
  'skulle',
  'finns',
  'fanns',
  'varit',
  'också',
  'många',
  'flera',
  'olika',
  'viktigt',
  'will',
  'have',
  'has',
  'had',
  'not',
  'but',
  'can',
  'could',
  'should',
  'their',
  'they',
  'which',
  'more',
  'also',
]);

/** A term: its stem (what is compared) and the word it was read from (what is shown). */
export interface Term {
  stem: string;
  word: string;
}

/** One word's stem by natural's Porter stemmer for the language ('en' English, anything else Swedish). */
export function stem(word: string, language: string): string {
  return (language === 'en' ? PorterStemmer : PorterStemmerSv).stem(word);
}

/** Content words of a text, stemmed for its language. */
export function termsOf(text: string, language: string): Term[] {
  const stemmer = language === 'en' ? PorterStemmer : PorterStemmerSv;
  const out: Term[] = [];
  for (const raw of text.toLowerCase().match(/[\p{L}][\p{L}-]{2,}/gu) ?? []) {
    if (REPORT_WORDS.has(raw)) continue;
    const stem = stemmer.stem(raw);
    if (stem.length >= 3) out.push({ stem, word: raw });
  }
  return out;
}

/** TF-IDF weight vectors (stem → weight) of documents given as term lists, IDF taken over these documents. */
export function tfidfVectors(docs: Term[][]): Map<string, number>[] {
  const tfidf = new TfIdf();
  for (const d of docs) tfidf.addDocument(d.map((t) => t.stem));
  return docs.map((_, i) => {
    const v = new Map<string, number>();
    for (const { term, tfidf: w } of tfidf.listTerms(i)) if (w > 0) v.set(term, w);
    return v;
  });
}
