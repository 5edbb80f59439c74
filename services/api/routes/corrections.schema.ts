import { z } from 'zod';
import { THEMES } from '../../../shared/types/record.js';
import { DOCUMENT_TYPES } from './query-params.js';

const name = z.string().trim().min(1).max(300).nullable();
const list = z.array(z.string().trim().min(1).max(300)).max(200);
const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be YYYY-MM or YYYY-MM-DD')
  .nullable();
const sek = z.number().int().min(0).max(1e13).nullable();

/**
 * Fields an analyst may correct, keyed by the path used in the record. A correction replaces the
 * extracted value and survives re-extraction and reindex.
 */
export const correctionSchema = z
  .strictObject({
    projectName: name,
    documentType: z.enum(DOCUMENT_TYPES).nullable(),
    language: z.enum(['sv', 'en']),
    owner: name,
    diaryNumber: z.string().trim().min(1).max(100).nullable(),
    'period.start': month,
    'period.end': month,
    'budget.totalSek': sek,
    'budget.grantedSek': sek,
    county: name,
    municipalities: list,
    funders: list,
    programme: name,
    projectManager: name,
    lessonsLearned: z.array(z.string().trim().min(1).max(5000)).max(200),
    themes: z.array(z.enum(THEMES)).max(4),
    summary: z.string().trim().max(20_000).nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'give at least one field to correct' })
  .meta({
    id: 'Correction',
    description: 'Fields to correct, at least one; `null` (or an empty list) says the report gives no value.',
  });

export type Correction = z.infer<typeof correctionSchema>;

/** Accepts `{"period": {"start": …}}` as well as `{"period.start": …}`. */
export function flattenCorrection(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if ((k === 'period' || k === 'budget') && v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k2, v2] of Object.entries(v)) out[`${k}.${k2}`] = v2;
    } else out[k] = v;
  }
  return out;
}
