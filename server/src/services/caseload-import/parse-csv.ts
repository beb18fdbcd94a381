/** Why a CSV file could not be read at all. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based line where the problem was found. */
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/** Separators a spreadsheet may save a "CSV" with: Excel in many European locales uses `;`. */
const DELIMITERS = [',', ';', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

/**
 * The separator of a file, from its first line (the column names): whichever of `,`, `;` and
 * tab occurs most often outside quotes; a comma when none does.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let isQuoted = false;
  for (const char of text) {
    if (char === '"') isQuoted = !isQuoted;
    else if (!isQuoted && (char === '\n' || char === '\r')) break;
    else if (!isQuoted && counts.has(char as Delimiter)) counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

/**
 * Parses CSV text (RFC 4180): fields separated by `delimiter` (detected from the first line
 * unless given: a comma, or the `;` or tab some spreadsheets save), double-quoted fields that may hold commas,
 * quotes (doubled) and line breaks, CRLF or LF line ends, an optional UTF-8 byte-order mark.
 * A final line break does not add an empty record; blank lines are kept as `['']` records so
 * row numbers match the spreadsheet.
 * @returns one array of fields per record, with the 1-based line each record starts on.
 * @throws CsvSyntaxError for an unterminated quote or text after a closing quote.
 */
export function parseCsv(text: string, delimiter?: Delimiter): { fields: string[]; line: number }[] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = delimiter ?? detectDelimiter(input);
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push({ fields, line: recordLine });
    fields = [];
    recordLine = line;
  };
  while (i < input.length) {
    const char = input[i]!;
    if (char === '"' && field === '') {
      // Quoted field: runs to the next quote that is not doubled.
      const startLine = line;
      i += 1;
      for (;;) {
        if (i >= input.length) throw new CsvSyntaxError('A quoted field is never closed (a " is missing).', startLine);
        const c = input[i]!;
        if (c === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (c === '\n') line += 1;
        field += c;
        i += 1;
      }
      const next = input[i];
      if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
        throw new CsvSyntaxError('Unexpected text after a closing quote; quotes inside a field must be doubled ("").', line);
      }
      continue;
    }
    if (char === separator) {
      endField();
      i += 1;
    } else if (char === '\r' || char === '\n') {
      i += char === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line += 1;
      endRecord();
    } else {
      field += char;
      i += 1;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
