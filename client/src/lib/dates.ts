/** Formats a YYYY-MM-DD date for people, e.g. "Tue 14 Apr 2026", without time-zone shifts. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Formats an ISO timestamp in England's time (in British English unless another locale is given). */
export function formatDateTime(iso: string, locale = 'en-GB'): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
}

/** "Year 9", "Reception", "Nursery" … */
export function yearGroupLabel(yearGroup: number): string {
  if (yearGroup === 0) return 'Reception';
  if (yearGroup < 0) return 'Pre-school';
  if (yearGroup > 13) return 'Post-school';
  return `Year ${yearGroup}`;
}

/**
 * Formats a YYYY-MM-DD date in full for plain-language pages, e.g. "Tuesday 14 April 2026"; in
 * another locale, that locale's full date.
 */
export function formatLongDate(isoDate: string, locale = 'en-GB'): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (locale !== 'en-GB') return date.toLocaleDateString(locale, { dateStyle: 'full', timeZone: 'UTC' });
  const part = (options: Intl.DateTimeFormatOptions) => date.toLocaleDateString('en-GB', { ...options, timeZone: 'UTC' });
  return `${part({ weekday: 'long' })} ${d} ${part({ month: 'long' })} ${y}`;
}
