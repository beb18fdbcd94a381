import type { PupilView } from '@ehcp/shared';
import type { TransferType } from '@ehcp/shared/deadlines';
import type { Pupil } from '../../models/index.ts';

type StoredPupil = InstanceType<typeof Pupil> | Awaited<ReturnType<(typeof Pupil)['findOne']>>;

/** A stored pupil as the Pupils page shows it. */
export function presentPupil(
  pupil: NonNullable<StoredPupil> | Record<string, unknown>,
  extra: { currentReviewId: string | null; canDelete: boolean },
): PupilView {
  const p = pupil as unknown as {
    _id: unknown;
    givenName?: string | null;
    familyName?: string | null;
    name: string;
    dateOfBirth: string;
    upn?: string | null;
    la?: string | null;
    planIssuedDate: string;
    lastReviewMeetingDate?: string | null;
    yearGroupOverride?: number | null;
    transfer?: { type: string; transferDate: string } | null;
    archivedAt?: Date | null;
  };
  return {
    id: String(p._id),
    givenName: p.givenName ?? p.name,
    familyName: p.familyName ?? '',
    name: p.name,
    dateOfBirth: p.dateOfBirth,
    upn: p.upn ?? null,
    la: p.la ?? null,
    planIssuedDate: p.planIssuedDate,
    lastReviewMeetingDate: p.lastReviewMeetingDate ?? null,
    yearGroupOverride: p.yearGroupOverride ?? null,
    transfer: p.transfer ? { type: p.transfer.type as TransferType, transferDate: p.transfer.transferDate } : null,
    archivedAt: p.archivedAt ? p.archivedAt.toISOString() : null,
    ...extra,
  };
}
