import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTRIBUTION_FRAGMENT, LANGUAGE_INFO, participantRoutes, type Language, type ParticipantView } from '@ehcp/shared';
import { callApi, useInvalidate } from '../../api/index.ts';
import { ReportEditor, useCollabDoc } from '../../editor/index.ts';
import { useFocusOnChange } from '../../hooks/useFocusOnChange.ts';
import { useLeaveWarning } from '../../hooks/useLeaveWarning.ts';
import { useLocalDates } from '../../i18n/useLocalDates.ts';
import { SaveStatusBadge } from '../../components/SaveStatusBadge.tsx';

/**
 * The participant's own contribution draft: saved as they type, there to come back to over
 * several visits, and sent when they are ready (then it is locked).
 */
export function ContributionDraft({ token, view, language }: { token: string; view: ParticipantView; language: Language }) {
  const { t } = useTranslation();
  const { dateTime } = useLocalDates();
  const [submittedAt, setSubmittedAt] = useState(view.contribution.submittedAt);
  const [isConfirming, setIsConfirming] = useState(false);
  // Focus follows each step: the confirmation's "Yes", then the "Sent" message.
  const confirmRef = useFocusOnChange<HTMLButtonElement>(isConfirming);
  const sentRef = useFocusOnChange<HTMLParagraphElement>(submittedAt);
  const [error, setError] = useState<string | null>(null);
  const isSubmitted = submittedAt !== null;
  const invalidate = useInvalidate();
  const live = useCollabDoc(view.contribution.docName, { participantToken: token });
  const { collab, status } = live;
  useLeaveWarning(live.state.hasUnsavedChanges && live.isEditable);

  const handleSubmit = async () => {
    setError(null);
    try {
      const { submission } = await callApi(participantRoutes.submit, { params: { token } });
      setSubmittedAt(submission.submittedAt);
      // The rest of the page (the files beside it) locks with the contribution.
      void invalidate(participantRoutes.view);
    } catch {
      setError(t('draft.sendFailed'));
    } finally {
      setIsConfirming(false);
    }
  };

  return (
    <section className="panel report" aria-labelledby="draft-title">
      <div className="report-head">
        <h2 id="draft-title">{t('draft.title')}</h2>
        <SaveStatusBadge live={live} />
      </div>
      {isSubmitted ? (
        <p className="sent" role="status" data-testid="contribution-sent" ref={sentRef} tabIndex={-1}>
          {t('draft.sent', { date: dateTime(submittedAt) })}
        </p>
      ) : (
        <>
          <p className="muted">{t('draft.help')}</p>
          <p className="muted" data-testid="writing-language">
            {t('draft.writingIn', { language: LANGUAGE_INFO[language].native })}
          </p>
        </>
      )}
      {collab && (
        <ReportEditor
          collab={collab}
          user={{ name: view.participantName, color: '#1d4ed8' }}
          isEditable={live.isEditable && !isSubmitted}
          field={CONTRIBUTION_FRAGMENT}
          label={t('draft.title')}
          placeholder={t('draft.placeholder')}
          testId="contribution-editor"
        />
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!isSubmitted &&
        (isConfirming ? (
          <div className="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">{t('draft.confirm')}</p>
            <button type="button" ref={confirmRef} onClick={() => void handleSubmit()}>
              {t('draft.confirmYes')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setIsConfirming(false)}>
              {t('draft.confirmNo')}
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setIsConfirming(true)} disabled={status !== 'saved'}>
            {t('draft.send')}
          </button>
        ))}
    </section>
  );
}
