import { askFor, contributionDocName, PARTICIPANT_ROLE_LABELS, type ParticipantView } from '@ehcp/shared';
import { describeMeeting } from '@ehcp/shared';
import type { ParticipantPrincipal } from '../../auth/index.ts';
import { Participant } from '../../models/index.ts';
import type { LinkViewOptions } from '../audit/index.ts';
import { getContributionState } from '../contributions/index.ts';
import { loadInvitationContext, presentCallRequest } from './invitation-context.ts';
import { recordParticipantView } from './record-participant-event.ts';

/**
 * What a participant sees behind their link: only their own part of their one review. Marks
 * the first opening (conditional update, so concurrent opens keep the earliest time) and
 * records views in the audit trail (one row per visit, see LinkViewOptions).
 */
export async function getParticipantView(
  principal: ParticipantPrincipal,
  asOf: string,
  options: LinkViewOptions = {},
): Promise<ParticipantView> {
  const now = options.now ?? new Date();
  const context = await loadInvitationContext(principal.reviewId, asOf);
  const [contribution, stored] = await Promise.all([
    getContributionState(principal.participantId),
    Participant.findById(principal.participantId, { callRequest: 1 }).lean(),
  ]);
  await Participant.updateOne({ _id: principal.participantId, openedAt: null }, { $set: { openedAt: now } });
  await recordParticipantView(principal, 'participant.link_viewed', {}, { ...options, now });
  return {
    participantName: principal.name,
    role: principal.role,
    roleLabel: PARTICIPANT_ROLE_LABELS[principal.role],
    childFirstName: context.childFirstName,
    schoolName: context.schoolName,
    meetingDate: context.meetingDate,
    meetingDescription: context.meeting && describeMeeting(context.meeting),
    asked: askFor(principal.role, context.childFirstName),
    dueDate: principal.dueDate,
    language: principal.language,
    callRequest: presentCallRequest(stored?.callRequest),
    contribution: {
      docName: contributionDocName(principal.reviewId, principal.participantId),
      draftStartedAt: contribution.draftStartedAt,
      submittedAt: contribution.submittedAt,
    },
  };
}
