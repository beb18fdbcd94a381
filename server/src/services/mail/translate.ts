import i18next, { type TFunction } from 'i18next';
import { longDate, type Language } from '@ehcp/shared';
import { I18N_RESOURCES } from '@ehcp/shared/i18n';

/**
 * Emails and draft prompts in the participant's language (i18next, with the same locale files as
 * their page). Plain text: nothing is escaped. Initialised synchronously, once. A key or a
 * placeholder value that is missing throws instead of putting a key name or "{{child}}" in front
 * of a family (the locale test checks every language has every key, so this is a programming error).
 */
const instance = i18next.createInstance();
void instance.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: I18N_RESOURCES,
  interpolation: { escapeValue: false, skipOnVariables: true },
  initAsync: false,
  returnNull: false,
  parseMissingKeyHandler: (key) => {
    throw new Error(`No text for "${key}" in the locale files`);
  },
  missingInterpolationHandler: (text) => {
    throw new Error(`A value is missing for a placeholder in "${text}"`);
  },
});

/** The translator for one language. */
export const translatorFor = (language: Language): TFunction => instance.getFixedT(language);

/**
 * A YYYY-MM-DD date in full in a language ("Tuesday 24 February 2026" in English, as everywhere
 * else in the app; "wtorek, 24 lutego 2026" in Polish).
 */
export function longDateIn(isoDate: string, language: Language): string {
  if (language === 'en') return longDate(isoDate);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
