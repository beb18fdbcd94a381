import { describeMeeting, reportDocName, type ParticipantMeeting } from '@ehcp/shared';
import type { ParticipantPrincipal } from '../../auth/index.ts';
import { loadReviewFacts } from './load-review.ts';
import { loadReportSetting } from './report-readiness.ts';

/** The meeting report of the participant's own review (the link decides which review). */
export async function getParticipantMeeting(principal: ParticipantPrincipal, asOf: string): Promise<ParticipantMeeting> {
  const review = await loadReviewFacts(principal.reviewId);
  const setting = await loadReportSetting(review, asOf);
  return {
    reportDocName: reportDocName(review.id),
    status: review.status,
    meetingDate: setting.meetingDate,
    meetingDescription: setting.meeting && describeMeeting(setting.meeting),
    reportParts: { isYear9Plus: setting.context.isYear9Plus, isPhaseTransfer: setting.context.isPhaseTransfer },
  };
}
