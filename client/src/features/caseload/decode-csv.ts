/**
 * Windows-1252's letters at 0x80–0x9F (€, ‚, ƒ, „, …, curly quotes, Š, Œ, Ž, š, œ, ž, Ÿ …).
 * Browsers decode them; some runtimes (Node's small ICU) decode the label as Latin-1 and give
 * control characters instead, so they are mapped here too. Undefined bytes stay as they are.
 */
const C1_AS_1252 = [
  '€',
  '\u0081',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '\u008d',
  'Ž',
  '\u008f',
  '\u0090',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '\u009d',
  'ž',
  'Ÿ',
];

/** Which encoding a file was read as. */
export type CsvEncoding = 'utf-8' | 'windows-1252';

/**
 * The text of a CSV file from its bytes. UTF-8 (with or without a byte-order mark) when the
 * bytes are valid UTF-8; otherwise Windows-1252, Excel's default "CSV" on Windows in the UK, so
 * "Zoë" saved by Excel stays "Zoë" instead of becoming "Zo�". Any byte sequence is valid
 * Windows-1252, so the fallback never fails; a file in yet another encoding would show wrong
 * letters, which the SENDCo sees in the caseload and can fix by saving as "CSV UTF-8".
 * The browser's own decoder does the work (WHATWG Encoding standard).
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    // Strips a UTF-8 byte-order mark; throws on any invalid sequence.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    return { text: text.replace(/[\u0080-\u009f]/g, (c) => C1_AS_1252[c.charCodeAt(0) - 0x80] ?? c), encoding: 'windows-1252' };
  }
}
