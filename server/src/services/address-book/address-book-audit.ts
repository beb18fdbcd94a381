import type { AddressBookEntryFields, AuditAction } from '@ehcp/shared';
import type { StaffPrincipal } from '../../auth/index.ts';
import { factChanges, type FlatValue, recordAuditEvent, principalActor } from '../audit/index.ts';

type Flat = FlatValue;

/** The facts of an entry the audit trail records. */
const ENTRY_FACT_KEYS = ['name', 'role', 'organisation', 'email', 'phone', 'language'] as const;

const flat = (value: unknown): Flat => (value === undefined || value === null ? null : String(value));

/** Before and after of every fact of an entry that differs (`emailBefore`, `emailAfter` …); with no `before`, every fact. */
export function entryChanges(
  before: Partial<Record<(typeof ENTRY_FACT_KEYS)[number], unknown>> | null,
  after: Partial<AddressBookEntryFields>,
): Record<string, Flat> {
  return factChanges(ENTRY_FACT_KEYS, before, after, flat);
}

/** Appends an address-book event to the audit trail, by the SENDCo whose action (or invitation) caused it. */
export async function recordAddressBookEvent(
  staff: StaffPrincipal,
  action: Extract<AuditAction, `address_book.${string}`>,
  entryId: string,
  details: Record<string, Flat>,
): Promise<void> {
  await recordAuditEvent({
    schoolId: staff.schoolId,
    action,
    actor: principalActor(staff),
    target: { kind: 'address_book_entry', id: entryId },
    details,
  });
}
