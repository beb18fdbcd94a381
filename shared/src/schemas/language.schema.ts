import { z } from 'zod';

/**
 * The languages a participant's page can be read and written in: English and three community
 * languages common in English schools, one of them written right to left. The translations of
 * the community languages are machine-drafted and marked as needing review by a fluent speaker.
 */
export const LANGUAGES = ['en', 'pl', 'ur', 'ar'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** Each language's name in English (for the SENDCo), in itself (for the reader) and its direction. */
export const LANGUAGE_INFO: Readonly<Record<Language, { english: string; native: string; dir: 'ltr' | 'rtl' }>> = {
  en: { english: 'English', native: 'English', dir: 'ltr' },
  pl: { english: 'Polish', native: 'Polski', dir: 'ltr' },
  ur: { english: 'Urdu', native: 'اردو', dir: 'rtl' },
  ar: { english: 'Arabic', native: 'العربية', dir: 'rtl' },
};

/** A participant changing the language of their own page. */
export const SetLanguageRequestSchema = z.object({ language: LanguageSchema });
