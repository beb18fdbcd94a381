import type { CaseloadGroup, CaseloadSort, ReviewStage, Urgency } from '@ehcp/shared';

/** How each urgency is shown: its words and its colour. */
export const URGENCY: Record<Urgency, { label: string; tone: string }> = {
  overdue: { label: 'Overdue', tone: 'overdue' },
  'behind-plan': { label: 'Behind our plan', tone: 'soon' },
  'due-soon': { label: 'Due within 7 days', tone: 'soon' },
  'lead-time': { label: 'Start now', tone: 'lead' },
  'on-track': { label: 'On track', tone: 'ok' },
};

/** Each stage of a cycle in words. */
export const STAGES: Record<ReviewStage, string> = {
  'not-started': 'Not started',
  'meeting-booked': 'Meeting booked',
  'papers-circulated': 'Papers circulated',
  'meeting-held': 'Meeting held',
  'report-sent': 'Report sent',
  'decision-received': 'LA decision received',
  amendments: 'Amendments',
  closed: 'Closed',
};

/** The group buttons above the caseload. */
export const GROUP_LABELS: Record<CaseloadGroup, string> = {
  all: 'All plans',
  overdue: 'Overdue (legally late)',
  behind: 'Behind our plan',
  year9: 'Year 9+ (preparing for adulthood)',
  transfer: 'Phase transfer',
  under5: 'Under fives',
};

/** The orders the caseload can be listed in. */
export const SORT_LABELS: Record<CaseloadSort, string> = {
  urgency: 'Most urgent first',
  name: 'Name (A to Z)',
  statutory: 'Statutory deadline (soonest first)',
};
