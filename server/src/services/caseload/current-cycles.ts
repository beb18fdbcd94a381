import { Pupil, Review } from '../../models/index.ts';
import { cycleFactsOf, describeReviewCycle, type DescribedCycle } from '../review-cycle/index.ts';

/** The fields of a review the caseload reads. */
const REVIEW_PROJECTION = {
  createdAt: 1,
  updatedAt: 1,
  pupilId: 1,
  status: 1,
  meetingDate: 1,
  meetingHeld: 1,
  meetingTime: 1,
  meetingDurationMinutes: 1,
  meetingPlace: 1,
  meetingVideoLink: 1,
  papersCirculatedDate: 1,
  reportSentDate: 1,
  decision: 1,
  decisionNotifiedDate: 1,
  proposedAmendmentsSentDate: 1,
  finalPlanIssuedDate: 1,
} as const;

async function load(schoolId: string, pupilIds?: readonly string[]) {
  const ofPupils = pupilIds ? { _id: { $in: pupilIds } } : {};
  const reviewsOfPupils = pupilIds ? { pupilId: { $in: pupilIds } } : {};
  return Promise.all([
    // Archived pupils leave the caseload and This week (their reviews stay, by their address).
    Pupil.find({ schoolId, archivedAt: null, ...ofPupils }, { matchKey: 0, importId: 0, createdAt: 0 }).lean(),
    Review.find({ schoolId, ...reviewsOfPupils }, REVIEW_PROJECTION)
      .sort({ createdAt: -1 })
      .lean(),
  ]);
}
type Loaded = Awaited<ReturnType<typeof load>>;

/** A pupil with their current (latest) review cycle, described by the engine. */
export interface CurrentCycle {
  pupil: Loaded[0][number];
  review: Loaded[1][number];
  described: DescribedCycle;
}

/**
 * Every pupil of a school with their current review cycle (the latest review) and where it
 * stands on `asOf`. Two queries whatever the size of the caseload (no query per pupil); pupils
 * without a review are left out.
 * @param options.pupilIds only these pupils (of this school); options.visibleReviews the staff
 *   member's `visibleReviewFilter` (auth/policies): only current cycles whose review it matches
 *   are kept (one more query, only when given).
 */
export async function loadCurrentCycles(
  schoolId: string,
  asOf: string,
  options: { pupilIds?: readonly string[]; visibleReviews?: Record<string, unknown> } = {},
): Promise<CurrentCycle[]> {
  const [pupils, reviews] = await load(schoolId, options.pupilIds);
  const visible = options.visibleReviews
    ? new Set((await Review.find({ ...options.visibleReviews, schoolId }, { _id: 1 }).lean()).map((r) => String(r._id)))
    : null;
  const latestReviewByPupil = new Map<string, Loaded[1][number]>();
  for (const review of reviews) {
    const key = String(review.pupilId);
    if (!latestReviewByPupil.has(key)) latestReviewByPupil.set(key, review);
  }
  const cycles: CurrentCycle[] = [];
  for (const pupil of pupils) {
    const review = latestReviewByPupil.get(String(pupil._id));
    if (review && (!visible || visible.has(String(review._id))))
      cycles.push({ pupil, review, described: describeReviewCycle(pupil, cycleFactsOf(review), asOf) });
  }
  return cycles;
}
