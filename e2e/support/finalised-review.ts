import mongoose from 'mongoose';
import type { DocJsonNode } from '@ehcp/shared';
import { SENDCO } from './demo.ts';
import type { Stack } from './stack.ts';

/**
 * Finalises a demo pupil's open review directly in the stack's database, for journeys that start
 * after finalisation (LA links, the audit trail). The outcome has the oldest stored shape
 * (recommendation, reasons, a rich-text report), which every reader of outcomes accepts, so these
 * journeys do not depend on how the meeting report is written and finalised.
 * @returns the review id.
 */
export async function finaliseInDatabase(stack: Stack, pupilName: string, report: DocJsonNode): Promise<string> {
  const connection = await mongoose.createConnection(stack.mongoUri).asPromise();
  try {
    const db = connection.db!;
    const pupil = await db.collection('pupils').findOne({ name: pupilName });
    const sendco = await db.collection('users').findOne({ email: SENDCO.email });
    if (!pupil || !sendco) throw new Error(`demo pupil ${pupilName} or the SENDCo is missing`);
    const review = await db.collection('reviews').findOne({ pupilId: pupil._id, status: 'open' });
    if (!review) throw new Error(`${pupilName} has no open review`);
    const now = new Date();
    await db.collection('outcomes').insertOne({
      reviewId: review._id,
      schoolId: review.schoolId,
      recommendation: 'amend',
      reasons: 'Speech and language provision in Section F should increase.',
      reportJson: JSON.stringify(report),
      finalisedBy: sendco._id,
      finalisedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await db.collection('reviews').updateOne({ _id: review._id }, { $set: { status: 'finalised', finalisedAt: now } });
    return String(review._id);
  } finally {
    await connection.close();
  }
}
