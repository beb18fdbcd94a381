import { recordAuditEvent, staffActor } from '../audit/index.ts';
import type { ReportContentPort } from '../ports/index.ts';
import type { ReviewFacts } from '../reviews/index.ts';
import { loadReportFileContent } from './report-file-content.ts';
import { reportFileName } from './report-file-text.ts';
import { renderReportDocx } from './render-report-docx.ts';
import { renderReportPdf } from './render-report-pdf.ts';

/** The formats a report downloads in. */
export type ReportFileFormat = 'pdf' | 'docx';

const RENDERERS = { pdf: renderReportPdf, docx: renderReportDocx } as const;

/** A rendered copy of a report, ready to send. */
export interface ReportFile {
  filename: string;
  bytes: Buffer;
  status: 'draft' | 'final';
}

/**
 * Makes a PDF or Word copy of a review's report for a member of staff who may see the review:
 * the finalised record once finalised, else the live draft marked "Draft — not final". Every
 * download is audited (format, draft or final).
 */
export async function exportReportFile(
  reportContent: ReportContentPort,
  review: ReviewFacts,
  format: ReportFileFormat,
  actorId: string,
  asOf: string,
): Promise<ReportFile> {
  const content = await loadReportFileContent(reportContent, review, asOf);
  const bytes = await RENDERERS[format](content);
  await recordAuditEvent({
    schoolId: review.schoolId,
    action: 'review.exported',
    actor: await staffActor(actorId),
    target: { kind: 'review', id: review.id },
    details: { format, status: content.status },
  });
  return { filename: reportFileName(content, format), bytes, status: content.status };
}
