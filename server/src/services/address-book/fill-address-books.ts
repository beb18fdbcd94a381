import { ADDRESS_BOOK_ROLES, LIMITS } from '@ehcp/shared';
import { AddressBookEntry, Participant, School } from '../../models/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { entryChanges } from './address-book-audit.ts';
import { invitedEntryFields, storeInvitedEntry, type Invitee } from './remember-invitee.ts';

/**
 * Fills the address book of every school not yet filled from the invitations made before the
 * book existed: each email invited (anyone but a parent, carer or young person) that is not in
 * the book becomes an entry with the name, role and language of its latest invitation. Runs at
 * start-up; a school is marked once filled, so later starts read nothing but the schools.
 * @returns how many entries it added.
 */
export async function fillAddressBooks(now = new Date()): Promise<number> {
  const schools = await School.find({ addressBookFilledAt: null }, { name: 1 }).lean();
  let added = 0;
  for (const school of schools) {
    const schoolId = school._id;
    const [invited, existing] = await Promise.all([
      Participant.find({ schoolId, role: { $in: ADDRESS_BOOK_ROLES } }, { name: 1, email: 1, role: 1, language: 1, invitedAt: 1 })
        .sort({ invitedAt: -1 })
        .lean(),
      AddressBookEntry.find({ schoolId }, { email: 1 }).lean(),
    ]);
    const known = new Set(existing.map(({ email }) => email));
    const room = Math.max(0, LIMITS.addressBookMax - existing.length);
    const latest = new Map<string, (typeof invited)[number]>();
    for (const participant of invited) {
      const email = participant.email.trim().toLowerCase();
      if (!known.has(email) && !latest.has(email) && latest.size < room) latest.set(email, participant);
    }
    for (const participant of latest.values()) {
      const fields = invitedEntryFields(participant as Invitee, school.name);
      const entry = await storeInvitedEntry(schoolId, fields, participant.invitedAt);
      if (!entry) continue; // invited meanwhile: the invitation stored them first
      await recordAuditEvent({
        schoolId: String(schoolId),
        action: 'address_book.entry_added',
        actor: { kind: 'system', id: null, name: 'Address book, from earlier invitations' },
        target: { kind: 'address_book_entry', id: String(entry._id) },
        details: { source: 'earlier_invitations', ...entryChanges(null, fields) },
        at: now,
      });
      added += 1;
    }
    await School.updateOne({ _id: schoolId }, { $set: { addressBookFilledAt: now } });
  }
  return added;
}
