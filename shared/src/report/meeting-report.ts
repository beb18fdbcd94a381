import type { DocJsonNode } from '../schemas/doc-json.ts';
import { RecommendationSchema, type Recommendation } from '../schemas/recommendation.schema.ts';
import { IsoDateSchema } from '../schemas/common.schema.ts';
import { LIMITS } from '../schemas/limits.ts';
import {
  ATTENDANCE,
  EHCP_SECTIONS,
  OUTCOME_RATINGS,
  PERSONAL_BUDGET_ANSWERS,
  PFA_ITEMS,
  REPORT_ROW_ARRAYS,
  REPORT_TEXT_FRAGMENTS,
  type Attendance,
  type EhcpSectionKey,
  type OutcomeRating,
  type PersonalBudgetAnswer,
  type PfaItemKey,
  type RawReportContent,
  type ReportTextFragment,
} from './report-layout.ts';

/** One person at (or contributing to) the meeting. */
export interface ReportAttendee {
  id: string;
  name: string;
  role: string;
  attendance: Attendance | null;
}

/** Progress towards one Section E outcome. */
export interface ReportOutcome {
  id: string;
  outcome: string;
  rating: OutcomeRating | null;
  evidence: string;
}

/** One agreed action. */
export interface ReportAction {
  id: string;
  who: string;
  what: string;
  /** YYYY-MM-DD, or null when not (validly) given. */
  byWhen: string | null;
}

/** A proposed change to one section of the plan, and any difference of opinion about it. */
export interface ReportSectionChange {
  section: EhcpSectionKey;
  proposed: string;
  disagreement: string;
}

/** The structured meeting report, parsed and normalised from its live document. */
export interface MeetingReport {
  attendees: ReportAttendee[];
  text: Record<ReportTextFragment, DocJsonNode>;
  outcomes: ReportOutcome[];
  changes: ReportSectionChange[];
  personalBudget: { answer: PersonalBudgetAnswer | null; notes: string };
  pfa: Record<PfaItemKey, string>;
  phaseTransfer: { nextSetting: string };
  recommendation: Recommendation | null;
  reasons: string;
  actions: ReportAction[];
}

const EMPTY_DOC: DocJsonNode = { type: 'doc', content: [] };

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim().slice(0, LIMITS.reportFieldMax) : '';
}

function oneOf<T extends string>(options: readonly { value: T }[], value: unknown): T | null {
  return options.find((option) => option.value === value)?.value ?? null;
}

function rowsOf(raw: RawReportContent, kind: keyof typeof REPORT_ROW_ARRAYS): Record<string, unknown>[] {
  const rows = raw.rows[REPORT_ROW_ARRAYS[kind]];
  if (!Array.isArray(rows)) return [];
  return rows
    .slice(0, LIMITS.reportRowsMax)
    .filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null && !Array.isArray(row));
}

function isDocNode(value: unknown): value is DocJsonNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Reads the report out of its raw document content. Never throws: the document is shared by
 * everyone in the meeting, so unknown keys are ignored, wrong types read as empty, and choices
 * outside their lists read as "not chosen".
 */
export function parseMeetingReport(raw: RawReportContent): MeetingReport {
  const field = (key: string) => raw.fields[key];
  const text = Object.fromEntries(
    Object.entries(REPORT_TEXT_FRAGMENTS).map(([key, name]) => {
      const node = raw.fragments[name];
      return [key, isDocNode(node) ? node : EMPTY_DOC];
    }),
  ) as Record<ReportTextFragment, DocJsonNode>;
  const byWhen = (value: unknown) => {
    const parsed = IsoDateSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  };
  const recommendation = RecommendationSchema.safeParse(field('recommendation'));
  return {
    attendees: rowsOf(raw, 'attendees').map((row) => ({
      id: str(row.id),
      name: str(row.name),
      role: str(row.role),
      attendance: oneOf(ATTENDANCE, row.attendance),
    })),
    text,
    outcomes: rowsOf(raw, 'outcomes').map((row) => ({
      id: str(row.id),
      outcome: str(row.outcome),
      rating: oneOf(OUTCOME_RATINGS, row.rating),
      evidence: str(row.evidence),
    })),
    changes: EHCP_SECTIONS.map(({ key }) => ({
      section: key,
      proposed: str(field(`change.${key}.proposed`)),
      disagreement: str(field(`change.${key}.disagreement`)),
    })),
    personalBudget: {
      answer: oneOf(PERSONAL_BUDGET_ANSWERS, field('personalBudget.answer')),
      notes: str(field('personalBudget.notes')),
    },
    pfa: Object.fromEntries(PFA_ITEMS.map(({ key }) => [key, str(field(`pfa.${key}`))])) as Record<PfaItemKey, string>,
    phaseTransfer: { nextSetting: str(field('phaseTransfer.nextSetting')) },
    recommendation: recommendation.success ? recommendation.data : null,
    reasons: str(field('recommendation.reasons')),
    actions: rowsOf(raw, 'actions').map((row) => ({
      id: str(row.id),
      who: str(row.who),
      what: str(row.what),
      byWhen: byWhen(row.byWhen),
    })),
  };
}

/** The plain text of a Tiptap JSON node (blocks separated by newlines), for checks and summaries. */
export function docPlainText(node: DocJsonNode): string {
  if (node.type === 'text') return node.text ?? '';
  const parts = (node.content ?? []).map(docPlainText);
  return parts.join(node.type === 'doc' || node.type.endsWith('List') ? '\n' : '');
}
