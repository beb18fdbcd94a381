import { useTranslation } from 'react-i18next';
import type { Language } from '@ehcp/shared';
import { formatDateTime, formatLongDate } from '../lib/dates.ts';
import { dateLocaleOf } from './index.ts';

/** Date formatters in the page's current language. */
export function useLocalDates() {
  const { i18n } = useTranslation();
  const locale = dateLocaleOf(i18n.language as Language);
  return {
    longDate: (isoDate: string) => formatLongDate(isoDate, locale),
    dateTime: (iso: string) => formatDateTime(iso, locale),
  };
}
