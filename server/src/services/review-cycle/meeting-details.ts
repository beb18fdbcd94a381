import { DEFAULT_MEETING_MINUTES, type MeetingDetails } from '@ehcp/shared';

/** The stored fields a meeting is described by. */
export interface StoredMeeting {
  meetingDate?: string | null;
  meetingTime?: string | null;
  meetingDurationMinutes?: number | null;
  meetingPlace?: string | null;
  meetingVideoLink?: string | null;
}

/** A review's meeting as the API shows it, or null while none is booked. */
export function meetingDetailsOf(review: StoredMeeting): MeetingDetails | null {
  if (!review.meetingDate) return null;
  return {
    date: review.meetingDate,
    time: review.meetingTime ?? null,
    durationMinutes: review.meetingDurationMinutes ?? DEFAULT_MEETING_MINUTES,
    place: review.meetingPlace ?? null,
    videoLink: review.meetingVideoLink ?? null,
  };
}
