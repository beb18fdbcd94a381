import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_INFO, LANGUAGES, participantRoutes, type Language } from '@ehcp/shared';
import { callApi } from '../../api/index.ts';
import { needsReview } from '../../i18n/index.ts';

/**
 * The participant chooses the language of their page. The choice is stored (so their next visit,
 * their reminders and what they send are in it); a machine-drafted language says so.
 */
export function LanguageChooser({
  token,
  language,
  onChange,
}: {
  token: string;
  language: Language;
  onChange: (language: Language) => void;
}) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const choose = (next: Language) => {
    onChange(next);
    setFailed(false);
    callApi(participantRoutes.language, { params: { token }, body: { language: next } }).catch(() => setFailed(true));
  };
  return (
    <div className="language-chooser">
      <label htmlFor="page-language">
        {t('language.label')}
        {language !== 'en' && <span lang="en"> (Language)</span>}
      </label>
      <select id="page-language" value={language} onChange={(e) => choose(e.target.value as Language)}>
        {LANGUAGES.map((value) => (
          <option key={value} value={value} lang={value} dir={LANGUAGE_INFO[value].dir}>
            {LANGUAGE_INFO[value].native}
          </option>
        ))}
      </select>
      {needsReview(language) && (
        <p className="machine-note" data-testid="machine-translation-note">
          {t('language.machineNote')}
        </p>
      )}
      {failed && (
        <p role="alert" className="error">
          {t('call.failed')}
        </p>
      )}
    </div>
  );
}
