import { LIMITS, type AddressBookChoices, type AddressBookPage } from '@ehcp/shared';
import { AddressBookEntry, Participant } from '../../models/index.ts';
import { presentEntry, searchFilterOf } from './entry-fields.ts';

/** One page of the school's address book matching `q` (every word, without case), by name, with the count of all matches. */
export async function listAddressBook(schoolId: string, q: string): Promise<AddressBookPage> {
  const filter = { schoolId, ...searchFilterOf(q) };
  const [entries, total] = await Promise.all([
    AddressBookEntry.find(filter).sort({ sortKey: 1, _id: 1 }).limit(LIMITS.addressBookListMax).lean(),
    AddressBookEntry.countDocuments(filter),
  ]);
  return { entries: entries.map(presentEntry), total };
}

/**
 * The address book as a review's picker offers it: each entry marked when its email is already
 * invited to this review (compared without case, withdrawn links included: the review's unique
 * email index would refuse them anyway; their link is sent again from the tracker).
 */
export async function listAddressBookForReview(review: { id: string; schoolId: string }, q: string): Promise<AddressBookChoices> {
  const [page, invited] = await Promise.all([
    listAddressBook(review.schoolId, q),
    Participant.find({ reviewId: review.id }, { email: 1 }).lean(),
  ]);
  const emails = new Set(invited.map(({ email }) => email.toLowerCase()));
  return {
    entries: page.entries.map((entry) => ({ ...entry, alreadyInvited: emails.has(entry.email.toLowerCase()) })),
    total: page.total,
  };
}
