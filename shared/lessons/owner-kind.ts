/** The kinds of project owner a lesson group is counted by. */
export const OWNER_KINDS = ['municipality', 'region', 'association', 'company', 'university', 'other'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

// Checked in this order: "Kommunförbundet" is an association, not a municipality; "Regionförbundet" a region.
const RULES: [OwnerKind, RegExp][] = [
  ['university', /universitet|högskola|högskolan|lärosäte|university|college|institute of technology/i],
  ['company', /\b(?:AB|HB|KB|Ltd|Oy|AS|GmbH|Inc)\b|aktiebolag|consulting/i],
  ['region', /^region\b|\bregionen\b|regionförbund|landsting|länsstyrelse|county (?:council|administrative)/i],
  ['association', /förening|förbund|stiftelse|kooperativ|association|foundation|leader\b|\bLAG\b|sällskap|nätverket/i],
  ['municipality', /kommun\b|kommunen\b|\bstad\b|\bstaden\b|municipality|city of/i],
];

/** The kind of a project owner, read from its name ("Ludvika kommun" → municipality); 'other' when none fits. */
export function ownerKind(owner: string | null): OwnerKind {
  if (!owner) return 'other';
  for (const [kind, re] of RULES) if (re.test(owner)) return kind;
  return 'other';
}
