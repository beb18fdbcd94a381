import {
  parseMeetingReport,
  REPORT_TEXT_FRAGMENTS,
  reportDocName,
  type DocJsonNode,
  type MeetingReport,
  type QuotedContribution,
  type ReviewDetail,
  type ReviewOutcome,
} from '@ehcp/shared';
import { Outcome, User, type OutcomeDoc } from '../../models/index.ts';
import type { ReviewFacts } from './load-review.ts';
import { loadReportSetting } from './report-readiness.ts';

/** Reads a stored report: structured since reports were structured, one rich-text document before. */
function storedReport(outcome: OutcomeDoc): MeetingReport {
  const stored = JSON.parse(outcome.reportJson) as MeetingReport | DocJsonNode;
  if (!('type' in stored)) return stored;
  // An outcome finalised before the report was structured: its text becomes the notes.
  return parseMeetingReport({
    fragments: { [REPORT_TEXT_FRAGMENTS.notes]: stored },
    fields: { recommendation: outcome.recommendation, 'recommendation.reasons': outcome.reasons },
    rows: {},
  });
}

/** Loads a review's outcome, or null while it is open. */
export async function getReviewOutcome(reviewId: string): Promise<ReviewOutcome | null> {
  const outcome = await Outcome.findOne({ reviewId }).lean();
  if (!outcome) return null;
  const finaliser = await User.findById(outcome.finalisedBy).lean();
  return {
    recommendation: outcome.recommendation,
    reasons: outcome.reasons,
    finalisedAt: outcome.finalisedAt.toISOString(),
    finalisedBy: finaliser?.name ?? 'Unknown',
    report: storedReport(outcome),
    contributions: outcome.contributionsJson ? (JSON.parse(outcome.contributionsJson) as QuotedContribution[]) : [],
    dates: {
      meetingDate: outcome.dates?.meetingDate ?? null,
      reportDueBy: outcome.dates?.reportDueBy ?? null,
      decisionDueBy: outcome.dates?.decisionDueBy ?? null,
    },
    htmlSha256: outcome.htmlSha256 ?? null,
  };
}

/**
 * Builds the review page's view of a review the caller may already see.
 * @param canFinalise decided by the caller's policy check.
 */
export async function getReviewDetail(review: ReviewFacts, asOf: string, canFinalise: boolean): Promise<ReviewDetail> {
  const { pupilName, timeline, context, meeting } = await loadReportSetting(review, asOf);
  return {
    id: review.id,
    pupilName,
    yearGroup: timeline.yearGroup,
    reviewDueBy: timeline.reviewDueBy,
    status: review.status,
    reportDocName: reportDocName(review.id),
    canFinalise,
    meeting,
    reportParts: { isYear9Plus: context.isYear9Plus, isPhaseTransfer: context.isPhaseTransfer },
    outcome: await getReviewOutcome(review.id),
  };
}
