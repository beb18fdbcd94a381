import { useEffect } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { participantRoutes } from '@ehcp/shared';
import { useApiQuery } from '../../api/index.ts';
import { LinkUnavailable } from '../../components/LinkUnavailable.tsx';
import { useLocalDates } from '../../i18n/useLocalDates.ts';
import { useParticipantLanguage } from '../../i18n/useParticipantLanguage.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { ParticipantPapers } from '../circulation/ParticipantPapers.tsx';
import { ContributionAttachments } from '../attachments/ContributionAttachments.tsx';
import { ParticipantMeetingReport } from '../meeting-report/index.ts';
import { CallRequestPanel } from './CallRequestPanel.tsx';
import { ContributionDraft } from './ContributionDraft.tsx';
import { Glossary } from './Glossary.tsx';
import { LanguageChooser } from './LanguageChooser.tsx';

/**
 * What someone invited to a review sees behind their personal link: what is asked of them, by
 * when, their own draft, the circulated papers and the meeting report. No account, and nothing of
 * the review beyond that. In the participant's language (chosen by the SENDCo, changeable here).
 */
export function ParticipantLandingPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const { longDate } = useLocalDates();
  const { data, error } = useApiQuery(participantRoutes.view, { params: { token } });
  const view = data?.participation;
  const [language, setLanguage] = useParticipantLanguage();
  const storedLanguage = view?.language;
  useEffect(() => {
    if (storedLanguage) setLanguage(storedLanguage);
  }, [storedLanguage, setLanguage]);
  usePageTitle(view ? t('landing.pageTitle', { child: view.childFirstName }) : t('landing.pageTitleLoading'));

  if (error) return <LinkUnavailable title="Annual review" error={error} className="participant-page" />;
  if (!view) return <p aria-live="polite">{t('common.loading')}</p>;
  const child = view.childFirstName;
  return (
    <main id="main" className="participant-page">
      <LanguageChooser token={token} language={language} onChange={setLanguage} />
      <p className="muted">{t('landing.schoolLine', { school: view.schoolName })}</p>
      <h1>{t('landing.title', { name: view.participantName, child })}</h1>
      <p className="lede">{t('landing.invitedAs', { role: t(`role.${view.role}`) })}</p>
      <section className="panel ask" aria-labelledby="ask-title">
        <h2 id="ask-title">{t('landing.askTitle')}</h2>
        <p data-testid="participant-ask">{t(`ask.${view.role}`, { child })}</p>
        <p className="due" data-testid="participant-due">
          <Trans
            i18nKey="landing.dueBy"
            values={{ date: longDate(view.dueDate) }}
            components={{ time: <time dateTime={view.dueDate} /> }}
          />
        </p>
        {language === 'en' && view.meetingDescription ? (
          <p data-testid="participant-meeting-when">The review meeting is on {view.meetingDescription}.</p>
        ) : (
          view.meetingDate && (
            <p data-testid="participant-meeting-when">
              <Trans
                i18nKey="landing.meetingOn"
                values={{ date: longDate(view.meetingDate) }}
                components={{ time: <time dateTime={view.meetingDate} /> }}
              />
            </p>
          )
        )}
      </section>
      <ContributionDraft token={token} view={view} language={language} />
      <ContributionAttachments token={token} child={child} isSubmitted={view.contribution.submittedAt !== null} />
      <CallRequestPanel token={token} initial={view.callRequest} />
      <ParticipantPapers token={token} />
      <ParticipantMeetingReport token={token} name={view.participantName} role={view.role} />
      <Glossary />
      <p className="muted">{t('landing.private')}</p>
    </main>
  );
}
