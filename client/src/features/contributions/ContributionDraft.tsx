import { useState } from 'react';
import { CONTRIBUTION_FRAGMENT, participantRoutes, type ParticipantView } from '@ehcp/shared';
import { ApiError, callApi } from '../../api/index.ts';
import { ReportEditor, useCollabDoc } from '../../editor/index.ts';
import { useLeaveWarning } from '../../hooks/useLeaveWarning.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { SaveStatusBadge } from '../../components/SaveStatusBadge.tsx';

/**
 * The participant's own contribution draft: saved as they type, there to come back to over
 * several visits, and sent when they are ready (then it is locked).
 */
export function ContributionDraft({ token, view }: { token: string; view: ParticipantView }) {
  const [submittedAt, setSubmittedAt] = useState(view.contribution.submittedAt);
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isSubmitted = submittedAt !== null;
  const live = useCollabDoc(view.contribution.docName, { participantToken: token });
  const { collab, status } = live;
  useLeaveWarning(live.state.hasUnsavedChanges && live.isEditable);

  const handleSubmit = async () => {
    setError(null);
    try {
      const { submission } = await callApi(participantRoutes.submit, { params: { token } });
      setSubmittedAt(submission.submittedAt);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not send it. Please try again.');
    } finally {
      setIsConfirming(false);
    }
  };

  return (
    <section className="panel report" aria-labelledby="draft-title">
      <div className="report-head">
        <h2 id="draft-title">Your contribution</h2>
        <SaveStatusBadge live={live} />
      </div>
      {isSubmitted ? (
        <p className="sent" role="status" data-testid="contribution-sent">
          Sent on {formatDateTime(submittedAt)}. Thank you. You can read it here, but it can no longer be changed.
        </p>
      ) : (
        <p className="muted">
          Write under each heading; it saves as you type, and you can come back to this link as often as you like before sending
          it.
        </p>
      )}
      {collab && (
        <ReportEditor
          collab={collab}
          user={{ name: view.participantName, color: '#1d4ed8' }}
          isEditable={live.isEditable && !isSubmitted}
          field={CONTRIBUTION_FRAGMENT}
          label="Your contribution"
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
            <p id="confirm-text">Send it now? After sending you can still read it, but not change it.</p>
            <button type="button" onClick={() => void handleSubmit()}>
              Yes, send my contribution
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setIsConfirming(false)}>
              Not yet
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setIsConfirming(true)} disabled={status !== 'saved'}>
            Send my contribution
          </button>
        ))}
    </section>
  );
}
