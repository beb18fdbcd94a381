import { PARTICIPANT_ROLE_LABELS, type QuotedContribution } from '@ehcp/shared';
import { ReadOnlyReport } from '../../editor/index.ts';
import { formatDate } from '../../lib/dates.ts';

/** Submitted contributions, each quoted and attributed to its author, role and date. */
export function QuotedContributions({ contributions }: { contributions: QuotedContribution[] }) {
  if (contributions.length === 0) return <p className="muted">No contributions have been submitted.</p>;
  return (
    <div className="quoted-contributions">
      {contributions.map((contribution) => (
        <figure key={`${contribution.author}-${contribution.submittedAt}`} className="quoted" data-testid="quoted-contribution">
          <blockquote>
            <ReadOnlyReport
              content={contribution.content}
              label={`Contribution from ${contribution.author}`}
              testId="quoted-text"
            />
          </blockquote>
          <figcaption>
            {contribution.author}, {PARTICIPANT_ROLE_LABELS[contribution.role]}, submitted{' '}
            <time dateTime={contribution.submittedAt}>{formatDate(contribution.submittedAt.slice(0, 10))}</time>
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
