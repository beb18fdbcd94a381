import { Trans, useTranslation } from 'react-i18next';
import { attachmentRoutes, circulationRoutes, type AttachmentView } from '@ehcp/shared';
import { ApiError, urlOf, useApiQuery } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useLocalDates } from '../../i18n/useLocalDates.ts';
import { AttachmentList } from '../attachments/AttachmentList.tsx';
import { PapersPack } from './PapersPack.tsx';

/** "Papers for the meeting" on a participant's page: the circulated pack once the school has sent it. */
export function ParticipantPapers({ token }: { token: string }) {
  const { t } = useTranslation();
  const { longDate } = useLocalDates();
  const query = useApiQuery(circulationRoutes.papers, { params: { token } });
  const isNotYet = query.error instanceof ApiError && query.error.code === 'papers_not_circulated';
  const error = isNotYet ? null : query.error;
  const papers = isNotYet ? 'not-yet' : (query.data?.papers ?? null);
  const hrefOf = (file: AttachmentView) =>
    urlOf(attachmentRoutes.participantDownload, { params: { token, attachmentId: file.id } });

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
          {papers.attachments.length > 0 && (
            <>
              <h3>{t('attachments.papersFiles')}</h3>
              <AttachmentList
                files={papers.attachments}
                hrefOf={hrefOf}
                label={t('attachments.papersFiles')}
                testId="papers-files"
              />
            </>
          )}
          <PapersPack contributions={papers.contributions} hrefOf={hrefOf} />
        </>
      )}
    </section>
  );
}
