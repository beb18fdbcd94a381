import { useState } from 'react';
import { participantRoutes } from '@ehcp/shared';
import { useApiQuery, useInvalidate } from '../../api/index.ts';
import { formatDate } from '../../lib/dates.ts';
import { inviteEach, inviteThroughApi } from './invite-each.ts';

/**
 * "Invite last year's people": the people invited to the pupil's previous review and not yet
 * to this one, invited in one go with the suggested due date (each gets their own email and
 * link, as if added one by one). Hidden when there is nobody to offer.
 */
export function InvitePrevious({ reviewId }: { reviewId: string }) {
  const previous = useApiQuery(participantRoutes.previous, { params: { reviewId } }).data;
  const invalidate = useInvalidate();
  const [isBusy, setIsBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  if (!previous || previous.people.length === 0) return null;

  const inviteAll = async () => {
    setIsBusy(true);
    const results = await inviteEach(previous.people, undefined, inviteThroughApi(reviewId));
    const failed = results.flatMap((result) => (result.ok ? [] : [`${result.person.name}: ${result.reason}`]));
    setProblems(failed);
    setIsBusy(false);
    await invalidate(participantRoutes.list, participantRoutes.previous);
  };

  return (
    <div className="invite-previous" data-testid="invite-previous">
      <h3>From the last review{previous.reviewedOn ? ` (${formatDate(previous.reviewedOn)})` : ''}</h3>
      <ul>
        {previous.people.map((person) => (
          <li key={person.email}>
            {person.name} <span className="muted small">({person.roleLabel})</span>
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={() => void inviteAll()} disabled={isBusy}>
        {isBusy ? 'Inviting…' : `Invite all ${previous.people.length} again`}
      </button>
      {problems.length > 0 && (
        <ul role="alert" className="error">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
