import { useCallback, useEffect, useState } from 'react';
import { PARTICIPANT_ROLE_LABELS, type AuditAction, type AuditEventView, type ParticipantRole } from '@ehcp/shared';
import { participantsApi } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { Link } from '../../routes/router.tsx';

const ACTION_LABELS: Record<AuditAction, string> = {
  'session.signed_in': 'Signed in',
  'session.sign_in_failed': 'Failed sign-in',
  'participant.added': 'Participant added',
  'participant.removed': 'Participant removed',
  'participant.link_revoked': 'Participant link withdrawn',
  'participant.link_resent': 'Participant link sent again',
  'participant.link_viewed': 'Participant link opened',
  'share_link.created': 'LA link created',
  'share_link.viewed': 'LA link opened',
  'review.finalised': 'Review finalised',
  'review.exported': 'Review exported',
  'papers.circulated': 'Papers circulated',
  'papers.viewed': 'Circulated papers opened',
};

/** An event's details in words: who it concerned, their role, the due date, and a link to the review. */
function EventDetails({ details }: { details: AuditEventView['details'] }) {
  const { reviewId, participant, role, dueDate, ...rest } = details;
  const parts = [
    typeof participant === 'string' ? participant : null,
    typeof role === 'string' ? (PARTICIPANT_ROLE_LABELS[role as ParticipantRole] ?? role) : null,
    typeof dueDate === 'string' ? `due ${formatDate(dueDate)}` : null,
    ...Object.entries(rest).map(([key, value]) => `${key}: ${String(value)}`),
  ].filter((part) => part !== null);
  return (
    <>
      {parts.join(' · ')}
      {typeof reviewId === 'string' && (
        <>
          {parts.length > 0 && ' · '}
          <Link href={`/reviews/${reviewId}`}>review</Link>
        </>
      )}
    </>
  );
}

/** The school's audit trail of security-relevant events, newest first (SENDCo only). */
export function AuditPage() {
  const [events, setEvents] = useState<AuditEventView[]>([]);
  const [nextBefore, setNextBefore] = useState<string | null>(null);
  const [isLoaded, setIsLoaded] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback((before?: string) => {
    participantsApi.audit(before).then((page) => {
      setEvents((shown) => (before ? [...shown, ...page.events] : page.events));
      setNextBefore(page.nextBefore);
      setIsLoaded(true);
    }, setError);
  }, []);
  useEffect(() => load(), [load]);

  if (error) return <ErrorMessage error={error} />;
  if (!isLoaded) return <p aria-live="polite">Loading audit trail…</p>;
  return (
    <div className="audit-page">
      <h1>Audit trail</h1>
      <p className="lede">Sign-ins, invitations, links and finalisations at your school, newest first.</p>
      <table className="caseload" data-testid="audit">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Who</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} data-testid="audit-event">
              <td>{formatDateTime(event.at)}</td>
              <th scope="row">{ACTION_LABELS[event.action]}</th>
              <td>{event.actor.name}</td>
              <td className="muted">
                <EventDetails details={event.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {nextBefore && (
        <button type="button" className="secondary" onClick={() => load(nextBefore)}>
          Show older events
        </button>
      )}
    </div>
  );
}
