import {
  findMissingItems,
  parseMeetingReport,
  reportDocName,
  type CompletenessContext,
  type MeetingDetails,
  type MissingItem,
  type RawReportContent,
} from '@ehcp/shared';
import type { CompleteTimeline } from '@ehcp/shared/deadlines';
import { notFound } from '../../errors/index.ts';
import { Pupil, Review } from '../../models/index.ts';
import { cycleFactsOf, describeReviewCycle, meetingDetailsOf } from '../review-cycle/index.ts';
import type { ReviewFacts } from './load-review.ts';
import type { ReportContentPort } from '../ports/index.ts';

/** What finalisation needs to know about a review besides its report. */
export interface ReportSetting {
  pupilName: string;
  meetingDate: string | null;
  meeting: MeetingDetails | null;
  timeline: CompleteTimeline;
  context: CompletenessContext;
}

/** Loads the facts the completeness checks and the post-meeting dates depend on. */
export async function loadReportSetting(review: ReviewFacts, asOf: string): Promise<ReportSetting> {
  const [stored, pupil] = await Promise.all([Review.findById(review.id).lean(), Pupil.findById(review.pupilId).lean()]);
  if (!stored || !pupil) throw notFound('review', 'review_not_found');
  const facts = cycleFactsOf(stored);
  const { timeline } = describeReviewCycle(pupil, facts, asOf);
  return {
    pupilName: pupil.name,
    meetingDate: facts.meetingDate,
    meeting: meetingDetailsOf(stored),
    timeline,
    context: {
      isYear9Plus: timeline.flags.isYear9Plus,
      isPhaseTransfer: timeline.phaseTransfer !== undefined,
      hasMeetingDate: facts.meetingDate !== null && facts.meetingDate <= asOf,
    },
  };
}

/** The items still missing from a raw report, for a review in the given setting. */
export function missingItemsOf(raw: RawReportContent, setting: ReportSetting): MissingItem[] {
  return findMissingItems(parseMeetingReport(raw), setting.context);
}

/** What is still missing before the review can be finalised (read live, without locking anything). */
export async function checkReportReadiness(
  reportContent: ReportContentPort,
  review: ReviewFacts,
  asOf: string,
): Promise<{ missing: MissingItem[]; context: CompletenessContext }> {
  const setting = await loadReportSetting(review, asOf);
  const raw = await reportContent.readReport(reportDocName(review.id));
  return { missing: missingItemsOf(raw, setting), context: setting.context };
}
