import { useTranslation } from 'react-i18next';

const TERMS = ['ehcp', 'review', 'sendco', 'outcomes', 'la', 'papers'] as const;

/** "Words we use": the few terms a family meets on the page, each in one plain sentence. */
export function Glossary() {
  const { t } = useTranslation();
  return (
    <details className="panel glossary" data-testid="glossary">
      <summary>
        <h2>{t('glossary.title')}</h2>
      </summary>
      <dl>
        {TERMS.map((term) => (
          <div key={term}>
            <dt>{t(`glossary.${term}`)}</dt>
            <dd>{t(`glossary.${term}Meaning`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
