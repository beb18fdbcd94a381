/** The demo school's accounts, created by the server on first start (server/src/services/demo). */
export const SENDCO = { name: 'Priya Shah', email: 'sendco@oakfield.example', password: 'oakfield-sendco' };
export const TEACHER = { name: 'Tom Hughes', email: 'teacher@oakfield.example', password: 'oakfield-teacher' };
export const ASSISTANT = { name: 'Aisha Rahman', email: 'ta@oakfield.example', password: 'oakfield-assistant' };

/** The calendar date `days` from today (negative for the past), as YYYY-MM-DD in London, like the server. */
export function daysFromToday(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(date);
}
