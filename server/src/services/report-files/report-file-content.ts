import { parseMeetingReport, reportDocName, reportSections, type ReportSection, type ReportSubject } from '@ehcp/shared';
import { notFound } from '../../errors/index.ts';
import { Pupil, School } from '../../models/index.ts';
import { listQuotedContributions } from '../contributions/index.ts';
import type { ReportContentPort } from '../ports/index.ts';
import { getReviewOutcome, loadReportSetting, type ReviewFacts } from '../reviews/index.ts';

/** Everything a downloaded copy of a report shows, whatever its format. */
export interface ReportFileContent {
  /** A draft is the live report as it stands; a final copy is the stored outcome. */
  status: 'draft' | 'final';
  subject: ReportSubject;
  meetingDate: string | null;
  sections: ReportSection[];
  /** Who finalised it and when, and the fingerprint of the HTML record (final copies only). */
  finalised: { at: string; by: string; htmlSha256: string | null } | null;
  /** The day the copy was made (England). */
  madeOn: string;
}

/**
 * Reads what a copy of a review's report shows: the stored outcome once the review is
 * finalised, else the live document's current state (read without freezing it, so nobody's
 * typing pauses). Both go through the shared `reportSections`, as every other copy does.
 */
export async function loadReportFileContent(
  reportContent: ReportContentPort,
  review: ReviewFacts,
  asOf: string,
): Promise<ReportFileContent> {
  const [setting, pupil, school] = await Promise.all([
    loadReportSetting(review, asOf),
    Pupil.findById(review.pupilId).lean(),
    School.findById(review.schoolId).lean(),
  ]);
  if (!pupil || !school) throw notFound('review', 'review_not_found');
  const subject: ReportSubject = {
    pupilName: pupil.name,
    dateOfBirth: pupil.dateOfBirth,
    upn: pupil.upn ?? null,
    la: pupil.la ?? null,
    schoolName: school.name,
  };
  const outcome = review.status === 'finalised' ? await getReviewOutcome(review.id) : null;
  if (outcome)
    return {
      status: 'final',
      subject,
      meetingDate: outcome.dates.meetingDate,
      sections: reportSections(outcome.report, { contributions: outcome.contributions }),
      finalised: { at: outcome.finalisedAt, by: outcome.finalisedBy, htmlSha256: outcome.htmlSha256 },
      madeOn: asOf,
    };
  const [raw, contributions] = await Promise.all([
    reportContent.readReport(reportDocName(review.id)),
    listQuotedContributions(review.id),
  ]);
  return {
    status: 'draft',
    subject,
    meetingDate: setting.meetingDate,
    sections: reportSections(parseMeetingReport(raw), { contributions }),
    finalised: null,
    madeOn: asOf,
  };
}
