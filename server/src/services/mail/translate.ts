import i18next, { type TFunction } from 'i18next';
import type { Language } from '@ehcp/shared';
import { I18N_RESOURCES } from '@ehcp/shared/i18n';

/**
 * Emails in the participant's language (i18next, with the same locale files as their page).
 * Plain text: nothing is escaped. Initialised synchronously, once.
 */
const instance = i18next.createInstance();
void instance.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: I18N_RESOURCES,
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The translator for one language. */
export const translatorFor = (language: Language): TFunction => instance.getFixedT(language);

/** A YYYY-MM-DD date in full in a language ("Friday 6 March 2026" in English). */
export function longDateIn(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
