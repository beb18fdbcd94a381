import { z } from 'zod';
import { TRANSFER_TYPES, type TransferType } from '../deadlines/index.ts';
import { IdSchema, IsoDateSchema } from './common.schema.ts';
import { LIMITS } from './limits.ts';

/** A DfE unique pupil number: a letter, 11 digits, and a digit or letter (stored upper case). */
export const UPN_PATTERN = /^[A-Z]\d{11}[0-9A-Z]$/;

const namePart = (what: string) =>
  z
    .string()
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, `Enter the pupil’s ${what}.`)
        .max(LIMITS.nameMax, `The ${what} is longer than ${LIMITS.nameMax} characters.`)
        // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
        .refine((value) => !/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e]/.test(value), {
          message: `The ${what} contains an invisible or control character.`,
        }),
    );

/** The pupil's facts, as the SENDCo types them on the Pupils page (create and edit). */
export const PupilInputSchema = z
  .object({
    /** Forename(s), as the child is known ("Aisha"). */
    givenName: namePart('given name'),
    /** Surname ("Mohammed"). */
    familyName: namePart('family name'),
    /** YYYY-MM-DD. */
    dateOfBirth: IsoDateSchema,
    /** Unique pupil number; optional, checked when given (blank means none). */
    upn: z
      .string()
      .trim()
      .toUpperCase()
      .refine((value) => value === '' || UPN_PATTERN.test(value), {
        message: 'A UPN is a letter followed by 12 characters (11 digits and a digit or letter).',
      })
      .transform((value) => value || null)
      .nullish()
      .transform((value) => value ?? null),
    /** Local authority that maintains the plan. */
    la: z.string().trim().min(1, 'Enter the local authority.').max(LIMITS.laNameMax),
    /** Date the final EHC plan was first issued. */
    planIssuedDate: IsoDateSchema,
    /** Date of the last annual review meeting, if any. */
    lastReviewMeetingDate: IsoDateSchema.nullish().transform((value) => value ?? null),
    /** Actual year group for a pupil taught out of cohort (-5 nursery … 14), or none. */
    yearGroupOverride: z
      .number()
      .int('must be a whole number')
      .min(-5, 'is below nursery')
      .max(14, 'is above Year 14')
      .nullish()
      .transform((value) => value ?? null),
    /** A phase transfer ahead, or none. */
    transfer: z
      .object({
        type: z.enum(TRANSFER_TYPES, 'Choose the kind of transfer.'),
        transferDate: IsoDateSchema,
      })
      .nullish()
      .transform((value) => value ?? null),
  })
  .superRefine((pupil, ctx) => {
    if (pupil.planIssuedDate < pupil.dateOfBirth)
      ctx.addIssue({ code: 'custom', path: ['planIssuedDate'], message: 'The plan cannot be issued before the date of birth.' });
    if (pupil.lastReviewMeetingDate && pupil.lastReviewMeetingDate < pupil.planIssuedDate)
      ctx.addIssue({
        code: 'custom',
        path: ['lastReviewMeetingDate'],
        message: 'The last review meeting cannot be before the plan was issued.',
      });
  });
export type PupilInput = z.infer<typeof PupilInputSchema>;

/** Path parameters naming one pupil. */
export const PupilParamsSchema = z.object({ pupilId: IdSchema });

/** The Pupils page's list: archived pupils only when asked for. */
export const PupilListQuerySchema = z.object({
  /** `active` (default), `archived`, or `all`. */
  show: z.enum(['active', 'archived', 'all']).default('active'),
});

/** Archive (true) or bring back (false) a pupil. */
export const ArchivePupilRequestSchema = z.object({ archived: z.boolean() });

/** Deleting a pupil is confirmed by typing nothing more than this flag; without it the server refuses. */
export const DeletePupilRequestSchema = z.object({
  /** Must be true: a hard delete is only for a wrong import row and cannot be undone. */
  confirm: z.literal(true, 'Confirm that the pupil should be deleted.'),
});

/** One pupil as the Pupils page lists them. */
export interface PupilView {
  id: string;
  givenName: string;
  familyName: string;
  /** "Given Family": what the caseload, emails and the report show. */
  name: string;
  dateOfBirth: string;
  upn: string | null;
  la: string | null;
  planIssuedDate: string;
  lastReviewMeetingDate: string | null;
  yearGroupOverride: number | null;
  transfer: { type: TransferType; transferDate: string } | null;
  /** ISO time it was archived, or null while on the caseload. */
  archivedAt: string | null;
  /** The pupil's current review, if any. */
  currentReviewId: string | null;
  /** Whether a hard delete is allowed: no review has participants, contributions or an outcome. */
  canDelete: boolean;
}
