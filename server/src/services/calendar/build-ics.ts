/** One event of a calendar feed: all day, or at a time (England's) for a booked meeting. */
export interface IcsEvent {
  /** Globally unique and stable across fetches, so calendars update instead of duplicating. */
  uid: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Start (HH:MM, Europe/London) and length; absent for an all-day deadline. */
  time?: { start: string; minutes: number };
  summary: string;
  description?: string;
  location?: string;
  url?: string;
}

/**
 * Europe/London (RFC 5545 §3.6.5): GMT, and BST from the last Sunday of March at 01:00 UTC to the
 * last Sunday of October. Timed events name it (TZID), so calendars show the meeting at the time
 * it is in England, across the clock changes.
 */
const EUROPE_LONDON = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Local date and time (no zone) `minutes` after `date` `time`, as YYYYMMDDTHHMMSS. */
function localStamp(date: string, time: string, minutes = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const at = new Date(Date.UTC(y, m - 1, d, hh, mm + minutes));
  return at.toISOString().slice(0, 16).replace(/[-:]/g, '') + '00';
}

function eventTimes(event: IcsEvent): string[] {
  if (!event.time)
    return [`DTSTART;VALUE=DATE:${compactDate(event.date)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`];
  return [
    `DTSTART;TZID=Europe/London:${localStamp(event.date, event.time.start)}`,
    `DTEND;TZID=Europe/London:${localStamp(event.date, event.time.start, event.time.minutes)}`,
  ];
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space,
 * and a multi-byte UTF-8 character is never split.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; continuations hold 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replace(/-/g, '');

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * Builds an iCalendar feed (RFC 5545) that Outlook and Google Calendar subscribe to: CRLF line
 * ends, folded lines, escaped text, PUBLISH method; deadlines as all-day events (VALUE=DATE with
 * an exclusive DTEND on the next day), meetings with a time as timed events in Europe/London
 * (with its VTIMEZONE), their place as LOCATION and the video link as URL.
 * @param now the DTSTAMP of every event (when the feed was generated).
 */
export function buildIcs(calendarName: string, events: IcsEvent[], now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//EHCP Annual Review Workspace//Caseload calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(calendarName)}`,
    'X-WR-TIMEZONE:Europe/London',
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
    ...(events.some((event) => event.time) ? EUROPE_LONDON : []),
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      ...eventTimes(event),
      `SUMMARY:${escapeIcsText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
      ...(event.location ? [`LOCATION:${escapeIcsText(event.location)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      // A meeting takes the time; a deadline does not.
      event.time ? 'TRANSP:OPAQUE' : 'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
