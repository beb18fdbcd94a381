import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv-row.ts';

describe('csvCell', () => {
  it('leaves plain text, numbers and booleans as they are, and writes empty cells for null', () => {
    expect(csvCell('Priya Shah')).toBe('Priya Shah');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Shah, Priya')).toBe('"Shah, Priya"');
    expect(csvCell('the "read-only" link')).toBe('"the ""read-only"" link"');
    expect(csvCell('line one\r\nline two')).toBe('"line one\r\nline two"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
  });

  it('turns text that starts like a formula into plain text', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\t=cmd')).toBe("'\t=cmd");
    expect(csvCell('\r=cmd')).toBe('"\'\r=cmd"');
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('csvRow', () => {
  it('joins cells with commas and ends with CRLF', () => {
    expect(csvRow(['a', 'b, c', null, 3])).toBe('a,"b, c",,3\r\n');
  });
});
