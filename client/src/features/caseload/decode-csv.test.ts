import { describe, expect, it } from 'vitest';
import { decodeCsv } from './decode-csv.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeCsv', () => {
  it('reads UTF-8', () => {
    expect(decodeCsv(utf8('Pupil name\nZoë Brontë\n'))).toEqual({ text: 'Pupil name\nZoë Brontë\n', encoding: 'utf-8' });
  });

  it('reads UTF-8 with a byte-order mark, dropping the mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Pupil name\nZoë\n')]);
    expect(decodeCsv(bytes)).toEqual({ text: 'Pupil name\nZoë\n', encoding: 'utf-8' });
  });

  it('reads Excel’s Windows-1252: ë is one byte 0xEB, € is 0x80 and curly quotes 0x91–0x94', () => {
    const bytes = new Uint8Array([...utf8('Zo'), 0xeb, 0x2c, 0x80, 0x35, 0x2c, 0x92, 0x93, 0x94]);
    expect(decodeCsv(bytes)).toEqual({ text: 'Zoë,€5,’“”', encoding: 'windows-1252' });
  });

  it('never turns a letter into the replacement character', () => {
    const bytes = new Uint8Array([0x5a, 0x6f, 0xeb]); // "Zoë" in Windows-1252, invalid as UTF-8
    expect(decodeCsv(bytes).text).not.toContain('\uFFFD');
  });
});
