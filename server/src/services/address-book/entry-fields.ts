import { PARTICIPANT_ROLE_LABELS, type AddressBookEntryView, type Language, type ParticipantRole } from '@ehcp/shared';

/** The facts of an entry that its stored sort and search keys are made from. */
interface EntryFacts {
  name: string;
  role: string;
  organisation?: string | null;
  email: string;
}

/** The stored keys of an entry, recomputed on every write: its order in the book and what a search looks in. */
export function indexedFieldsOf(entry: EntryFacts): { sortKey: string; searchText: string } {
  const roleLabel = PARTICIPANT_ROLE_LABELS[entry.role as ParticipantRole] ?? entry.role;
  return {
    sortKey: entry.name.toLowerCase(),
    searchText: [entry.name, roleLabel, entry.organisation ?? '', entry.email].join(' ').toLowerCase(),
  };
}

/** A search as a filter on `searchText`: every word must appear, in any order, without case. */
export function searchFilterOf(q: string): Record<string, unknown> {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return {};
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { $and: words.map((word) => ({ searchText: { $regex: escape(word) } })) };
}

/** A stored entry as the address book shows it. */
export function presentEntry(entry: {
  _id: unknown;
  name: string;
  role: string;
  organisation?: string | null;
  email: string;
  phone?: string | null;
  language?: string | null;
  source: string;
  lastInvitedAt?: Date | null;
}): AddressBookEntryView {
  const role = entry.role as ParticipantRole;
  return {
    id: String(entry._id),
    name: entry.name,
    role,
    roleLabel: PARTICIPANT_ROLE_LABELS[role],
    organisation: entry.organisation ?? null,
    email: entry.email,
    phone: entry.phone ?? null,
    language: (entry.language ?? 'en') as Language,
    source: entry.source === 'added' ? 'added' : 'invited',
    lastInvitedAt: entry.lastInvitedAt ? entry.lastInvitedAt.toISOString() : null,
  };
}
