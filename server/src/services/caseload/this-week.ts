import {
  addCalendarDays,
  describeMeeting,
  PARTICIPANT_ROLE_LABELS,
  THIS_WEEK_KINDS,
  THIS_WEEK_LABELS,
  type ParticipantRole,
  type ThisWeek,
  type ThisWeekItem,
  type ThisWeekKind,
} from '@ehcp/shared';
import { Contribution, Participant } from '../../models/index.ts';
import { meetingDetailsOf } from '../review-cycle/index.ts';
import { loadCurrentCycles, type CurrentCycle } from './current-cycles.ts';

/** Days the view looks ahead, today included. */
export const THIS_WEEK_DAYS = 7;

type Draft = Omit<ThisWeekItem, 'isLate'>;

/** What one cycle puts on the view: its meeting, papers, report or decision, when due by `until`. */
function itemsOf({ pupil, review, described }: CurrentCycle, asOf: string, until: string): [ThisWeekKind, Draft][] {
  const { timeline, status } = described;
  const base = { reviewId: String(review._id), pupilName: pupil.name };
  const items: [ThisWeekKind, Draft][] = [];
  const meeting = meetingDetailsOf(review);
  if (meeting && !review.meetingHeld && meeting.date >= asOf && meeting.date <= until)
    items.push(['meetings', { ...base, date: meeting.date, detail: describeMeeting(meeting) }]);
  const isBeforeMeeting = status.stage === 'meeting-booked' && meeting && meeting.date >= asOf;
  if (isBeforeMeeting && timeline.adviceCirculatedBy && timeline.adviceCirculatedBy <= until)
    items.push(['papers', { ...base, date: timeline.adviceCirculatedBy, detail: `Meeting on ${describeMeeting(meeting)}` }]);
  if (status.stage === 'meeting-held' && timeline.reportDueBy && timeline.reportDueBy <= until)
    items.push(['reports', { ...base, date: timeline.reportDueBy, detail: `Meeting held on ${review.meetingDate}` }]);
  if (status.stage === 'report-sent' && timeline.decisionDueBy && timeline.decisionDueBy <= until)
    items.push(['decisions', { ...base, date: timeline.decisionDueBy, detail: `Report sent on ${review.reportSentDate}` }]);
  return items;
}

/** Contributions of open reviews due by `until` and not yet sent, from links still in use. */
async function contributionsDue(cycles: CurrentCycle[], until: string): Promise<Draft[]> {
  const open = new Map(cycles.filter(({ review }) => review.status === 'open').map((cycle) => [String(cycle.review._id), cycle]));
  if (open.size === 0) return [];
  const participants = await Participant.find(
    { reviewId: { $in: [...open.values()].map(({ review }) => review._id) }, revokedAt: null, dueDate: { $lte: until } },
    { reviewId: 1, name: 1, role: 1, dueDate: 1 },
  ).lean();
  if (participants.length === 0) return [];
  const submitted = await Contribution.find(
    { participantId: { $in: participants.map(({ _id }) => _id) }, submittedAt: { $ne: null } },
    { participantId: 1 },
  ).lean();
  const sent = new Set(submitted.map(({ participantId }) => String(participantId)));
  return participants
    .filter(({ _id }) => !sent.has(String(_id)))
    .map((participant) => ({
      reviewId: String(participant.reviewId),
      pupilName: open.get(String(participant.reviewId))!.pupil.name,
      date: participant.dueDate,
      detail: `${participant.name} (${PARTICIPANT_ROLE_LABELS[participant.role as ParticipantRole]})`,
    }));
}

/**
 * The SENDCo's week across the caseload: review meetings in the next seven days, contributions
 * due, papers to circulate, reports due to the LA and LA decisions due, each with its count.
 * Anything whose date has passed and is not yet done stays listed, marked late (late reviews are
 * the normal case: the view never hides them). Soonest first within each list.
 * @param asOf today's date (YYYY-MM-DD) in England.
 * @param visibleReviews the viewer's `visibleReviewFilter`, when not everything is theirs to see.
 */
export async function getThisWeek(schoolId: string, asOf: string, visibleReviews?: Record<string, unknown>): Promise<ThisWeek> {
  const until = addCalendarDays(asOf, THIS_WEEK_DAYS - 1);
  const cycles = await loadCurrentCycles(schoolId, asOf, { visibleReviews });
  const byKind = new Map<ThisWeekKind, Draft[]>(THIS_WEEK_KINDS.map((kind) => [kind, []]));
  for (const cycle of cycles) for (const [kind, item] of itemsOf(cycle, asOf, until)) byKind.get(kind)!.push(item);
  byKind.get('contributions')!.push(...(await contributionsDue(cycles, until)));
  return {
    asOf,
    until,
    groups: THIS_WEEK_KINDS.map((kind) => {
      const items = byKind
        .get(kind)!
        .map((item) => ({ ...item, isLate: item.date < asOf }))
        .sort((a, b) => a.date.localeCompare(b.date) || a.pupilName.localeCompare(b.pupilName));
      return { kind, label: THIS_WEEK_LABELS[kind], count: items.length, items };
    }),
  };
}
