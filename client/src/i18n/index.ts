import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_INFO, type Language } from '@ehcp/shared';
import ar from './locales/ar.json';
import en from './locales/en.json';
import pl from './locales/pl.json';
import ur from './locales/ur.json';

/**
 * The participant-facing pages' strings, in every shipped language (i18next + react-i18next).
 * Each locale file has `meta` (its direction, and whether a fluent speaker still has to review
 * it) and `translation` (the keys). Staff pages stay in English; the participant's page switches
 * to the participant's language (`useParticipantLanguage`).
 */
export const LOCALES = { en, pl, ur, ar } as const satisfies Record<Language, unknown>;

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: Object.fromEntries(Object.entries(LOCALES).map(([lang, file]) => [lang, { translation: file.translation }])),
  // React escapes what it renders; escaping here as well would show "&amp;" in names.
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** Whether a language's strings are machine-drafted and still need a fluent speaker's review. */
export const needsReview = (language: Language): boolean => LOCALES[language].meta.needsReview;

/** Text direction of a language, for `dir` on the page. */
export const directionOf = (language: Language): 'ltr' | 'rtl' => LANGUAGE_INFO[language].dir;

/** The BCP 47 locale used to format dates in a language (British English for English). */
export const dateLocaleOf = (language: Language): string => (language === 'en' ? 'en-GB' : language);
