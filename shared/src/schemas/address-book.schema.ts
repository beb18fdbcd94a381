import { z } from 'zod';
import { IdSchema } from './common.schema.ts';
import { LanguageSchema, type Language } from './language.schema.ts';
import { LIMITS } from './limits.ts';
import { PARTICIPANT_ROLES, PhoneSchema, type ParticipantRole } from './participant.schema.ts';
import { findUnsafeNameCharacter, unsafeNameMessage } from './text.schema.ts';

/**
 * Roles never kept in the school's address book: a parent or carer and the young person belong
 * to one child's review, not to the people the school works with.
 */
export const PER_CHILD_ROLES: readonly ParticipantRole[] = ['parent_carer', 'young_person'];

/** The roles a school's address book holds: everyone the school works with across its reviews. */
export const ADDRESS_BOOK_ROLES = PARTICIPANT_ROLES.filter((role) => !PER_CHILD_ROLES.includes(role));

/** Whether someone invited in this role is kept in the school's address book. */
export const isAddressBookRole = (role: ParticipantRole): boolean => !PER_CHILD_ROLES.includes(role);

/** Said when a parent, carer or young person is offered to the address book. */
export const PER_CHILD_ROLE_MESSAGE =
  'Parents, carers and the young person are not kept in the school’s address book: invite them on the child’s review.';

const safeText = (what: string, subject: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${what}.`)
    .max(max, `Use at most ${max} characters for ${what}.`)
    .superRefine((value, ctx) => {
      const character = findUnsafeNameCharacter(value);
      if (character) ctx.addIssue({ code: 'custom', message: `${subject} ${unsafeNameMessage(character)}.` });
    });

/** Blank (or absent) means none. */
const blankIsNull = <T extends z.ZodType>(schema: T) =>
  z
    .preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), schema.nullish())
    .transform((value) => value ?? null);

/** Someone the SENDCo adds to, or corrects in, the school's address book. */
export const AddressBookEntryInputSchema = z.object({
  /** Their name as it should appear in invitations. */
  name: safeText('their name', 'The name', LIMITS.nameMax),
  /** What they are invited as: any role but parent or carer and young person. */
  role: z
    .enum(PARTICIPANT_ROLES, 'Choose their role.')
    .refine((role) => isAddressBookRole(role), { message: PER_CHILD_ROLE_MESSAGE }),
  /** Where they work (service, practice, team); optional, since people added by an invitation come without one. */
  organisation: blankIsNull(safeText('the organisation', 'The organisation', LIMITS.organisationMax)),
  /** Where invitations go; compared without case, one entry per email in a school. */
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(LIMITS.emailMax, `Use at most ${LIMITS.emailMax} characters for the email address.`)
    .pipe(z.email('Enter an email address, like name@service.org.uk.')),
  /** A phone number, optional. */
  phone: blankIsNull(PhoneSchema),
  /** The language their page and invitation are shown in; English when not given. */
  language: LanguageSchema.default('en'),
});
export type AddressBookEntryInput = z.input<typeof AddressBookEntryInputSchema>;
export type AddressBookEntryFields = z.output<typeof AddressBookEntryInputSchema>;

/** Path parameters naming one entry of the address book. */
export const AddressBookEntryParamsSchema = z.object({ entryId: IdSchema });

/** A search of the address book: words found in the name, role, organisation or email, without case. */
export const AddressBookQuerySchema = z.object({
  q: z.string().trim().max(LIMITS.searchMax, `Search for at most ${LIMITS.searchMax} characters.`).default(''),
});

/** How an entry came into the book: typed in by the SENDCo, or remembered from an invitation to a review. */
export type AddressBookSource = 'added' | 'invited';

/** One person in the school's address book. */
export interface AddressBookEntryView {
  id: string;
  name: string;
  role: ParticipantRole;
  roleLabel: string;
  organisation: string | null;
  email: string;
  phone: string | null;
  language: Language;
  source: AddressBookSource;
  /** When they were last invited to one of the school's reviews (ISO timestamp), or null. */
  lastInvitedAt: string | null;
}

/** One page of a search of the address book: at most `LIMITS.addressBookListMax`, by name; `total` counts every match. */
export interface AddressBookPage {
  entries: AddressBookEntryView[];
  total: number;
}

/** An entry as the review's picker offers it: someone already invited to this review cannot be ticked. */
export interface AddressBookChoice extends AddressBookEntryView {
  alreadyInvited: boolean;
}

/** The picker's page of the address book for one review. */
export interface AddressBookChoices {
  entries: AddressBookChoice[];
  total: number;
}
