import { hashToken } from '../../auth/index.ts';
import { notFound } from '../../errors/index.ts';
import type { CaseloadRow, MeetingDetails } from '@ehcp/shared';
import { CalendarFeed, Review, School } from '../../models/index.ts';
import { listAllCaseloadRows } from '../caseload/index.ts';
import { meetingDetailsOf } from '../review-cycle/index.ts';
import { buildIcs, type IcsEvent } from './build-ics.ts';

const UID_DOMAIN = 'ehcp-review-workspace';

/** Statutory dates put in the feed for each open cycle, besides the booked meeting and the next action. */
function eventsForRow(row: CaseloadRow, meeting: MeetingDetails | null): IcsEvent[] {
  const events: IcsEvent[] = [];
  const add = (key: string, date: string, summary: string, description?: string) =>
    events.push({ uid: `${row.reviewId}-${key}@${UID_DOMAIN}`, date, summary: `${row.pupilName}: ${summary}`, description });
  if (meeting?.time) {
    // The meeting is an appointment: at its time and place, whatever the next action is.
    events.push({
      uid: `${row.reviewId}-meeting@${UID_DOMAIN}`,
      date: meeting.date,
      time: { start: meeting.time, minutes: meeting.durationMinutes },
      summary: `${row.pupilName}: annual review meeting`,
      ...(meeting.place ? { location: meeting.place } : {}),
      ...(meeting.videoLink ? { url: meeting.videoLink, description: `Join online: ${meeting.videoLink}` } : {}),
    });
  } else if (row.meetingDate && row.nextAction.field !== 'meetingDate') add('meeting', row.meetingDate, 'annual review meeting');
  const explanation = row.nextAction.explanation;
  add(
    `next-${row.nextAction.kind}`,
    row.nextAction.dueDate,
    row.nextAction.label,
    explanation ? `${explanation.reason} (${explanation.ruleId}; ${explanation.source})` : undefined,
  );
  if (row.nextAction.field !== 'reviewDueBy' && row.stage !== 'closed') {
    add('review-due', row.reviewDueBy, 'annual review due by (12-month rule)', 'Statutory: CFA 2014 s44(1); spec R4.');
  }
  if (row.phaseTransfer) {
    add(
      'phase-transfer',
      row.phaseTransfer.lastCompliantDay,
      'phase transfer: amended plan due',
      'Statutory: SEND Regulations 2014 reg 18; spec R13.',
    );
  }
  return events;
}

/** A working calendar feed, found by its token. */
export interface CalendarFeedRef {
  id: string;
  schoolId: string;
}

/**
 * The feed behind a calendar token (by its hash).
 * @throws AppError calendar_feed_not_found for unknown and revoked tokens alike (404).
 */
export async function findCalendarFeed(token: string): Promise<CalendarFeedRef> {
  const feed = await CalendarFeed.findOne({ tokenHash: hashToken(token), revokedAt: null }).lean();
  if (!feed) throw notFound('calendar feed', 'calendar_feed_not_found');
  return { id: String(feed._id), schoolId: String(feed.schoolId) };
}

/** The ICS of a feed: the school's booked review meetings and each plan's next statutory deadline. */
export async function getCalendarIcs(feed: CalendarFeedRef, asOf: string, now = new Date()): Promise<string> {
  const [school, rows, booked] = await Promise.all([
    School.findById(feed.schoolId).lean(),
    listAllCaseloadRows(String(feed.schoolId), asOf),
    Review.find({ schoolId: feed.schoolId, meetingDate: { $ne: null } }).lean(),
  ]);
  const meetings = new Map(booked.map((review) => [String(review._id), meetingDetailsOf(review)]));
  const events: IcsEvent[] = [];
  for (const row of rows) {
    events.push(...eventsForRow(row, meetings.get(row.reviewId) ?? null));
  }
  return buildIcs(`EHCP reviews – ${school?.name ?? 'caseload'}`, events, now);
}
