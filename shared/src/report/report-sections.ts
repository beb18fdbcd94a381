import { shortDate } from '../dates/index.ts';
import type { DocJsonNode } from '../schemas/doc-json.ts';
import { PARTICIPANT_ROLE_LABELS, type ParticipantRole } from '../schemas/participant.schema.ts';
import { optionLabel, RECOMMENDATION_OPTIONS } from '../schemas/recommendation.schema.ts';
import type { MeetingReport } from './meeting-report.ts';
import { docToBlocks, textBlock, type LabelledValue, type ReportBlock, type ReportSection } from './report-blocks.ts';
import { ATTENDANCE, EHCP_SECTIONS, OUTCOME_RATINGS, PERSONAL_BUDGET_ANSWERS, PFA_ITEMS } from './report-layout.ts';

/** A submitted contribution, quoted in the report with who wrote it and when. */
export interface QuotedContribution {
  author: string;
  role: ParticipantRole;
  /** ISO timestamp of submission. */
  submittedAt: string;
  content: DocJsonNode;
}

/** What the report's sections show besides the report itself. */
export interface ReportSectionsContext {
  /** Submitted contributions, quoted at the end. */
  contributions: QuotedContribution[];
}

/** Who a report is about, as every printed or shared copy identifies the child. */
export interface ReportSubject {
  pupilName: string;
  dateOfBirth: string;
  upn: string | null;
  la: string | null;
  schoolName: string;
}

/** What every copy says when nothing was written in a part. */
export const NONE_RECORDED = 'None recorded.';
const none: ReportBlock = { kind: 'empty', text: NONE_RECORDED };

const orNone = (blocks: ReportBlock[]): ReportBlock[] => (blocks.length ? blocks : [none]);
const plain = (text: string): ReportBlock[] => (text ? [textBlock(text)] : []);
const rich = (node: DocJsonNode): ReportBlock[] => orNone(docToBlocks(node));

/**
 * The child's identifiers, in the order every copy shows them: full name, date of birth, UPN,
 * local authority, school. A UPN or LA not known reads "Not given".
 */
export function pupilIdentifierRows(subject: ReportSubject): LabelledValue[] {
  return [
    { label: 'Full name', value: subject.pupilName },
    { label: 'Date of birth', value: shortDate(subject.dateOfBirth) },
    { label: 'UPN', value: subject.upn ?? 'Not given' },
    { label: 'Local authority', value: subject.la ?? 'Not given' },
    { label: 'School', value: subject.schoolName },
  ];
}

function attendees(report: MeetingReport): ReportBlock[] {
  // The same rule as the completeness check: a row without a name is not an attendee.
  const named = report.attendees.filter((attendee) => attendee.name);
  if (named.length === 0) return [none];
  return [
    {
      kind: 'table',
      columns: ['Name', 'Role', 'Attendance'],
      rows: named.map((a) => [a.name, a.role, optionLabel(ATTENDANCE, a.attendance)]),
    },
  ];
}

function outcomes(report: MeetingReport): ReportBlock[] {
  if (report.outcomes.length === 0) return [none];
  const items = report.outcomes.map((o, index): ReportBlock[] => [
    { kind: 'paragraph', runs: [{ text: `Outcome ${index + 1}. `, bold: true }, { text: o.outcome }] },
    {
      kind: 'fields',
      rows: [
        { label: 'Progress', value: optionLabel(OUTCOME_RATINGS, o.rating) },
        { label: 'Evidence', value: o.evidence || NONE_RECORDED },
      ],
    },
  ]);
  return [{ kind: 'list', ordered: false, items }];
}

function changes(report: MeetingReport): ReportBlock[] {
  const proposed = report.changes.filter((change) => change.proposed || change.disagreement);
  if (proposed.length === 0) return [textBlock('No changes proposed.')];
  return proposed.flatMap((change): ReportBlock[] => [
    {
      kind: 'heading',
      level: 1,
      text: `Section ${change.section}: ${EHCP_SECTIONS.find((s) => s.key === change.section)?.title ?? ''}`,
    },
    ...orNone(plain(change.proposed)),
    ...(change.disagreement ? [textBlock(`Difference of opinion: ${change.disagreement}`)] : []),
  ]);
}

function contributionBlocks(contributions: QuotedContribution[]): ReportBlock[] {
  if (contributions.length === 0) return [{ kind: 'empty', text: 'No contributions have been submitted.' }];
  return contributions.map((c) => ({
    kind: 'quote',
    blocks: rich(c.content),
    caption: `${c.author}, ${PARTICIPANT_ROLE_LABELS[c.role]}, submitted ${shortDate(c.submittedAt.slice(0, 10))}`,
  }));
}

/**
 * The report as ordered sections of plain blocks: the one mapping from the report's structure
 * to what every copy shows (HTML record, review page, LA page, PDF, Word). Optional parts
 * (preparing for adulthood, phase transfer, discussion notes) appear when anything is written
 * in them; attendees without a name are left out, as the completeness check leaves them out.
 */
export function reportSections(report: MeetingReport, context: ReportSectionsContext): ReportSection[] {
  const sections: (ReportSection | null)[] = [
    { id: 'attendees', title: 'Attendees', blocks: attendees(report) },
    { id: 'young-person-views', title: "The young person's views", blocks: rich(report.text.youngPersonViews) },
    { id: 'parent-views', title: "Parents' and carers' views", blocks: rich(report.text.parentViews) },
    { id: 'outcomes', title: 'Progress towards outcomes (Section E)', blocks: outcomes(report) },
    { id: 'changes', title: 'Proposed changes to the plan', blocks: changes(report) },
    { id: 'provision', title: 'Provision review', blocks: rich(report.text.provisionReview) },
    {
      id: 'personal-budget',
      title: 'Personal budget',
      blocks: [
        textBlock(optionLabel(PERSONAL_BUDGET_ANSWERS, report.personalBudget.answer)),
        ...plain(report.personalBudget.notes),
      ],
    },
    Object.values(report.pfa).some(Boolean)
      ? {
          id: 'pfa',
          title: 'Preparing for adulthood',
          blocks: PFA_ITEMS.flatMap((item): ReportBlock[] => [
            { kind: 'heading', level: 1, text: item.label },
            ...orNone(plain(report.pfa[item.key])),
          ]),
        }
      : null,
    report.phaseTransfer.nextSetting
      ? {
          id: 'phase-transfer',
          title: 'Phase transfer',
          blocks: [textBlock(`Preferred next setting: ${report.phaseTransfer.nextSetting}`)],
        }
      : null,
    {
      id: 'recommendation',
      title: 'Recommendation',
      blocks: [
        textBlock(optionLabel(RECOMMENDATION_OPTIONS, report.recommendation), { bold: true }),
        ...orNone(plain(report.reasons)),
      ],
    },
    {
      id: 'actions',
      title: 'Actions',
      blocks: report.actions.length
        ? [
            {
              kind: 'table',
              columns: ['What', 'Who', 'By when'],
              rows: report.actions.map((a) => [a.what, a.who, a.byWhen ? shortDate(a.byWhen) : '']),
            },
          ]
        : [none],
    },
    docToBlocks(report.text.notes).length ? { id: 'notes', title: 'Discussion notes', blocks: rich(report.text.notes) } : null,
    { id: 'contributions', title: 'Contributions received', blocks: contributionBlocks(context.contributions) },
  ];
  return sections.filter((section): section is ReportSection => section !== null);
}
