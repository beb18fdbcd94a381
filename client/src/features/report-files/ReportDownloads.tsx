import { reportFileRoutes } from '@ehcp/shared';
import { urlOf } from '../../api/index.ts';

/**
 * "Download PDF" and "Download Word" for staff: the finalised record once the review is
 * finalised, else the live report as it stands, marked "Draft — not final" on every page. The
 * server names the file (`Annual review - <name> - <date>`).
 */
export function ReportDownloads({ reviewId, status }: { reviewId: string; status: 'open' | 'finalised' }) {
  const params = { reviewId };
  return (
    <div className="report-downloads no-print" data-testid="report-downloads">
      <a className="button-link" href={urlOf(reportFileRoutes.pdf, { params })} download data-testid="download-pdf">
        Download PDF
      </a>
      <a className="button-link" href={urlOf(reportFileRoutes.docx, { params })} download data-testid="download-docx">
        Download Word
      </a>
      <span className="muted small">
        {status === 'open' ? 'The report as it stands now, marked “Draft — not final”.' : 'The finalised report.'}
      </span>
    </div>
  );
}
