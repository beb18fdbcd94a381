import type { AuditAction } from '@ehcp/shared';
import type { ParticipantPrincipal, StaffPrincipal } from '../../auth/index.ts';
import { type LinkViewOptions, recordAuditEvent, principalActor } from '../audit/index.ts';
import type { ReviewFacts } from '../reviews/index.ts';

/** Records a staff member's action on a participant of a review in the audit trail. */
export function recordParticipantEvent(
  action: AuditAction,
  staff: StaffPrincipal,
  review: ReviewFacts,
  participantId: string,
  details: Record<string, string>,
): Promise<void> {
  return recordAuditEvent({
    schoolId: review.schoolId,
    action,
    actor: principalActor(staff),
    target: { kind: 'participant', id: participantId },
    details: { reviewId: review.id, ...details },
  });
}

/**
 * Records a participant's view of a page through their link (`participant.link_viewed`,
 * `papers.viewed`), unless `recordView` is false because this visit was recorded moments ago.
 */
export async function recordParticipantView(
  principal: ParticipantPrincipal,
  action: AuditAction,
  details: Record<string, string | number>,
  { recordView = true, now = new Date() }: LinkViewOptions,
): Promise<void> {
  if (!recordView) return;
  await recordAuditEvent({
    schoolId: principal.schoolId,
    action,
    actor: { kind: 'participant', id: principal.participantId, name: principal.name },
    target: { kind: 'participant', id: principal.participantId },
    details: { reviewId: principal.reviewId, ...details },
    at: now,
  });
}
