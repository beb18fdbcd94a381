import type { Language } from '../schemas/language.schema.ts';
import ar from './locales/ar.json';
import en from './locales/en.json';
import pl from './locales/pl.json';
import ur from './locales/ur.json';

/**
 * What participants read, in every shipped language: the pages (client, react-i18next) and the
 * emails (server, i18next) use the same files. Each has `meta` (direction, whether a fluent
 * speaker still has to review it, where the text came from) and `translation` (the keys).
 */
export const LOCALES = { en, pl, ur, ar } as const satisfies Record<Language, unknown>;

/** i18next resources for every shipped language (one namespace, `translation`). */
export const I18N_RESOURCES = Object.fromEntries(
  Object.entries(LOCALES).map(([language, file]) => [language, { translation: file.translation }]),
);

/** Whether a language's strings are machine-drafted and still need a fluent speaker's review. */
export const needsReview = (language: Language): boolean => LOCALES[language].meta.needsReview;
