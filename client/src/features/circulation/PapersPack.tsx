import { useTranslation } from 'react-i18next';
import type { AttachmentView, PackContribution } from '@ehcp/shared';
import { ReadOnlyReport } from '../../editor/index.ts';
import { AttachmentList } from '../attachments/AttachmentList.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { nestHeadings } from './nest-headings.ts';

/**
 * The contributions of a circulated pack, each quoted as it was sent and attributed (name, role,
 * date), with the files attached to it (`hrefOf` gives each file's URL for the reader's own
 * access). Rendered through the editor schema, never as raw HTML.
 */
export function PapersPack({
  contributions,
  headingLevel = 3,
  hrefOf,
}: {
  contributions: PackContribution[];
  hrefOf: (file: AttachmentView) => string;
  /** Level of each contribution's heading: one below the heading of the section it is in. */
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
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
            <AttachmentList
              files={contribution.attachments ?? []}
              hrefOf={hrefOf}
              label={t('attachments.contributionFiles', { name: contribution.authorName })}
              testId="pack-attachments"
            />
          </article>
        </li>
      ))}
    </ol>
  );
}
