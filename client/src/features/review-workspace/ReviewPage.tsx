import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { participantRoutes, PARTICIPANT_ROLE_LABELS, reviewRoutes, type ReviewDetail } from '@ehcp/shared';
import { queryKeyOf, useApiQuery, useInvalidate } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDate, yearGroupLabel } from '../../lib/dates.ts';
import { useReviewRoom } from '../../realtime/index.ts';
import { Link } from '../../routes/router.tsx';
import { useSession } from '../auth/SessionContext.tsx';
import { FinalisedReport, LiveMeetingReport, type Invitee } from '../meeting-report/index.ts';
import { PapersAttachmentsPanel } from '../attachments/PapersAttachmentsPanel.tsx';
import { CirculatePanel } from '../circulation/CirculatePanel.tsx';
import { ParticipantsPanel } from '../participants/ParticipantsPanel.tsx';
import { FinalisePanel } from './FinalisePanel.tsx';
import { MeetingPanel } from './MeetingPanel.tsx';
import { OutcomeSummary } from './OutcomeSummary.tsx';
import { PresenceList } from './PresenceList.tsx';
import { ReviewTimeline } from './ReviewTimeline.tsx';
import { SharePanel } from './SharePanel.tsx';
import { AssignedStaff } from './AssignedStaff.tsx';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { ReportDownloads } from '../report-files/ReportDownloads.tsx';

/** The people invited to the review, offered as attendees; only the SENDCo may list them. */
function useInvitees(reviewId: string, isSendco: boolean): Invitee[] {
  const { data } = useApiQuery(participantRoutes.list, { params: { reviewId } }, { enabled: isSendco });
  return useMemo(
    () =>
      (data?.participants ?? [])
        .filter((participant) => participant.status !== 'revoked')
        .map((participant) => ({ name: participant.name, role: PARTICIPANT_ROLE_LABELS[participant.role] })),
    [data],
  );
}

function LiveReport({ review, userName, isSendco }: { review: ReviewDetail; userName: string; isSendco: boolean }) {
  const invitees = useInvitees(review.id, isSendco);
  const contributions = useApiQuery(reviewRoutes.contributions, { params: { reviewId: review.id } }).data?.contributions ?? null;
  return (
    <section aria-labelledby="report-title" className="report">
      <LiveMeetingReport
        docName={review.reportDocName}
        heading={<h2 id="report-title">Review meeting report</h2>}
        user={{ name: userName, color: '#1d4ed8' }}
        parts={review.reportParts}
        contributions={contributions}
        invitees={invitees}
      />
    </section>
  );
}

/** One review: the live co-edited report, who is here, and finalise / share for the SENDCo. */
export function ReviewPage({ reviewId }: { reviewId: string }) {
  const { user } = useSession();
  const queryClient = useQueryClient();
  const detail = useApiQuery(reviewRoutes.detail, { params: { reviewId } });
  const review = detail.data?.review;
  const error = detail.error;
  const invalidate = useInvalidate();
  // Finalised elsewhere (another tab, another SENDCo): everything about the review changed.
  const reload = useCallback(() => void invalidate(reviewRoutes.detail, reviewRoutes.cycle), [invalidate]);
  const setReview = (finalised: ReviewDetail) => {
    queryClient.setQueryData(queryKeyOf(reviewRoutes.detail, { params: { reviewId } }), { review: finalised });
    reload();
  };
  const { people } = useReviewRoom(reviewId, reload);
  usePageTitle(review ? `Annual review: ${review.pupilName}` : 'Annual review');

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
      {/* What to do next comes first, for the keyboard and on a phone; on a wide screen it sits on the right. */}
      <div className="review-grid">
        <div className="review-actions">
          {review.status === 'finalised' && user.role === 'sendco' && <SharePanel reviewId={review.id} />}
          <PresenceList people={people} />
          {user.role === 'sendco' && <ParticipantsPanel reviewId={review.id} />}
          {user.role === 'sendco' && <AssignedStaff reviewId={review.id} />}
          <MeetingPanel
            reviewId={review.id}
            meeting={review.meeting}
            canBook={user.role === 'sendco' && review.status === 'open'}
          />
          <CirculatePanel reviewId={review.id} />
          <PapersAttachmentsPanel reviewId={review.id} canManage={user.role === 'sendco' && review.status === 'open'} />
          <ReviewTimeline reviewId={review.id} />
          {review.canFinalise && <FinalisePanel review={review} onFinalised={setReview} />}
        </div>
        <div className="review-main">
          <ReportDownloads reviewId={review.id} status={review.status} />
          {review.outcome ? (
            <>
              <OutcomeSummary outcome={review.outcome} />
              <section aria-labelledby="snapshot-title" className="report">
                <h2 id="snapshot-title">Finalised report</h2>
                <FinalisedReport outcome={review.outcome} />
              </section>
            </>
          ) : (
            <LiveReport review={review} userName={user.name} isSendco={user.role === 'sendco'} />
          )}
        </div>
      </div>
    </div>
  );
}
