import { useEffect, useState } from 'react';
import type { Language } from '@ehcp/shared';
import { directionOf, i18n } from './index.ts';

/**
 * The language of a participant's page: switches the strings, and sets `lang` and `dir` on the
 * document so screen readers pronounce it right and right-to-left languages lay out mirrored.
 * Restores English when the page goes (staff pages are English only).
 */
export function useParticipantLanguage(): [Language, (language: Language) => void] {
  const [language, setLanguage] = useState<Language>('en');
  useEffect(() => {
    void i18n.changeLanguage(language);
    const root = document.documentElement;
    root.lang = language === 'en' ? 'en-GB' : language;
    root.dir = directionOf(language);
    return () => {
      void i18n.changeLanguage('en');
      root.lang = 'en-GB';
      root.dir = 'ltr';
    };
  }, [language]);
  return [language, setLanguage];
}
