import { PARTICIPANT_ROLE_LABELS, type ParticipantRole } from '../schemas/participant.schema.ts';
import { EHCP_SECTIONS, REPORT_FIELDS_MAP, REPORT_ROW_ARRAYS, REPORT_TEXT_FRAGMENTS } from './report-layout.ts';

/**
 * Who may write which part of the meeting report (issue 11 item 5). The meeting is a room of
 * people with different rights: the recommendation, its reasons and finalisation are the
 * SENDCo's; other school staff write everything else; families and professionals write their
 * views (families), the evidence for each outcome, and proposed changes with any disagreement.
 * The server enforces this for every update (realtime/extensions/field-roles.ts), crafted ones
 * included, and tells each connection its writer in the role message; the screen derives what
 * is editable from that, never from page data.
 */
export const REPORT_WRITERS = ['sendco', 'staff', 'family', 'professional'] as const;
export type ReportWriter = (typeof REPORT_WRITERS)[number];

/** The writer a participant's link is: parents, carers and the young person are the family. */
export function writerForParticipant(role: ParticipantRole): ReportWriter {
  return role === 'parent_carer' || role === 'young_person' ? 'family' : 'professional';
}

/** The writer a staff account is. */
export const writerForStaff = (role: 'sendco' | 'staff'): ReportWriter => (role === 'sendco' ? 'sendco' : 'staff');

/**
 * The root map the server writes who made each choice into (recommendation, personal budget
 * answer, outcome ratings, attendance); nobody else may write it.
 */
export const REPORT_CHOICE_LOG = 'choiceLog';

/** One part of the report an edit touches. */
export type ReportPart =
  | { kind: 'fragment'; name: string }
  | { kind: 'field'; key: string }
  /** `field` null: adding, moving or removing whole rows. */
  | { kind: 'rows'; rows: string; field: string | null }
  | { kind: 'choice-log' }
  | { kind: 'other'; root: string };

/** Short answers that are the SENDCo's alone. */
export const SENDCO_FIELDS: readonly string[] = ['recommendation', 'recommendation.reasons'];

const FAMILY_FRAGMENTS: readonly string[] = [REPORT_TEXT_FRAGMENTS.youngPersonViews, REPORT_TEXT_FRAGMENTS.parentViews];
const CONTRIBUTOR_FIELDS: ReadonlySet<string> = new Set(
  EHCP_SECTIONS.flatMap(({ key }) => [`change.${key}.proposed`, `change.${key}.disagreement`]),
);

/** Whether `writer` may change `part`. */
export function mayWrite(writer: ReportWriter, part: ReportPart): boolean {
  if (part.kind === 'choice-log') return false; // written by the server only
  if (writer === 'sendco') return true;
  if (writer === 'staff') return !(part.kind === 'field' && SENDCO_FIELDS.includes(part.key));
  switch (part.kind) {
    case 'fragment':
      return writer === 'family' && FAMILY_FRAGMENTS.includes(part.name);
    case 'field':
      return CONTRIBUTOR_FIELDS.has(part.key);
    case 'rows':
      return part.rows === REPORT_ROW_ARRAYS.outcomes && part.field === 'evidence';
    default:
      return false;
  }
}

/** The parts of the report that are choices, whose every change is attributed (REPORT_CHOICE_LOG). */
export function choiceKeyOf(part: ReportPart, rowId: string | null): string | null {
  if (part.kind === 'field' && (part.key === 'recommendation' || part.key === 'personalBudget.answer')) return part.key;
  if (part.kind !== 'rows' || !rowId) return null;
  if (part.rows === REPORT_ROW_ARRAYS.attendees && part.field === 'attendance') return `${part.rows}.${rowId}.attendance`;
  if (part.rows === REPORT_ROW_ARRAYS.outcomes && part.field === 'rating') return `${part.rows}.${rowId}.rating`;
  return null;
}

/** Who changed a choice, as the server recorded it. */
export interface ChoiceChange {
  /** Their name. */
  by: string;
  /** What they are in the meeting, e.g. "SENDCo", "Parent or carer". */
  as: string;
  /** ISO timestamp. */
  at: string;
}

/** What a writer is, in words, for "chosen by … (…)". */
export function writerLabel(writer: ReportWriter, participantRole?: ParticipantRole): string {
  if (participantRole) return PARTICIPANT_ROLE_LABELS[participantRole];
  return writer === 'sendco' ? 'SENDCo' : writer === 'staff' ? 'School staff' : writer === 'family' ? 'Family' : 'Professional';
}

/** What this writer may write, in words, for the top of the report. */
export function describeWriterRights(writer: ReportWriter): string {
  switch (writer) {
    case 'sendco':
      return 'You can write every part of the report; the recommendation, its reasons and finalising are yours.';
    case 'staff':
      return 'You can write every part of the report except the recommendation and its reasons, which are the SENDCo’s.';
    case 'family':
      return 'You can write the young person’s views, the parents’ and carers’ views, the evidence of progress for each outcome, and proposed changes to the plan with any difference of opinion. The school writes the other parts; you can read them all.';
    case 'professional':
      return 'You can write the evidence of progress for each outcome and proposed changes to the plan with any difference of opinion. The school writes the other parts; you can read them all.';
  }
}

/** The part a key of the fields map is. */
export const fieldPart = (key: string): ReportPart => ({ kind: 'field', key });
/** The part a rich-text fragment is. */
export const fragmentPart = (name: string): ReportPart => ({ kind: 'fragment', name });
/** The part a field of a kind of row is (`field` null: the rows themselves). */
export const rowPart = (rows: string, field: string | null): ReportPart => ({ kind: 'rows', rows, field });

/** The part an edit is in, from the root type it is under and the keys below it (see touched-parts). */
export function partAt(root: string, keys: readonly (string | null)[]): ReportPart {
  if (Object.values(REPORT_TEXT_FRAGMENTS).includes(root as never)) return fragmentPart(root);
  if (root === REPORT_FIELDS_MAP) return fieldPart(keys[0] ?? '');
  if (Object.values(REPORT_ROW_ARRAYS).includes(root as never)) return rowPart(root, keys.length >= 2 ? (keys[1] ?? null) : null);
  if (root === REPORT_CHOICE_LOG) return { kind: 'choice-log' };
  return { kind: 'other', root };
}
