import { Schema, model, type InferSchemaType } from 'mongoose';
import { LANGUAGES, LIMITS, PARTICIPANT_ROLES } from '@ehcp/shared';

/**
 * Someone a school works with across its reviews (an educational psychologist, a therapist, a
 * social worker, a member of staff), kept to invite again. One entry per email per school: the
 * email is stored trimmed and lower-cased, and the unique index is what deduplicates. Parents,
 * carers and young people are never stored here (they belong to one child's review).
 */
const addressBookEntrySchema = new Schema(
  {
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true },
    name: { type: String, required: true, maxlength: LIMITS.nameMax },
    role: { type: String, enum: PARTICIPANT_ROLES, required: true },
    organisation: { type: String, default: null, maxlength: LIMITS.organisationMax },
    /** Normalised: trimmed and lower case. */
    email: { type: String, required: true, maxlength: LIMITS.emailMax },
    phone: { type: String, default: null, maxlength: LIMITS.phoneMax },
    language: { type: String, enum: LANGUAGES, default: 'en' },
    /** `added` by the SENDCo on the Address book page, or remembered when `invited` to a review. */
    source: { type: String, enum: ['added', 'invited'], required: true },
    /** When they were last invited to one of the school's reviews. */
    lastInvitedAt: { type: Date, default: null },
    /** Lower-cased name, the order the book is listed in (FerretDB has no collations). */
    sortKey: { type: String, required: true },
    /** Lower-cased name, role, organisation and email: what a search looks in. */
    searchText: { type: String, required: true },
  },
  { timestamps: true, strict: true },
);

addressBookEntrySchema.index({ schoolId: 1, email: 1 }, { unique: true });
addressBookEntrySchema.index({ schoolId: 1, sortKey: 1 });

export type AddressBookEntryDoc = InferSchemaType<typeof addressBookEntrySchema>;
export const AddressBookEntry = model('AddressBookEntry', addressBookEntrySchema);
