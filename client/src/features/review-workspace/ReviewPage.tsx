import { useCallback, useEffect, useState } from 'react';
import type { ReviewDetail } from '@ehcp/shared';
import { api } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ReadOnlyReport, ReportEditor, useCollabDoc } from '../../editor/index.ts';
import { formatDate, yearGroupLabel } from '../../lib/dates.ts';
import { useReviewRoom } from '../../realtime/index.ts';
import { Link } from '../../routes/router.tsx';
import { useSession } from '../auth/SessionContext.tsx';
import { ParticipantsPanel } from '../participants/ParticipantsPanel.tsx';
import { FinalisePanel } from './FinalisePanel.tsx';
import { OutcomeSummary } from './OutcomeSummary.tsx';
import { PresenceList } from './PresenceList.tsx';
import { ReviewTimeline } from './ReviewTimeline.tsx';
import { SaveStatusBadge } from './SaveStatusBadge.tsx';
import { SharePanel } from './SharePanel.tsx';

function LiveReport({ review, userName }: { review: ReviewDetail; userName: string }) {
  const isReadOnly = review.status === 'finalised';
  const { collab, status } = useCollabDoc(review.reportDocName, { isReadOnly });
  return (
    <section aria-labelledby="report-title" className="report">
      <div className="report-head">
        <h2 id="report-title">Review report</h2>
        <SaveStatusBadge status={status} />
      </div>
      {collab && <ReportEditor collab={collab} user={{ name: userName, color: '#1d4ed8' }} isEditable={!isReadOnly} />}
    </section>
  );
}

/** One review: the live co-edited report, who is here, and finalise / share for the SENDCo. */
export function ReviewPage({ reviewId }: { reviewId: string }) {
  const { user } = useSession();
  const [review, setReview] = useState<ReviewDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => {
    api.review(reviewId).then(({ review: loaded }) => setReview(loaded), setError);
  }, [reviewId]);
  useEffect(reload, [reload]);
  const { people } = useReviewRoom(reviewId, reload);

  if (error) return <ErrorMessage error={error} />;
  if (!review || !user) return <p aria-live="polite">Loading review…</p>;
  return (
    <div className="review-page">
      <p>
        <Link href="/">← Caseload</Link>
      </p>
      <h1>Annual review: {review.pupilName}</h1>
      <p className="lede">
        {yearGroupLabel(review.yearGroup)} · review due by{' '}
        <time dateTime={review.reviewDueBy}>{formatDate(review.reviewDueBy)}</time> ·{' '}
        <span data-testid="review-status">{review.status === 'finalised' ? 'Finalised' : 'Open'}</span>
      </p>
      <div className="review-grid">
        <div>
          {review.outcome ? (
            <>
              <OutcomeSummary outcome={review.outcome} />
              <section aria-labelledby="snapshot-title" className="report">
                <h2 id="snapshot-title">Finalised report</h2>
                <ReadOnlyReport content={review.outcome.report} />
              </section>
            </>
          ) : (
            <LiveReport review={review} userName={user.name} />
          )}
        </div>
        <aside>
          <PresenceList people={people} />
          <ReviewTimeline reviewId={review.id} />
          {review.canFinalise && <FinalisePanel review={review} onFinalised={setReview} />}
          {review.status === 'finalised' && user.role === 'sendco' && <SharePanel reviewId={review.id} />}
          {user.role === 'sendco' && <ParticipantsPanel reviewId={review.id} />}
        </aside>
      </div>
    </div>
  );
}
