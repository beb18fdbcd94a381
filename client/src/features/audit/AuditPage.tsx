import { useCallback, useEffect, useState } from 'react';
import type { AuditAction, AuditEventView } from '@ehcp/shared';
import { participantsApi } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDateTime } from '../../lib/dates.ts';

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
};

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
                {Object.entries(event.details)
                  .map(([key, value]) => `${key}: ${String(value)}`)
                  .join(' · ')}
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
