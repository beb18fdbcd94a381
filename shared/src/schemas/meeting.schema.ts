import { z } from 'zod';
import { longDate } from '../dates/calendar-dates.ts';
import { IsoDateSchema } from './common.schema.ts';
import { LIMITS } from './limits.ts';
import { NameSchema } from './text.schema.ts';

/** When and where a review meeting is: the date, and the time, length, place and video link when known. */
export interface MeetingDetails {
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM in England's time, or null when not yet set. */
  time: string | null;
  /** Length in minutes (default 60). */
  durationMinutes: number;
  /** Room and building, or null. */
  place: string | null;
  /** An https link for joining online, or null. */
  videoLink: string | null;
}

/** Default length of a review meeting, in minutes. */
export const DEFAULT_MEETING_MINUTES = 60;

const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM, e.g. 14:30');
const VideoLinkSchema = z
  .string()
  .trim()
  .max(LIMITS.videoLinkMax)
  // shared has no URL class (no DOM, no Node): a host after https://, no spaces or quotes.
  .regex(/^https:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[^\s"'<>]*)?$/, 'must be a web address starting with https://');

/**
 * Booking or moving the meeting (the SENDCo): its date (which goes on the statutory timeline like
 * the other facts) and, optionally, time, length, place and video link. `null` clears one; the
 * date cannot be cleared here (record that in the facts).
 */
export const BookMeetingRequestSchema = z
  .object({
    date: IsoDateSchema,
    time: TimeSchema.nullable().optional(),
    durationMinutes: z.int().min(15, 'must be at least 15 minutes').max(480, 'must be at most 8 hours').optional(),
    place: NameSchema(LIMITS.meetingPlaceMax).nullable().optional(),
    videoLink: VideoLinkSchema.nullable().optional(),
  })
  .strict();
export type BookMeetingRequest = z.infer<typeof BookMeetingRequestSchema>;

/** When a meeting starting at `time` (HH:MM) and lasting `minutes` ends, as HH:MM. */
export function meetingEndTime(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = (h * 60 + m + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * The meeting in words for invitations, reminders and pages: "Monday 7 December 2026, 14:00 to
 * 15:00, at Oakfield School, Room 4, or online: https://…". Parts not yet known are left out.
 */
export function describeMeeting(meeting: MeetingDetails): string {
  const when = meeting.time
    ? `${longDate(meeting.date)}, ${meeting.time} to ${meetingEndTime(meeting.time, meeting.durationMinutes)}`
    : longDate(meeting.date);
  const where = [meeting.place ? `at ${meeting.place}` : null, meeting.videoLink ? `online: ${meeting.videoLink}` : null]
    .filter(Boolean)
    .join(', or ');
  return where ? `${when}, ${where}` : when;
}
