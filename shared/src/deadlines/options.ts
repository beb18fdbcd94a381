/**
 * Engine options: the Product lead times of spec R19. They are not law and are configurable.
 */
import { z } from 'zod';
import { TimelineValidationError, toTimelineIssues } from './errors.ts';

/** Product lead times (spec R19). None of them is a statutory deadline. */
export interface LeadTimes {
  /** Weeks before `reviewDueBy` when the review is surfaced (`reviewSurfaceFrom`); default 12. */
  reviewSurfaceWeeks: number;
  /** Weeks before the meeting to request advice (`requestAdviceTarget`); default 6. */
  requestAdviceWeeks: number;
  /** Weeks before the meeting to send invitations (`sendInvitesTarget`); default 4. */
  sendInvitesWeeks: number;
  /** Days before a statutory date when a due-soon warning is shown; default 7. */
  dueSoonDays: number;
}

/** The spec R19 defaults. */
export const DEFAULT_LEAD_TIMES: Readonly<LeadTimes> = Object.freeze({
  reviewSurfaceWeeks: 12,
  requestAdviceWeeks: 6,
  sendInvitesWeeks: 4,
  dueSoonDays: 7,
});

function count(field: string, max: number) {
  const message = `options.leadTimes.${field} must be a whole number from 0 to ${max}.`;
  return z.int({ error: message }).min(0, { error: message }).max(max, { error: message }).optional();
}

/** Zod schema for {@link TimelineOptions}. */
export const TimelineOptionsSchema = z.strictObject({
  /** Overrides for any of the R19 lead times; missing ones keep their defaults. */
  leadTimes: z
    .strictObject({
      reviewSurfaceWeeks: count('reviewSurfaceWeeks', 52),
      requestAdviceWeeks: count('requestAdviceWeeks', 52),
      sendInvitesWeeks: count('sendInvitesWeeks', 52),
      dueSoonDays: count('dueSoonDays', 366),
    })
    .optional(),
});

/** Optional second argument of {@link computeTimeline}. */
export type TimelineOptions = z.input<typeof TimelineOptionsSchema>;

/**
 * Validates options and fills in the default lead times.
 *
 * @throws TimelineValidationError naming the bad option, e.g. `options.leadTimes.sendInvitesWeeks`.
 */
export function resolveLeadTimes(options: TimelineOptions | undefined): LeadTimes {
  const result = TimelineOptionsSchema.safeParse(options ?? {});
  if (!result.success) throw new TimelineValidationError(toTimelineIssues(result.error, 'options'));
  const overrides = result.data.leadTimes ?? {};
  return {
    reviewSurfaceWeeks: overrides.reviewSurfaceWeeks ?? DEFAULT_LEAD_TIMES.reviewSurfaceWeeks,
    requestAdviceWeeks: overrides.requestAdviceWeeks ?? DEFAULT_LEAD_TIMES.requestAdviceWeeks,
    sendInvitesWeeks: overrides.sendInvitesWeeks ?? DEFAULT_LEAD_TIMES.sendInvitesWeeks,
    dueSoonDays: overrides.dueSoonDays ?? DEFAULT_LEAD_TIMES.dueSoonDays,
  };
}
