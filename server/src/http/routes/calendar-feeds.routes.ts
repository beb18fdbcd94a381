import { Router } from 'express';
import { CalendarFeedParamsSchema, CalendarTokenParamsSchema } from '@ehcp/shared';
import { canManageCalendarFeeds } from '../../auth/index.ts';
import { forbidden, notFound } from '../../errors/index.ts';
import { RATE_LIMIT_RULES } from '../../rate-limits/index.ts';
import {
  createCalendarFeed,
  findCalendarFeed,
  getCalendarIcs,
  listCalendarFeeds,
  revokeCalendarFeed,
} from '../../services/index.ts';
import { enforceRateLimit, parseParams, requireStaff, staffOf } from '../middleware/index.ts';
import type { RouteDeps } from './route-deps.ts';

/** The signed-in SENDCo's calendar feeds: list, create (URL shown once) and revoke. */
export function calendarFeedRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.use(requireStaff, (_req, res, next) => {
    if (!canManageCalendarFeeds(staffOf(res.locals))) throw forbidden('Only the SENDCo has calendar feeds.');
    next();
  });
  router.get('/', async (_req, res) => {
    res.json({ feeds: await listCalendarFeeds(staffOf(res.locals)) });
  });
  router.post('/', async (_req, res) => {
    res.status(201).json({ feed: await createCalendarFeed(staffOf(res.locals), deps.publicUrl()) });
  });
  router.delete('/:feedId', async (req, res) => {
    const { feedId } = parseParams(CalendarFeedParamsSchema, req);
    await revokeCalendarFeed(staffOf(res.locals), feedId);
    res.status(204).end();
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
  router.get('/:file', async (req, res) => {
    const parsed = CalendarTokenParamsSchema.safeParse(req.params);
    if (!parsed.success) throw notFound('calendar feed', 'calendar_feed_not_found');
    const feed = await findCalendarFeed(parsed.data.file.slice(0, -'.ics'.length));
    await enforceRateLimit(perFeed, feed.id, 'This calendar feed was fetched too often.');
    const ics = await getCalendarIcs(feed, deps.today());
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="ehcp-reviews.ics"');
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(ics);
  });
  return router;
}
