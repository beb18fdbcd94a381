import { reportDocName, type FinaliseReviewRequest } from '@ehcp/shared';
import { conflict } from '../../errors/index.ts';
import type { DomainEventBus } from '../../events/index.ts';
import { Outcome, Review } from '../../models/index.ts';
import type { ReviewFacts } from './load-review.ts';
import type { ReportContentPort } from './report-content.port.ts';
import { recordAuditEvent, staffActor } from '../audit/index.ts';

export interface FinaliseReviewDeps {
  reportContent: ReportContentPort;
  events: DomainEventBus;
}

/**
 * Finalises a review: freezes the live report, stores the immutable outcome with a snapshot of
 * the report, then marks the review finalised. No multi-document transaction is needed: the
 * outcome's unique reviewId index makes a racing second finalisation fail, and the review's
 * status flips with a conditional update only after the outcome exists.
 * @throws AppError review_finalised if it was already finalised.
 */
export async function finaliseReview(
  deps: FinaliseReviewDeps,
  review: ReviewFacts,
  input: FinaliseReviewRequest,
  actorId: string,
  now = new Date(),
): Promise<void> {
  const docName = reportDocName(review.id);
  const report = await deps.reportContent.freeze(docName);
  try {
    await Outcome.create({
      reviewId: review.id,
      schoolId: review.schoolId,
      recommendation: input.recommendation,
      reasons: input.reasons,
      reportJson: JSON.stringify(report),
      finalisedBy: actorId,
      finalisedAt: now,
    });
  } catch (error) {
    deps.reportContent.unfreeze(docName);
    if ((error as { code?: number }).code === 11000)
      throw conflict('review_finalised', 'This review has already been finalised.');
    throw error;
  }
  // From here the review is finalised even if this update never lands: loadReviewFacts treats
  // an existing outcome as authoritative.
  await Review.updateOne({ _id: review.id, status: 'open' }, { $set: { status: 'finalised', finalisedAt: now } });
  await recordAuditEvent({
    schoolId: review.schoolId,
    action: 'review.finalised',
    actor: await staffActor(actorId),
    target: { kind: 'review', id: review.id },
    details: { recommendation: input.recommendation },
    at: now,
  });
  deps.events.emit('review.finalised', { reviewId: review.id, schoolId: review.schoolId });
}
