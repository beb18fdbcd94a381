import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, detectDelimiter, parseCsv } from './parse-csv.ts';
import { pupilNameFrom, pupilNamePartsFrom } from './pupil-name.ts';
import { parseImportDate } from './parse-import-date.ts';

const fields = (text: string) => parseCsv(text).map((record) => record.fields);

describe('parseCsv (RFC 4180)', () => {
  it.each<[string, string, string[][]]>([
    [
      'plain rows with LF',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF and no final line break',
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a byte-order mark',
      '\uFEFFname,dob\r\nAmy,2015-01-01\r\n',
      [
        ['name', 'dob'],
        ['Amy', '2015-01-01'],
      ],
    ],
    ['quoted commas and doubled quotes', '"Smith, Jo","say ""hi"""\n', [['Smith, Jo', 'say "hi"']]],
    ['a line break inside quotes', '"line 1\r\nline 2",x\r\n', [['line 1\r\nline 2', 'x']]],
    ['empty fields, quoted and not', 'a,,""\n', [['a', '', '']]],
    ['a blank line kept for row numbers', 'a\n\nb\n', [['a'], [''], ['b']]],
  ])('reads %s', (_name, text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it('gives the line each record starts on, counting line breaks inside quotes', () => {
    expect(parseCsv('h\n"x\ny"\nz\n').map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it.each([
    ['an unterminated quote', 'a,"open\n'],
    ['text after a closing quote', '"a"b,c\n'],
  ])('refuses %s', (_name, text) => {
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError);
  });
});

describe('parseImportDate', () => {
  it.each([
    ['2015-03-14', '2015-03-14'],
    ['14/03/2015', '2015-03-14'],
    ['4/3/2015', '2015-03-04'],
    ['14.03.2015', '2015-03-14'],
    [' 29/02/2024 ', '2024-02-29'],
  ])('reads %s', (raw, date) => {
    expect(parseImportDate(raw)).toEqual({ ok: true, date });
  });

  it.each([
    ['14/03/15', /two-digit year/],
    ['03/14/2015', /swapped/],
    ['29/02/2025', /not a real date/],
    ['2015/03/14', /DD\/MM\/YYYY/],
    ['March 14 2015', /not a date/],
  ])('refuses %s clearly', (raw, message) => {
    const result = parseImportDate(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('separators', () => {
  it('reads a semicolon file (Excel in many locales), commas inside fields kept', () => {
    expect(fields('Pupil name;Date of birth;LA\r\n"Mohammed, Aisha";01/10/2015;Northshire\r\n')).toEqual([
      ['Pupil name', 'Date of birth', 'LA'],
      ['Mohammed, Aisha', '01/10/2015', 'Northshire'],
    ]);
  });

  it('reads a tab-separated file', () => {
    expect(fields('a\tb\n1\t2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('decides from the first line outside quotes, a comma when there is no other', () => {
    expect(detectDelimiter('"a;b",c\n1;2;3;4\n')).toBe(',');
    expect(detectDelimiter('Pupil name;LA;UPN\n')).toBe(';');
    expect(detectDelimiter('name\n')).toBe(',');
  });
});

describe('pupil names', () => {
  it.each([
    ['Mohammed, Aisha', 'Aisha Mohammed'],
    ['MOHAMMED, Aisha', 'Aisha Mohammed'],
    ["O'NEILL-SMITH,  Zoë ", "Zoë O'Neill-Smith"],
    ['Aisha Mohammed', 'Aisha Mohammed'],
    ['  Aisha   Mohammed ', 'Aisha Mohammed'],
    ['de la Cruz, Ana', 'Ana de la Cruz'],
    ['A, B, C', 'A, B, C'],
    [', Aisha', ', Aisha'],
  ])('%s → %s', (cell, name) => {
    expect(pupilNameFrom(cell)).toBe(name);
  });
});

describe('pupil name parts', () => {
  it.each([
    ['MOHAMMED, Aisha', 'Aisha', 'Mohammed'],
    ['de la Cruz, Ana', 'Ana', 'de la Cruz'],
    ['Mary Jane Smith', 'Mary Jane', 'Smith'],
    ['Cher', 'Cher', ''],
  ])('%s → given %s, family %s', (cell, givenName, familyName) => {
    expect(pupilNamePartsFrom(cell)).toEqual({ givenName, familyName });
  });
});
