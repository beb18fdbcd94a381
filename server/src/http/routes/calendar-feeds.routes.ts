import { Router } from 'express';
import { CalendarTokenParamsSchema, FILE_SENT, sharingRoutes as routes } from '@ehcp/shared';
import { canManageCalendarFeeds, type StaffPrincipal } from '../../auth/index.ts';
import { forbidden, notFound } from '../../errors/index.ts';
import { RATE_LIMIT_RULES } from '../../rate-limits/index.ts';
import {
  createCalendarFeed,
  findCalendarFeed,
  getCalendarIcs,
  listCalendarFeeds,
  revokeCalendarFeed,
} from '../../services/index.ts';
import { enforceRateLimit } from '../middleware/index.ts';
import { serve, serveStaff } from '../serve.ts';
import type { RouteDeps } from './route-deps.ts';

const requireSendco = (staff: StaffPrincipal) => {
  if (!canManageCalendarFeeds(staff)) throw forbidden('Only the SENDCo has calendar feeds.');
};

/** The signed-in SENDCo's calendar feeds: list, create (URL shown once) and revoke. */
export function calendarFeedRoutes(deps: RouteDeps): Router {
  const router = Router();
  serveStaff(router, routes.calendarFeeds, async ({ staff }) => {
    requireSendco(staff);
    return { feeds: await listCalendarFeeds(staff) };
  });
  serveStaff(router, routes.createCalendarFeed, async ({ staff }) => {
    requireSendco(staff);
    return { feed: await createCalendarFeed(staff, deps.publicUrl()) };
  });
  serveStaff(router, routes.revokeCalendarFeed, async ({ staff, params }) => {
    requireSendco(staff);
    await revokeCalendarFeed(staff, params.feedId);
  });
  return router;
}

/**
 * Public: GET /calendar/<token>.ics. The token is the only credential; revoked or unknown → 404.
 * Fetches are limited per feed (found first, so made-up tokens create no counters), not per
 * address: calendar services fetch everyone's feeds from a few shared addresses.
 */
export function publicCalendarRoutes(deps: RouteDeps): Router {
  const router = Router();
  const perFeed = deps.rateLimits.limiter(RATE_LIMIT_RULES.calendarFeed);
  serve(router, routes.calendar, async ({ params, res }) => {
    const parsed = CalendarTokenParamsSchema.safeParse(params);
    if (!parsed.success) throw notFound('calendar feed', 'calendar_feed_not_found');
    const feed = await findCalendarFeed(parsed.data.file.slice(0, -'.ics'.length));
    await enforceRateLimit(perFeed, feed.id, 'This calendar feed was fetched too often.');
    const ics = await getCalendarIcs(feed, deps.today());
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="ehcp-reviews.ics"');
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(ics);
    return FILE_SENT;
  });
  return router;
}
