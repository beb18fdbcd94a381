import { attachmentRoutes, circulationRoutes, type AttachmentView } from '@ehcp/shared';
import { urlOf, useApiQuery } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDate } from '../../lib/dates.ts';
import { Link } from '../../routes/router.tsx';
import { latenessOf } from './lateness.ts';
import { AttachmentList } from '../attachments/AttachmentList.tsx';
import { PapersPack } from './PapersPack.tsx';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

/** The circulated pack of a review, read-only, for staff of the school: the latest version and the earlier ones. */
export function PapersPage({ reviewId }: { reviewId: string }) {
  const { data, error } = useApiQuery(circulationRoutes.get, { params: { reviewId } });
  const view = data?.circulation;
  const files = useApiQuery(attachmentRoutes.list, { params: { reviewId } }).data?.attachments ?? [];
  const papersFiles = files.filter((file) => file.kind === 'papers');
  const hrefOf = (file: AttachmentView) => urlOf(attachmentRoutes.download, { params: { reviewId, attachmentId: file.id } });
  usePageTitle('Papers for the meeting');

  if (error) return <ErrorMessage error={error} />;
  if (!view) return <p aria-live="polite">Loading papers…</p>;
  const current = view.current;
  return (
    <div className="papers-page">
      <p>
        <Link href={`/reviews/${reviewId}`}>← Review</Link>
      </p>
      <h1>Papers for the meeting</h1>
      {!current ? (
        <p className="muted">The papers have not been circulated yet.</p>
      ) : (
        <>
          <p className="lede">
            Version {current.version}, circulated on{' '}
            <time dateTime={current.circulatedOn}>{formatDate(current.circulatedOn)}</time> by {current.circulatedByName}{' '}
            <span className={`badge ${latenessOf(current.daysLate).badge}`}>{latenessOf(current.daysLate).label}</span>
          </p>
          {current.missing.length > 0 && (
            <p className="muted" data-testid="papers-missing">
              Not included (not sent by then): {current.missing.map((m) => `${m.name} (${m.roleLabel})`).join(', ')}.
            </p>
          )}
          {papersFiles.length > 0 && (
            <section aria-labelledby="papers-files-title">
              <h2 id="papers-files-title">Files with the papers</h2>
              <AttachmentList
                files={papersFiles}
                hrefOf={hrefOf}
                showUploader
                label="Files with the papers"
                testId="papers-files"
              />
            </section>
          )}
          <PapersPack contributions={current.contributions} headingLevel={2} hrefOf={hrefOf} />
          {view.history.length > 1 && (
            <section aria-labelledby="papers-history-title">
              <h2 id="papers-history-title">Earlier versions</h2>
              <ul>
                {view.history.slice(1).map((entry) => (
                  <li key={entry.id}>
                    Version {entry.version}: {formatDate(entry.circulatedOn)} by {entry.circulatedByName},{' '}
                    {entry.contributionCount} contribution{entry.contributionCount === 1 ? '' : 's'} ·{' '}
                    {latenessOf(entry.daysLate).label}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
