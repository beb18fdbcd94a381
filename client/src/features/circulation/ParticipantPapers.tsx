import { Trans, useTranslation } from 'react-i18next';
import { circulationRoutes } from '@ehcp/shared';
import { ApiError, useApiQuery } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useLocalDates } from '../../i18n/useLocalDates.ts';
import { PapersPack } from './PapersPack.tsx';

/** "Papers for the meeting" on a participant's page: the circulated pack once the school has sent it. */
export function ParticipantPapers({ token }: { token: string }) {
  const { t } = useTranslation();
  const { longDate } = useLocalDates();
  const query = useApiQuery(circulationRoutes.papers, { params: { token } });
  const isNotYet = query.error instanceof ApiError && query.error.code === 'papers_not_circulated';
  const error = isNotYet ? null : query.error;
  const papers = isNotYet ? 'not-yet' : (query.data?.papers ?? null);

  return (
    <section className="panel papers" aria-labelledby="papers-title" data-testid="participant-papers">
      <h2 id="papers-title">{t('papers.title')}</h2>
      {error ? (
        <ErrorMessage error={error} />
      ) : papers === null ? (
        <p aria-live="polite">{t('common.loading')}</p>
      ) : papers === 'not-yet' ? (
        <p className="muted">{t('papers.notYet')}</p>
      ) : (
        <>
          <p>
            <Trans
              i18nKey={papers.version > 1 ? 'papers.sharedAgain' : 'papers.shared'}
              values={{ school: papers.schoolName, child: papers.childFirstName, date: longDate(papers.circulatedOn) }}
              components={{ time: <time dateTime={papers.circulatedOn} /> }}
            />
          </p>
          <PapersPack contributions={papers.contributions} />
        </>
      )}
    </section>
  );
}
