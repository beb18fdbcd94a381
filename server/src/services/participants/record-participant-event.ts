import type { AuditAction } from '@ehcp/shared';
import type { StaffPrincipal } from '../../auth/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
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
    actor: { kind: 'staff', id: staff.userId, name: staff.name },
    target: { kind: 'participant', id: participantId },
    details: { reviewId: review.id, ...details },
  });
}
