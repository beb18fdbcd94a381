import type { CirculationWarning, MissingContribution, ParticipantStatus } from '@ehcp/shared';
import { calendarDaysBetween } from '../clock.ts';
import { longDate } from '../mail/index.ts';

/** When papers are (or were) circulated, against the meeting booked at the time. */
export interface CirculationTiming {
  /** YYYY-MM-DD of circulation. */
  on: string;
  meetingDate: string | null;
  adviceCirculatedBy: string | null;
}

const STATUS_NOTES: Partial<Record<ParticipantStatus, string>> = {
  drafting: 'still drafting',
  overdue: 'overdue',
  revoked: 'link withdrawn',
  expired: 'link expired',
};

/** Days after the statutory circulation date (positive when late); null with no meeting booked. */
export function daysLateOf(timing: CirculationTiming): number | null {
  return timing.adviceCirculatedBy ? calendarDaysBetween(timing.adviceCirculatedBy, timing.on) : null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The warnings of a circulation, in plain English: no meeting booked (so no statutory date to
 * compare with), circulated after the statutory date (R6: two weeks before the meeting) with the
 * number of days, and one per participant whose contribution is missing. Pure.
 */
export function circulationWarnings(timing: CirculationTiming, missing: MissingContribution[]): CirculationWarning[] {
  const warnings: CirculationWarning[] = [];
  const daysLate = daysLateOf(timing);
  if (!timing.meetingDate || !timing.adviceCirculatedBy) {
    warnings.push({
      kind: 'no_meeting',
      message:
        'No meeting is booked, so there is no statutory date to compare with, and the date is not recorded on the timeline.',
    });
  } else if (daysLate !== null && daysLate > 0) {
    warnings.push({
      kind: 'late',
      dueBy: timing.adviceCirculatedBy,
      daysLate,
      message: `${plural(daysLate, 'day')} late: papers were due by ${longDate(timing.adviceCirculatedBy)}, two weeks before the meeting on ${longDate(timing.meetingDate)}.`,
    });
  }
  for (const person of missing) {
    const note = STATUS_NOTES[person.status];
    warnings.push({
      kind: 'missing',
      participantId: person.participantId,
      name: person.name,
      roleLabel: person.roleLabel,
      message: `No contribution from ${person.name} (${person.roleLabel})${note ? `: ${note}` : ''}.`,
    });
  }
  return warnings;
}
