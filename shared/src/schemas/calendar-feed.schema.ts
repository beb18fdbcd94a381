import { z } from 'zod';
import { IdSchema } from './common.schema.ts';

/** A SENDCo's calendar feed, as listed (the token is never shown again after creation). */
export interface CalendarFeedSummary {
  id: string;
  createdAt: string;
}

/** A feed just created: its secret URL is shown once. */
export interface CreatedCalendarFeed extends CalendarFeedSummary {
  url: string;
}

/** Path parameters naming one feed. */
export const CalendarFeedParamsSchema = z.object({ feedId: IdSchema });

/** Feed tokens are 32 random bytes in base64url (43 characters), served as `<token>.ics`. */
export const CalendarTokenParamsSchema = z.object({
  file: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/, 'is not a calendar feed'),
});
