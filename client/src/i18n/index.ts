import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_INFO, type Language } from '@ehcp/shared';
import { I18N_RESOURCES, LOCALES, needsReview } from '@ehcp/shared/i18n';

export { LOCALES, needsReview };

/**
 * The participant-facing pages' strings, in every shipped language (i18next + react-i18next),
 * from the shared locale files (`shared/src/i18n/locales`). Staff pages stay in English; the
 * participant's page switches to the participant's language (`useParticipantLanguage`).
 */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: I18N_RESOURCES,
  // React escapes what it renders; escaping here as well would show "&amp;" in names.
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** Text direction of a language, for `dir` on the page. */
export const directionOf = (language: Language): 'ltr' | 'rtl' => LANGUAGE_INFO[language].dir;

/** The BCP 47 locale used to format dates in a language (British English for English). */
export const dateLocaleOf = (language: Language): string => (language === 'en' ? 'en-GB' : language);
