/** A value one CSV cell can hold; null and undefined are written as empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

/** Text a spreadsheet would run as a formula (or as DDE) when it opens the file. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break, with quotes
 * doubled. Text that starts like a formula is prefixed with an apostrophe, so a name typed as
 * `=HYPERLINK(…)` shows as text in Excel or LibreOffice instead of running.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record with its CRLF line ending. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
