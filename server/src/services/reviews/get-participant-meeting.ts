import { describeMeeting, reportDocName, type ParticipantMeeting } from '@ehcp/shared';
import type { ParticipantPrincipal } from '../../auth/index.ts';
import { getReviewOutcome } from './get-review.ts';
import { loadReviewFacts } from './load-review.ts';
import { loadReportSetting } from './report-readiness.ts';

/** The meeting report of the participant's own review (the link decides which review), and its outcome once finalised. */
export async function getParticipantMeeting(principal: ParticipantPrincipal, asOf: string): Promise<ParticipantMeeting> {
  const review = await loadReviewFacts(principal.reviewId);
  const setting = await loadReportSetting(review, asOf);
  return {
    reportDocName: reportDocName(review.id),
    status: review.status,
    meetingDate: setting.meetingDate,
    meetingDescription: setting.meeting && describeMeeting(setting.meeting),
    reportParts: { isYear9Plus: setting.context.isYear9Plus, isPhaseTransfer: setting.context.isPhaseTransfer },
    // Everyone invited took part in the meeting: they see its outcome, not "they will send you a copy".
    outcome: review.status === 'finalised' ? await getReviewOutcome(review.id) : null,
  };
}
