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
export function cmp(attribute: string, op: '=' | '>=' | '<=' | '>' | '<', value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return `${attribute} ${op} ${value}`;
}

/** `attr IN ["a", "b"]`, every value escaped. */
export function inList(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`;
}

/** Documents with no value for the attribute (null, or the field missing). */
export function isEmpty(attribute: string): string {
  return `(${attribute} IS NULL OR ${attribute} NOT EXISTS)`;
}

/** Documents with a value for the attribute. */
export function hasValue(attribute: string): string {
  return `(${attribute} EXISTS AND ${attribute} IS NOT NULL)`;
}

/** One key of an ordering: an attribute and its direction. */
export interface SortKey {
  attribute: string;
  direction: 'asc' | 'desc';
}

function compare(attribute: string, op: '=' | '>' | '<', value: unknown): string {
  if (typeof value === 'string') return `${attribute} ${op} ${quoteFilterValue(value)}`;
  if (typeof value === 'number' && Number.isFinite(value)) return `${attribute} ${op} ${value}`;
  throw new Error(`no value of ${attribute} to page after: ${JSON.stringify(value)}`);
}

/**
 * The documents that come after `last` in the order of `keys` (keyset paging): greater on the first key,
 * or equal on it and greater on the next, and so on (smaller where a key is descending). Every key needs
 * a value in `last`, and the keys together must tell documents apart.
 */
export function keysetAfter(keys: readonly SortKey[], last: Record<string, unknown>): string {
  const clauses = keys.map((key, i) =>
    [
      ...keys.slice(0, i).map((k) => compare(k.attribute, '=', last[k.attribute])),
      compare(key.attribute, key.direction === 'asc' ? '>' : '<', last[key.attribute]),
    ].join(' AND '),
  );
  return clauses.length === 1 ? clauses[0]! : clauses.map((c) => `(${c})`).join(' OR ');
}
