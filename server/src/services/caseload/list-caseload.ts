import type { CaseloadRow } from '@ehcp/shared';
import { Pupil, Review } from '../../models/index.ts';
import { caseloadFieldsOf, compareCaseloadRows, cycleFactsOf, describeReviewCycle } from '../review-cycle/index.ts';

/**
 * Lists a school's plans with where each current review cycle stands: stage, next action with
 * its date and explanation, and urgency; most urgent first. Two queries whatever the size of
 * the caseload (no query per pupil).
 * @param asOf today's date (YYYY-MM-DD) in England.
 */
export async function listCaseload(schoolId: string, asOf: string): Promise<CaseloadRow[]> {
  const [pupils, reviews] = await Promise.all([
    Pupil.find({ schoolId }, { matchKey: 0, importId: 0, createdAt: 0, updatedAt: 0 }).lean(),
    Review.find({ schoolId }, { createdAt: 1, pupilId: 1, status: 1, ...CYCLE_FACT_PROJECTION })
      .sort({ createdAt: -1 })
      .lean(),
  ]);
  const latestReviewByPupil = new Map<string, (typeof reviews)[number]>();
  for (const review of reviews) {
    const key = String(review.pupilId);
    if (!latestReviewByPupil.has(key)) latestReviewByPupil.set(key, review);
  }
  const rows: CaseloadRow[] = [];
  for (const pupil of pupils) {
    const review = latestReviewByPupil.get(String(pupil._id));
    if (!review) continue;
    const described = describeReviewCycle(pupil, cycleFactsOf(review), asOf);
    rows.push({
      reviewId: String(review._id),
      pupilName: pupil.name,
      planIssuedDate: pupil.planIssuedDate,
      lastReviewMeetingDate: pupil.lastReviewMeetingDate ?? null,
      status: review.status,
      meetingDate: review.meetingDate ?? null,
      ...caseloadFieldsOf(described, pupil, asOf),
    });
  }
  return rows.sort(compareCaseloadRows);
}

const CYCLE_FACT_PROJECTION = {
  meetingDate: 1,
  meetingHeld: 1,
  papersCirculatedDate: 1,
  reportSentDate: 1,
  decision: 1,
  decisionNotifiedDate: 1,
  proposedAmendmentsSentDate: 1,
  finalPlanIssuedDate: 1,
} as const;
