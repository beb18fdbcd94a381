import { LIMITS, type AddressBookEntryFields, type AddressBookEntryView } from '@ehcp/shared';
import type { StaffPrincipal } from '../../auth/index.ts';
import { conflict, notFound } from '../../errors/index.ts';
import { AddressBookEntry } from '../../models/index.ts';
import { entryChanges, recordAddressBookEvent } from './address-book-audit.ts';
import { indexedFieldsOf, presentEntry } from './entry-fields.ts';

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;
const duplicate = (email: string) =>
  conflict('address_book_entry_exists', `${email} is already in the address book. Edit that entry instead.`);

/** Loads one entry of the school's book; another school's entry is indistinguishable from a missing one. */
export async function loadSchoolEntry(schoolId: string, entryId: string) {
  const entry = await AddressBookEntry.findOne({ _id: entryId, schoolId });
  if (!entry) throw notFound('address book entry', 'address_book_entry_not_found');
  return entry;
}

/**
 * The SENDCo adds someone to the school's address book.
 * @throws AppError address_book_entry_exists (409) when the email is already in the book;
 *   address_book_full (409) at `LIMITS.addressBookMax` entries.
 */
export async function createEntry(staff: StaffPrincipal, input: AddressBookEntryFields): Promise<AddressBookEntryView> {
  if ((await AddressBookEntry.countDocuments({ schoolId: staff.schoolId })) >= LIMITS.addressBookMax)
    throw conflict(
      'address_book_full',
      `The address book holds at most ${LIMITS.addressBookMax} people. Remove someone the school no longer works with first.`,
    );
  let entry;
  try {
    entry = await AddressBookEntry.create({
      schoolId: staff.schoolId,
      ...input,
      ...indexedFieldsOf(input),
      source: 'added',
    });
  } catch (error) {
    if (isDuplicateKey(error)) throw duplicate(input.email);
    throw error;
  }
  await recordAddressBookEvent(staff, 'address_book.entry_added', String(entry._id), {
    source: 'added',
    ...entryChanges(null, input),
  });
  return presentEntry(entry);
}

/**
 * The SENDCo corrects an entry. Changing the email to one another entry has is refused.
 * @throws AppError address_book_entry_not_found (404), address_book_entry_exists (409).
 */
export async function updateEntry(
  staff: StaffPrincipal,
  entryId: string,
  input: AddressBookEntryFields,
): Promise<AddressBookEntryView> {
  const entry = await loadSchoolEntry(staff.schoolId, entryId);
  const changes = entryChanges(entry.toObject(), input);
  if (Object.keys(changes).length === 0) return presentEntry(entry);
  // Looked up first: FerretDB answers an update that breaks a unique index with an internal
  // error, not the duplicate-key code (the catch below is for MongoDB, and a race).
  if (
    input.email !== entry.email &&
    (await AddressBookEntry.exists({ schoolId: staff.schoolId, email: input.email, _id: { $ne: entry._id } }))
  )
    throw duplicate(input.email);
  entry.set({ ...input, ...indexedFieldsOf(input) });
  try {
    await entry.save();
  } catch (error) {
    if (isDuplicateKey(error)) throw duplicate(input.email);
    throw error;
  }
  await recordAddressBookEvent(staff, 'address_book.entry_changed', entryId, changes);
  return presentEntry(entry);
}

/**
 * The SENDCo removes someone from the book. Their invitations to reviews are not touched.
 * @throws AppError address_book_entry_not_found (404).
 */
export async function removeEntry(staff: StaffPrincipal, entryId: string): Promise<void> {
  const entry = await loadSchoolEntry(staff.schoolId, entryId);
  await AddressBookEntry.deleteOne({ _id: entry._id, schoolId: staff.schoolId });
  await recordAddressBookEvent(staff, 'address_book.entry_removed', entryId, {
    name: entry.name,
    role: entry.role,
    email: entry.email,
  });
}
