import { participantRoutes } from '@ehcp/shared';
import { useApiQuery } from '../../api/index.ts';
import { LinkUnavailable } from '../../components/LinkUnavailable.tsx';
import { formatLongDate } from '../../lib/dates.ts';
import { ParticipantPapers } from '../circulation/ParticipantPapers.tsx';
import { ParticipantMeetingReport } from '../meeting-report/index.ts';
import { ContributionDraft } from './ContributionDraft.tsx';

/**
 * What someone invited to a review sees behind their personal link: what is asked of them, by
 * when, their own contribution draft, the circulated papers and the meeting report. No account,
 * and nothing of the review beyond that.
 */
export function ParticipantLandingPage({ token }: { token: string }) {
  const { data, error } = useApiQuery(participantRoutes.view, { params: { token } });
  const view = data?.participation;

  if (error) return <LinkUnavailable title="Annual review" error={error} className="participant-page" />;
  if (!view) return <p aria-live="polite">Loading…</p>;
  return (
    <main id="main" className="participant-page">
      <p className="muted">{view.schoolName} · annual review of an education, health and care plan</p>
      <h1>
        Hello {view.participantName}: your part in {view.childFirstName}’s annual review
      </h1>
      <p className="lede">You are invited as {view.roleLabel.toLowerCase()}. You do not need an account.</p>
      <section className="panel ask" aria-labelledby="ask-title">
        <h2 id="ask-title">What we are asking you for</h2>
        <p data-testid="participant-ask">{view.asked}</p>
        <p className="due" data-testid="participant-due">
          Please send it by <time dateTime={view.dueDate}>{formatLongDate(view.dueDate)}</time>.
        </p>
        {view.meetingDescription && (
          <p data-testid="participant-meeting-when">The review meeting is on {view.meetingDescription}.</p>
        )}
      </section>
      <ContributionDraft token={token} view={view} />
      <ParticipantPapers token={token} />
      <ParticipantMeetingReport token={token} name={view.participantName} />
      <p className="muted">This link is for you only. Please do not forward it.</p>
    </main>
  );
}
