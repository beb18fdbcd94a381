import type { PupilInput } from '@ehcp/shared';
import type { StaffPrincipal } from '../../auth/index.ts';
import { factChanges, recordAuditEvent, principalActor } from '../audit/index.ts';

type Flat = string | number | boolean | null;

/** The facts of a pupil the audit trail records, each as a flat value. */
export const PUPIL_FACT_KEYS = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'upn',
  'la',
  'planIssuedDate',
  'lastReviewMeetingDate',
  'yearGroupOverride',
  'transfer',
] as const;

function flat(value: unknown): Flat {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') {
    const transfer = value as { type: string; transferDate: string };
    return `${transfer.type} on ${transfer.transferDate}`;
  }
  return value as Flat;
}

/**
 * Before and after of every fact that differs, as flat audit details (`familyNameBefore`,
 * `familyNameAfter` …); with no `before`, every given fact as it is now.
 */
export function pupilChanges(
  before: Record<string, unknown> | null,
  after: Partial<PupilInput> | Record<string, unknown>,
): Record<string, Flat> {
  return factChanges(PUPIL_FACT_KEYS, before, after as Record<string, unknown>, flat);
}

/** Appends a pupil event to the audit trail, by the staff member who made it. */
export async function recordPupilEvent(
  staff: StaffPrincipal,
  action: 'pupil.created' | 'pupil.updated' | 'pupil.archived' | 'pupil.unarchived' | 'pupil.deleted',
  pupilId: string,
  details: Record<string, Flat>,
): Promise<void> {
  await recordAuditEvent({
    schoolId: staff.schoolId,
    action,
    actor: principalActor(staff),
    target: { kind: 'pupil', id: pupilId },
    details,
  });
}
