/**
 * Quotes a user-supplied value for a Meilisearch filter expression. Inside double quotes Meilisearch
 * reads `\"` as a quote and `\\` as a backslash, so escaping those two keeps any input a plain value.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `attr = "value"` with the value escaped; the attribute name must come from our own code, never from input. */
export function eq(attribute: string, value: string): string {
  return `${attribute} = ${quoteFilterValue(value)}`;
}

/** `attr op number`, for numbers already validated as finite. */
export function cmp(attribute: string, op: '>=' | '<=' | '>' | '<', value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return `${attribute} ${op} ${value}`;
}
