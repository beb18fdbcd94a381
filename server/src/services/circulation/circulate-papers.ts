import type { CirculatePapersRequest, CirculationResult } from '@ehcp/shared';
import type { StaffPrincipal } from '../../auth/index.ts';
import { AppError, conflict } from '../../errors/index.ts';
import { Circulation } from '../../models/index.ts';
import { recordAuditEvent, principalActor } from '../audit/index.ts';
import type { Mailer } from '../ports/index.ts';
import { recordReviewFacts, type ReviewFacts } from '../reviews/index.ts';
import { daysLateOf } from './circulation-warnings.ts';
import { getCirculation } from './get-circulation.ts';
import { notifyPapersCirculated } from './notify-participants.ts';
import { loadCirculationContext, planCirculation, type CirculationContext, type CirculationPlan } from './preview-circulation.ts';

/** What circulating needs besides the database. */
export interface CirculationDeps {
  mailer: Mailer;
  /** Today's date in England (YYYY-MM-DD). */
  today: () => string;
}

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

/** Stores the next version; a racing circulation that took the number first makes this one a 409. */
async function storePack(
  review: ReviewFacts,
  context: CirculationContext,
  plan: CirculationPlan,
  staff: StaffPrincipal,
  now: Date,
) {
  try {
    return await Circulation.create({
      reviewId: review.id,
      schoolId: review.schoolId,
      version: (context.circulations[0]?.version ?? 0) + 1,
      circulatedOn: context.asOf,
      circulatedAt: now,
      circulatedBy: staff.userId,
      circulatedByName: staff.name,
      meetingDate: context.meetingDate,
      adviceCirculatedBy: context.adviceCirculatedBy,
      contributions: plan.included.map((entry) => ({ ...entry, submittedAt: new Date(entry.submittedAt) })),
      missing: plan.missing,
    });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    throw conflict('conflict', 'The papers were circulated at the same moment from elsewhere. Reload to see them.');
  }
}

/**
 * Records the circulation date on the review's timeline through the review-facts path, so the
 * engine moves on: only the first circulation's date (a date already recorded is kept), and only
 * for a booked meeting that has not passed (the facts refuse papers after the meeting).
 */
async function recordCirculationDate(review: ReviewFacts, context: CirculationContext): Promise<void> {
  const { meetingDate, papersCirculatedDate, asOf } = context;
  if (!meetingDate || papersCirculatedDate || asOf > meetingDate) return;
  await recordReviewFacts(review, { papersCirculatedDate: asOf }, asOf);
}

/**
 * Circulates the papers: stores an immutable pack of every submitted contribution (the next
 * version; earlier ones are kept), records the date on the timeline, writes `papers.circulated`
 * to the audit trail and tells the participants by email.
 * @throws AppError review_finalised (409); nothing_to_circulate (409) when nothing is submitted or
 *   nothing is new since the last pack; circulation_unconfirmed (409, one detail per warning) when
 *   there are warnings and `acknowledgeWarnings` is not set.
 */
export async function circulatePapers(
  deps: CirculationDeps,
  review: ReviewFacts,
  input: CirculatePapersRequest,
  staff: StaffPrincipal,
  now = new Date(),
): Promise<CirculationResult> {
  if (review.status === 'finalised')
    throw conflict('review_finalised', 'This review has been finalised: its papers can no longer be circulated.');
  const context = await loadCirculationContext(review, deps.today());
  const plan = await planCirculation(review, context, now);
  if (plan.blockedReason) throw conflict('nothing_to_circulate', plan.blockedReason);
  if (plan.warnings.length > 0 && !input.acknowledgeWarnings) {
    const details = plan.warnings.map((warning) => ({ path: 'acknowledgeWarnings', message: warning.message }));
    throw new AppError('circulation_unconfirmed', 409, 'Check the warnings, then confirm to circulate anyway.', { details });
  }
  const pack = await storePack(review, context, plan, staff, now);
  await recordCirculationDate(review, context);
  await recordAuditEvent({
    schoolId: review.schoolId,
    action: 'papers.circulated',
    actor: principalActor(staff),
    target: { kind: 'review', id: review.id },
    details: {
      reviewId: review.id,
      version: pack.version,
      contributions: plan.included.length,
      missing: plan.missing.length,
      daysLate: daysLateOf({ on: context.asOf, ...context }),
    },
    at: now,
  });
  const notified = await notifyPapersCirculated(deps.mailer, review, context, pack.version, now);
  return { circulation: await getCirculation(review, context.asOf, true, now), notified };
}
