import { URGENCIES, type CaseloadGroup, type CaseloadRow } from '@ehcp/shared';
import { calendarDaysBetween } from '../clock.ts';
import { caseloadFieldsOf } from '../review-cycle/index.ts';
import type { CurrentCycle } from './current-cycles.ts';

/** A pupil's current cycle as one caseload row, worked out for `asOf`. Pure. */
export function caseloadRowOf({ pupil, review, described }: CurrentCycle, asOf: string): CaseloadRow {
  return {
    reviewId: String(review._id),
    pupilName: pupil.name,
    planIssuedDate: pupil.planIssuedDate,
    lastReviewMeetingDate: pupil.lastReviewMeetingDate ?? null,
    status: review.status,
    meetingDate: review.meetingDate ?? null,
    ...caseloadFieldsOf(described, pupil, asOf),
  };
}

/** The groups (besides `all`) a row is counted in. Pure. */
export function groupsOf(row: CaseloadRow): Exclude<CaseloadGroup, 'all'>[] {
  const groups: Exclude<CaseloadGroup, 'all'>[] = [];
  if (row.urgency === 'overdue') groups.push('overdue');
  if (row.urgency === 'behind-plan') groups.push('behind');
  if (row.isYear9Plus) groups.push('year9');
  if (row.phaseTransfer) groups.push('transfer');
  if (row.isUnderFive) groups.push('under5');
  return groups;
}

/** The stored keys the caseload is searched, filtered and sorted on, for one row. Pure. */
export function caseloadKeysOf(row: CaseloadRow, pupil: CurrentCycle['pupil']) {
  return {
    nameKey: row.pupilName.toLowerCase(),
    upn: pupil.upn ?? null,
    yearGroup: row.yearGroup,
    la: pupil.la ?? null,
    stage: row.stage,
    urgencyRank: URGENCIES.indexOf(row.urgency),
    actionDueDate: row.nextAction.dueDate,
    statutoryDate: row.statutory.dueDate,
    groups: groupsOf(row),
    transferRank: row.phaseTransfer ? (row.phaseTransfer.atRisk ? 0 : 1) : 2,
  };
}

/** A row with its day counts cleared: what is stored, so a new day changes an entry only when more than the counts moved. */
export function storedRowOf(row: CaseloadRow): CaseloadRow {
  return { ...row, daysUntilDue: 0, daysUntilAction: 0, statutory: { ...row.statutory, daysUntil: 0 } };
}

/** A stored row with its day counts worked out from its dates for `asOf`. Pure. */
export function rowOnDay(stored: CaseloadRow, asOf: string): CaseloadRow {
  return {
    ...stored,
    daysUntilDue: calendarDaysBetween(asOf, stored.reviewDueBy),
    daysUntilAction: calendarDaysBetween(asOf, stored.nextAction.dueDate),
    statutory: { ...stored.statutory, daysUntil: calendarDaysBetween(asOf, stored.statutory.dueDate) },
  };
}
