import { describe, expect, it } from 'vitest';
import { buildIcs, escapeIcsText, foldIcsLine } from './build-ics.ts';

describe('ICS helpers', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(80)}`;
    const folded = foldIcsLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('writes all-day events with an exclusive end date across a month end', () => {
    const ics = buildIcs('Cal', [{ uid: 'u1@x', date: '2026-01-31', summary: 'S' }], new Date('2026-01-20T10:11:12.345Z'));
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20260131\r\nDTEND;VALUE=DATE:20260201\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20260120T101112Z\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('writes a meeting with a time as a timed event in Europe/London, with its place and video link (issue 11 item 4)', () => {
    const ics = buildIcs(
      'Cal',
      [
        {
          uid: 'm1@x',
          date: '2026-03-30',
          time: { start: '14:30', minutes: 90 },
          summary: 'Chloe: annual review meeting',
          location: 'Room 4, Oakfield',
          url: 'https://meet.example/abc',
        },
      ],
      new Date('2026-01-20T10:11:12Z'),
    );
    expect(ics).toContain('\r\nDTSTART;TZID=Europe/London:20260330T143000\r\nDTEND;TZID=Europe/London:20260330T160000\r\n');
    expect(ics).toContain('\r\nLOCATION:Room 4\\, Oakfield\r\n');
    expect(ics).toContain('\r\nURL:https://meet.example/abc\r\n');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London');
    expect(ics).toContain('TRANSP:OPAQUE');
  });
});
