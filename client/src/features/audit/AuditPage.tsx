import { useInfiniteQuery } from '@tanstack/react-query';
import {
  AUDIT_ACTION_LABELS,
  PARTICIPANT_ROLE_LABELS,
  sharingRoutes,
  type AuditEventView,
  type ParticipantRole,
} from '@ehcp/shared';
import { callApi, queryKeyOf, urlOf } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { Link } from '../../routes/router.tsx';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

/**
 * An event's details in words: who it concerned, their role, the due date, a link's expiry, the
 * browser and a short reference to the hashed address of an LA link opening, and the review.
 */
function EventDetails({ details }: { details: AuditEventView['details'] }) {
  const { reviewId, participant, role, dueDate, expiresAt, userAgent, addressHash, ...rest } = details;
  const parts = [
    typeof participant === 'string' ? participant : null,
    typeof role === 'string' ? (PARTICIPANT_ROLE_LABELS[role as ParticipantRole] ?? role) : null,
    typeof dueDate === 'string' ? `due ${formatDate(dueDate)}` : null,
    typeof expiresAt === 'string' ? `expires ${formatDateTime(expiresAt)}` : null,
    typeof userAgent === 'string' ? `browser: ${userAgent}` : null,
    typeof addressHash === 'string' ? `address reference ${addressHash.slice(0, 12)}` : null,
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
  usePageTitle('Audit trail');
  // Pages newest first; each page's last id is the cursor of the next (decision 18).
  const pages = useInfiniteQuery({
    queryKey: queryKeyOf(sharingRoutes.audit),
    queryFn: ({ pageParam }) => callApi(sharingRoutes.audit, { query: pageParam ? { before: pageParam } : {} }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextBefore,
  });
  const events = pages.data?.pages.flatMap((page) => page.events) ?? [];

  if (pages.error) return <ErrorMessage error={pages.error} />;
  if (!pages.data) return <p aria-live="polite">Loading audit trail…</p>;
  return (
    <div className="audit-page">
      <div className="audit-head">
        <h1>Audit trail</h1>
        <a className="button-link" href={urlOf(sharingRoutes.auditExport, {})} download data-testid="audit-download">
          Download as CSV
        </a>
      </div>
      <p className="lede">
        Sign-ins, invitations, links and finalisations at your school, newest first. The download holds the whole trail and is
        itself recorded.
      </p>
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
              <th scope="row">{AUDIT_ACTION_LABELS[event.action] ?? event.action}</th>
              <td>{event.actor.name}</td>
              <td className="muted">
                <EventDetails details={event.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages.hasNextPage && (
        <button
          type="button"
          className="secondary"
          onClick={() => void pages.fetchNextPage()}
          disabled={pages.isFetchingNextPage}
        >
          Show older events
        </button>
      )}
    </div>
  );
}
