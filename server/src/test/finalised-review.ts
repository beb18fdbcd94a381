import { Types } from 'mongoose';
import type { DocJsonNode } from '@ehcp/shared';
import { Outcome, Review } from '../models/index.ts';
import { refreshCaseloadEntries, todayInEngland } from '../services/index.ts';

/** A one-paragraph rich-text report. */
export const simpleReport = (text: string): DocJsonNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/**
 * Marks a review finalised with a minimal outcome, for tests of what happens after finalisation
 * (LA links, exports). The outcome is written straight to the collection in the oldest stored
 * shape (recommendation, reasons and a rich-text report), which every reader of outcomes accepts,
 * so these tests do not depend on how finalisation builds an outcome.
 */
export async function finaliseForTest(
  review: { reviewId: string; schoolId: string; sendco: { id: string } },
  report: DocJsonNode = simpleReport('Finalised for the test.'),
): Promise<void> {
  const now = new Date();
  await Outcome.collection.insertOne({
    reviewId: new Types.ObjectId(review.reviewId),
    schoolId: new Types.ObjectId(review.schoolId),
    recommendation: 'maintain',
    reasons: 'All outcomes on track.',
    reportJson: JSON.stringify(report),
    finalisedBy: new Types.ObjectId(review.sendco.id),
    finalisedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await Review.updateOne({ _id: review.reviewId }, { $set: { status: 'finalised', finalisedAt: now } });
  const stored = await Review.findById(review.reviewId, { pupilId: 1 }).lean();
  if (stored) await refreshCaseloadEntries(review.schoolId, [String(stored.pupilId)], todayInEngland());
}
