import { isAddressBookRole, LIMITS, type Language, type ParticipantRole } from '@ehcp/shared';
import type { Types } from 'mongoose';
import type { StaffPrincipal } from '../../auth/index.ts';
import { AddressBookEntry } from '../../models/index.ts';
import { entryChanges, recordAddressBookEvent } from './address-book-audit.ts';
import { indexedFieldsOf } from './entry-fields.ts';

/** Someone just invited to a review, as the invitation named them. */
export interface Invitee {
  name: string;
  email: string;
  role: ParticipantRole;
  language?: Language | undefined;
}

/** The facts of a new entry for someone invited: a member of staff's organisation is the school, anyone else's is not known. */
export function invitedEntryFields(invitee: Invitee, schoolName: string) {
  return {
    name: invitee.name,
    role: invitee.role,
    organisation: invitee.role === 'school_staff' ? schoolName : null,
    email: invitee.email.trim().toLowerCase(),
    phone: null,
    language: invitee.language ?? 'en',
  };
}

/** Stores a new entry remembered from an invitation; null when the email is in the book already (a race). */
export async function storeInvitedEntry(
  schoolId: string | Types.ObjectId,
  fields: ReturnType<typeof invitedEntryFields>,
  lastInvitedAt: Date,
): Promise<{ _id: unknown } | null> {
  try {
    return await AddressBookEntry.create({ schoolId, ...fields, ...indexedFieldsOf(fields), source: 'invited', lastInvitedAt });
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return null;
    throw error;
  }
}

/**
 * Keeps someone invited to one of the school's reviews in its address book: a new email (without
 * case) becomes an entry, and an email already there only has its `lastInvitedAt` moved, so what
 * the SENDCo typed in the book is never overwritten by an invitation. Parents, carers and the
 * young person are not kept (they belong to one child). A member of staff's organisation is the
 * school; anyone else's is not known from an invitation. A full book takes no more (the
 * invitation itself is unaffected).
 */
export async function rememberInvitee(
  staff: StaffPrincipal,
  invitee: Invitee,
  context: { reviewId: string; schoolName: string },
  now = new Date(),
): Promise<void> {
  if (!isAddressBookRole(invitee.role)) return;
  const email = invitee.email.trim().toLowerCase();
  const touch = () => AddressBookEntry.updateOne({ schoolId: staff.schoolId, email }, { $set: { lastInvitedAt: now } });
  if ((await touch()).matchedCount > 0) return;
  if ((await AddressBookEntry.countDocuments({ schoolId: staff.schoolId })) >= LIMITS.addressBookMax) return;
  const fields = invitedEntryFields(invitee, context.schoolName);
  const entry = await storeInvitedEntry(staff.schoolId, fields, now);
  // Invited to two reviews at once: the other request stored them first.
  if (!entry) {
    await touch();
    return;
  }
  await recordAddressBookEvent(staff, 'address_book.entry_added', String(entry._id), {
    source: 'invited',
    reviewId: context.reviewId,
    ...entryChanges(null, fields),
  });
}
