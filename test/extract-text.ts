/** Extraction of plain page texts with no PDF metadata, for the tests that show a field's reading of a phrase. */
import { explainRecord, extractRecord } from '../pipelines/extract/extract-record.js';

export const NO_INFO = { title: null, author: null, creator: null, producer: null };

/** The record extracted from page texts. */
export const recordOf = (...pages: string[]) => extractRecord({ pages, info: NO_INFO });

/** The record as the rules read it, before the trained second readings (the verifier, the name ranker) weigh it. */
export const rulesRecordOf = (...pages: string[]) => explainRecord({ pages, info: NO_INFO }, { verify: false }).record;

/** The record and every field's choice, from page texts. */
export const explainText = (...pages: string[]) => explainRecord({ pages, info: NO_INFO });
