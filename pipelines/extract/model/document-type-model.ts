/**
 * The kind of a document as a classifier trained on the labelled real texts reads it: from the words of its
 * first lines and of its first pages, stemmed by natural's Swedish stemmer (English words keep most of their
 * form under it, which is enough to tell them apart). It sees the whole style of a text (a news item's voice,
 * a report form's questions, an evaluator's vocabulary) where the rule table sees cue phrases, and it is
 * one candidate among the others: a value needs its own confidence or another source's agreement.
 */
import { PorterStemmerSv } from 'natural/lib/natural/stemmers/index.js';
import type { DocumentType } from '../../../shared/types/record.js';
import modelJson from '../data/document-type.model.json' with { type: 'json' };
import { classify, type LinearModel } from './linear.js';

/** The first characters of the text, read as its head (title, cover, headline). */
export const HEAD_CHARS = 300;
/** How much of the text is read at all: the start says what a document is; the cost stays bounded. */
export const BODY_CHARS = 6000;

const WORD = /\p{L}{3,}/gu;

/** The features of a text: the stems of its head's words marked `H:`, and the stems of its first pages. */
export function documentTypeFeatures(pages: readonly string[]): string[] {
  const text = pages.join('\n').slice(0, BODY_CHARS).toLowerCase();
  const out: string[] = [];
  for (const m of text.slice(0, HEAD_CHARS).matchAll(WORD)) out.push(`H:${PorterStemmerSv.stem(m[0])}`);
  for (const m of text.matchAll(WORD)) out.push(PorterStemmerSv.stem(m[0]));
  return out;
}

export const DOCUMENT_TYPE_MODEL = modelJson as LinearModel;

/** The most probable kind and its probability. */
export function classifyDocumentType(
  pages: readonly string[],
  model: LinearModel = DOCUMENT_TYPE_MODEL,
): { value: DocumentType; p: number } {
  const { label, p } = classify(model, documentTypeFeatures(pages));
  return { value: label as DocumentType, p };
}
