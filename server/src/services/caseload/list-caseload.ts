import type { CaseloadRow } from '@ehcp/shared';
import { Pupil, Review } from '../../models/index.ts';
import { calendarDaysBetween } from '../clock.ts';
import { pupilTimeline } from './pupil-timeline.ts';

/**
 * Lists a school's plans with each review's statutory due date, soonest (or most overdue) first.
 * @param asOf today's date (YYYY-MM-DD) in England.
 */
export async function listCaseload(schoolId: string, asOf: string): Promise<CaseloadRow[]> {
  const [pupils, reviews] = await Promise.all([
    Pupil.find({ schoolId }).lean(),
    Review.find({ schoolId }).sort({ createdAt: -1 }).lean(),
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
    const timeline = pupilTimeline(pupil, asOf);
    rows.push({
      reviewId: String(review._id),
      pupilName: pupil.name,
      yearGroup: timeline.yearGroup,
      planIssuedDate: pupil.planIssuedDate,
      lastReviewMeetingDate: pupil.lastReviewMeetingDate ?? null,
      reviewDueBy: timeline.reviewDueBy,
      daysUntilDue: calendarDaysBetween(asOf, timeline.reviewDueBy),
      status: review.status,
    });
  }
  return rows.sort((a, b) => a.daysUntilDue - b.daysUntilDue || a.pupilName.localeCompare(b.pupilName));
}
