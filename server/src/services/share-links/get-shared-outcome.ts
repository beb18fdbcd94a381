import { reportDocName, type SharedOutcomeView } from '@ehcp/shared';
import { AppError } from '../../errors/index.ts';
import { Pupil, School } from '../../models/index.ts';
import { getReviewOutcome, loadReviewFacts } from '../reviews/index.ts';
import { pupilTimeline } from '../caseload/index.ts';
import { recordAuditEvent } from '../audit/index.ts';

const unavailable = () =>
  new AppError('share_link_unavailable', 404, 'This link is no longer available. Ask the school for a new one.');

/**
 * What the local authority sees behind a valid link: the finalised outcome and report.
 * @param linkId the link used, recorded in the audit trail as a view.
 * @throws AppError share_link_unavailable when the review has no outcome (never shows drafts).
 */
export async function getSharedOutcome(reviewId: string, asOf: string, linkId?: string): Promise<SharedOutcomeView> {
  const review = await loadReviewFacts(reviewId);
  const [outcome, pupil, school] = await Promise.all([
    getReviewOutcome(review.id),
    Pupil.findById(review.pupilId).lean(),
    School.findById(review.schoolId).lean(),
  ]);
  if (!outcome || !pupil || !school) throw unavailable();
  if (linkId)
    await recordAuditEvent({
      schoolId: review.schoolId,
      action: 'share_link.viewed',
      actor: { kind: 'share-link', id: linkId, name: 'Local authority (read-only link)' },
      target: { kind: 'share-link', id: linkId },
      details: { reviewId: review.id },
    });
  const timeline = pupilTimeline(pupil, asOf);
  return {
    pupilName: pupil.name,
    schoolName: school.name,
    reviewDueBy: timeline.reviewDueBy,
    outcome,
    reportDocName: reportDocName(review.id),
  };
}

export { unavailable as shareLinkUnavailable };
