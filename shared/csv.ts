/** Field separators a CSV export can use: `;` is what Excel expects in Swedish (and most European) settings. */
export const CSV_DELIMITERS = { semicolon: ';', comma: ',' } as const;
export type CsvDelimiter = keyof typeof CSV_DELIMITERS;

/** Makes Excel read the file as UTF-8 (å, ä, ö) when it is opened with a double click. */
export const UTF8_BOM = '\uFEFF';

// What a spreadsheet may take for the start of a formula (OWASP's list, plus the full-width forms some
// locales accept), and what makes a cell need quotes under either separator.
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * One CSV cell (RFC 4180). Text a spreadsheet would run as a formula (=, +, -, @, tab or a line break
 * first) gets a leading apostrophe and quotes, as OWASP advises, so an exported lesson cannot execute
 * anything when opened. Cells holding either separator are quoted, so a file reads right with both.
 * Numbers are written as they are: a number is never a formula.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const s = Array.isArray(value) ? value.join('; ') : String(value);
  if (FORMULA_START.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line, CRLF-terminated as the RFC asks. */
export function csvLine(values: readonly unknown[], delimiter: CsvDelimiter = 'comma'): string {
  return `${values.map(csvCell).join(CSV_DELIMITERS[delimiter])}\r\n`;
}

/** A CSV document with a header row. */
export function toCsv(columns: readonly string[], rows: Record<string, unknown>[], delimiter: CsvDelimiter = 'comma'): string {
  return (
    csvLine(columns, delimiter) +
    rows
      .map((r) =>
        csvLine(
          columns.map((c) => r[c]),
          delimiter,
        ),
      )
      .join('')
  );
}
