/**
 * Dates on screen: the shared calendar helpers under the names the components use, so every
 * page writes dates (and year groups) the same way as emails, the engine and the printed report.
 * A participant reading another language gets that locale's own date words.
 */
import { dateTimeInEngland, longDate } from '@ehcp/shared';

export { shortDate as formatDate } from '@ehcp/shared';
export { yearGroupLabel } from '@ehcp/shared/deadlines';

/** An ISO timestamp in England's time (British English unless another locale is given). */
export function formatDateTime(iso: string, locale = 'en-GB'): string {
  if (locale === 'en-GB') return dateTimeInEngland(iso);
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
}

/** A YYYY-MM-DD date in full, e.g. "Tuesday 14 April 2026"; in another locale, that locale's full date. */
export function formatLongDate(isoDate: string, locale = 'en-GB'): string {
  if (locale === 'en-GB') return longDate(isoDate);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale, { dateStyle: 'full', timeZone: 'UTC' });
}
