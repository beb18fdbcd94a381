import type { CalendarFeedSummary, CreatedCalendarFeed } from '@ehcp/shared';
import { LIMITS } from '@ehcp/shared';
import { createToken, hashToken, type StaffPrincipal } from '../../auth/index.ts';
import { AppError, notFound } from '../../errors/index.ts';
import { CalendarFeed } from '../../models/index.ts';

/**
 * Creates a calendar feed for the signed-in SENDCo.
 * @returns the feed with its secret URL; only the token's SHA-256 is stored, so it is shown once.
 * @throws AppError conflict when the SENDCo already has the maximum number of live feeds.
 */
export async function createCalendarFeed(staff: StaffPrincipal, publicUrl: string): Promise<CreatedCalendarFeed> {
  const live = await CalendarFeed.countDocuments({ userId: staff.userId, revokedAt: null });
  if (live >= LIMITS.calendarFeedsMax) {
    throw new AppError('conflict', 409, `You already have ${live} calendar feeds; revoke one first.`);
  }
  const token = createToken();
  const feed = await CalendarFeed.create({ tokenHash: hashToken(token), schoolId: staff.schoolId, userId: staff.userId });
  return {
    id: String(feed._id),
    createdAt: feed.createdAt.toISOString(),
    url: `${publicUrl.replace(/\/$/, '')}/calendar/${token}.ics`,
  };
}

/** The SENDCo's live (not revoked) feeds. */
export async function listCalendarFeeds(staff: StaffPrincipal): Promise<CalendarFeedSummary[]> {
  const feeds = await CalendarFeed.find({ userId: staff.userId, revokedAt: null }).sort({ createdAt: 1 }).lean();
  return feeds.map((feed) => ({ id: String(feed._id), createdAt: feed.createdAt.toISOString() }));
}

/**
 * Revokes one of the SENDCo's own feeds; its URL answers 404 from then on.
 * @throws AppError calendar_feed_not_found for a feed that is not theirs (another school's
 *   feed is indistinguishable from a missing one) or is already revoked.
 */
export async function revokeCalendarFeed(staff: StaffPrincipal, feedId: string, now = new Date()): Promise<void> {
  const result = await CalendarFeed.updateOne(
    { _id: feedId, userId: staff.userId, schoolId: staff.schoolId, revokedAt: null },
    { $set: { revokedAt: now } },
  );
  if (result.matchedCount === 0) throw notFound('calendar feed', 'calendar_feed_not_found');
}
