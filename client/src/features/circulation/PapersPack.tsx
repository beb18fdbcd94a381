import type { PackContribution } from '@ehcp/shared';
import { ReadOnlyReport } from '../../editor/index.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { nestHeadings } from './nest-headings.ts';

/**
 * The contributions of a circulated pack, each quoted as it was sent and attributed (name, role,
 * date). Rendered through the editor schema, never as raw HTML.
 */
export function PapersPack({
  contributions,
  headingLevel = 3,
}: {
  contributions: PackContribution[];
  /** Level of each contribution's heading: one below the heading of the section it is in. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="papers-pack" data-testid="papers-pack">
      {contributions.map((contribution) => (
        <li key={contribution.participantId} data-testid="pack-contribution">
          <article aria-labelledby={`pack-${contribution.participantId}`}>
            <header className="pack-attribution">
              <Heading id={`pack-${contribution.participantId}`}>{contribution.authorName}</Heading>
              <p className="muted">
                {contribution.roleLabel} · sent{' '}
                <time dateTime={contribution.submittedAt}>{formatDateTime(contribution.submittedAt)}</time>
              </p>
            </header>
            <blockquote className="pack-quote">
              <ReadOnlyReport
                content={nestHeadings(contribution.content, headingLevel)}
                label={`Contribution from ${contribution.authorName}`}
                testId="pack-contribution-text"
              />
            </blockquote>
          </article>
        </li>
      ))}
    </ol>
  );
}
