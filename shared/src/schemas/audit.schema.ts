import { z } from 'zod';
import { IdSchema } from './common.schema.ts';
import { LIMITS } from './limits.ts';

/** Security-relevant events kept in the audit trail. */
export const AUDIT_ACTIONS = [
  'session.signed_in',
  'session.sign_in_failed',
  'session.sign_in_paused',
  'participant.added',
  'participant.removed',
  'participant.link_revoked',
  'participant.link_resent',
  'participant.link_viewed',
  'participant.reminded',
  'participant.call_requested',
  'share_link.created',
  'share_link.viewed',
  'share_link.revoked',
  'review.finalised',
  'review.exported',
  'papers.circulated',
  'papers.viewed',
  'audit.exported',
  'pupil.created',
  'pupil.updated',
  'pupil.archived',
  'pupil.unarchived',
  'pupil.deleted',
  'staff.invited',
  'staff.password_set',
  'staff.removed',
  'school.settings_changed',
  'review.staff_assigned',
  'attachment.uploaded',
  'attachment.deleted',
  'attachment.downloaded',
  'address_book.entry_added',
  'address_book.entry_changed',
  'address_book.entry_removed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Each action in words, as the audit page and its CSV export show it. */
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  'session.signed_in': 'Signed in',
  'session.sign_in_failed': 'Failed sign-in',
  'session.sign_in_paused': 'Sign-in paused after failed attempts',
  'participant.added': 'Participant added',
  'participant.removed': 'Participant removed',
  'participant.link_revoked': 'Participant link withdrawn',
  'participant.link_resent': 'Participant link sent again',
  'participant.link_viewed': 'Participant link opened',
  'participant.reminded': 'Participant reminded',
  'participant.call_requested': 'Participant asked to be phoned',
  'share_link.created': 'LA link created',
  'share_link.viewed': 'LA link opened',
  'share_link.revoked': 'LA link withdrawn',
  'review.finalised': 'Review finalised',
  'review.exported': 'Review exported',
  'papers.circulated': 'Papers circulated',
  'papers.viewed': 'Circulated papers opened',
  'audit.exported': 'Audit trail downloaded',
  'pupil.created': 'Pupil added',
  'pupil.updated': 'Pupil changed',
  'pupil.archived': 'Pupil archived',
  'pupil.unarchived': 'Pupil brought back from the archive',
  'pupil.deleted': 'Pupil deleted',
  'staff.invited': 'Staff member invited',
  'staff.password_set': 'Staff password set',
  'staff.removed': 'Staff account removed',
  'school.settings_changed': 'School settings changed',
  'review.staff_assigned': 'Staff assigned to a review',
  'attachment.uploaded': 'File attached',
  'attachment.deleted': 'Attached file removed',
  'attachment.downloaded': 'Attached file opened through an LA link',
  'address_book.entry_added': 'Added to the address book',
  'address_book.entry_changed': 'Address book entry changed',
  'address_book.entry_removed': 'Removed from the address book',
};

/**
 * Who did something: a staff member, a participant or LA link holder, someone not identified, or
 * the system itself (automatic reminders).
 */
export type AuditActorKind = 'staff' | 'participant' | 'share-link' | 'anonymous' | 'system';

/** One audit event as the SENDCo sees it. */
export interface AuditEventView {
  id: string;
  at: string;
  action: AuditAction;
  actor: { kind: AuditActorKind; id: string | null; name: string };
  target: { kind: string; id: string } | null;
  details: Record<string, string | number | boolean | null>;
}

/** Query of the audit list: newest first, `before` is the id of the last event already shown. */
export const AuditQuerySchema = z.object({
  /** Show events older than this event id. */
  before: IdSchema.optional(),
  /** Page size. */
  limit: z.coerce.number().int().min(1).max(LIMITS.auditPageMax).default(LIMITS.auditPageDefault),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

/** One page of audit events; `nextBefore` is the cursor for the next page, or null at the end. */
export interface AuditPage {
  events: AuditEventView[];
  nextBefore: string | null;
}
