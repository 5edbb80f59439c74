import { z } from 'zod';

const DOCUMENT_TYPES = ['final_report', 'evaluation', 'progress_report', 'project_description', 'other'] as const;
const text = (max: number) => z.string().trim().min(1).max(max);
const year = z.coerce.number().int().min(1900).max(2100);
const sek = z.coerce.number().finite().min(0).max(1e13);

/** Query parameters of `GET /api/v1/search`; unknown parameters are refused so typos do not pass silently. */
export const searchQuerySchema = z
  .strictObject({
    q: z.string().max(500).default(''),
    owner: text(300).optional(),
    county: text(100).optional(),
    municipality: text(100).optional(),
    documentType: z.enum(DOCUMENT_TYPES).optional(),
    yearFrom: year.optional(),
    yearTo: year.optional(),
    budgetMin: sek.optional(),
    budgetMax: sek.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .refine((v) => v.yearFrom === undefined || v.yearTo === undefined || v.yearFrom <= v.yearTo, {
    path: ['yearFrom'],
    message: 'must not be after yearTo',
  })
  .refine((v) => v.budgetMin === undefined || v.budgetMax === undefined || v.budgetMin <= v.budgetMax, {
    path: ['budgetMin'],
    message: 'must not be above budgetMax',
  });

export type SearchQuery = z.infer<typeof searchQuerySchema>;
