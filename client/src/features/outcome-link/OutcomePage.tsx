import { attachmentRoutes, pupilIdentifierRows, sharingRoutes } from '@ehcp/shared';
import { urlOf, useApiQuery } from '../../api/index.ts';
import { LinkUnavailable } from '../../components/LinkUnavailable.tsx';
import { AttachmentList } from '../attachments/AttachmentList.tsx';
import { FinalisedReport } from '../meeting-report/index.ts';
import { formatDate } from '../../lib/dates.ts';
import { OutcomeSummary } from '../review-workspace/OutcomeSummary.tsx';
import { StatutoryDates } from './StatutoryDates.tsx';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

/** What a local-authority officer sees behind a read-only link. No account, nothing editable. */
export function OutcomePage({ token }: { token: string }) {
  const { data, error } = useApiQuery(sharingRoutes.sharedOutcome, { params: { token } });
  const view = data?.outcome;
  usePageTitle(view ? `Annual review outcome: ${view.pupilName}` : 'Annual review outcome');

  if (error) return <LinkUnavailable title="Review outcome" error={error} className="outcome-page" />;
  if (!view) return <p aria-live="polite">Loading…</p>;
  return (
    <main id="main" className="outcome-page">
      <div className="outcome-toolbar">
        <p className="muted">Read-only copy shared with the local authority by {view.schoolName}.</p>
        <button type="button" className="no-print" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <h1>Annual review outcome: {view.pupilName}</h1>
      <dl className="pupil-identifiers" data-testid="pupil-identifiers">
        {pupilIdentifierRows({ pupilName: view.pupilName, ...view.pupil, schoolName: view.schoolName }).map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <p className="lede">
        Review due by <time dateTime={view.reviewDueBy}>{formatDate(view.reviewDueBy)}</time>
      </p>
      <OutcomeSummary outcome={view.outcome} />
      <StatutoryDates steps={view.statutoryDates} />
      <section aria-labelledby="report-title" className="report">
        <h2 id="report-title">Finalised report</h2>
        <FinalisedReport outcome={view.outcome} />
      </section>
      {view.attachments.length > 0 && (
        <section aria-labelledby="files-title" className="outcome-files">
          <h2 id="files-title">Attached files</h2>
          <p className="muted">
            The papers’ files and those sent with the contributions. Each opens or downloads through this link.
          </p>
          <AttachmentList
            files={view.attachments}
            hrefOf={(file) => urlOf(attachmentRoutes.sharedDownload, { params: { token, attachmentId: file.id } })}
            showUploader
            label="Attached files"
            testId="outcome-files"
          />
        </section>
      )}
    </main>
  );
}
