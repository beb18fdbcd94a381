import { z } from 'zod';
import { LinkTokenParamsSchema } from '../../schemas/common.schema.ts';
import { AuditQuerySchema, type AuditPage } from '../../schemas/audit.schema.ts';
import {
  CalendarFeedParamsSchema,
  type CalendarFeedSummary,
  type CreatedCalendarFeed,
} from '../../schemas/calendar-feed.schema.ts';
import { ReviewParamsSchema } from '../../schemas/review.schema.ts';
import {
  CreateShareLinkRequestSchema,
  ShareLinkParamsSchema,
  type CreatedShareLink,
  type ShareLinkSummary,
} from '../../schemas/share-link.schema.ts';
import type { SharedOutcomeView } from '../../views/index.ts';
import { defineRoute, file, json } from '../contract.ts';

/** LA links, calendar feeds and the audit trail. */
export const sharingRoutes = {
  createShareLink: defineRoute({
    method: 'POST',
    path: '/api/reviews/:reviewId/share-links',
    params: ReviewParamsSchema,
    body: CreateShareLinkRequestSchema,
    status: 201,
    response: json<{ link: CreatedShareLink }>(),
  }),
  listShareLinks: defineRoute({
    method: 'GET',
    path: '/api/reviews/:reviewId/share-links',
    params: ReviewParamsSchema,
    response: json<{ links: ShareLinkSummary[] }>(),
  }),
  revokeShareLink: defineRoute({
    method: 'POST',
    path: '/api/reviews/:reviewId/share-links/:linkId/revoke',
    params: ShareLinkParamsSchema,
    response: json<{ link: ShareLinkSummary }>(),
  }),
  /** Public, by LA link: the finalised outcome. */
  sharedOutcome: defineRoute({
    method: 'GET',
    path: '/api/shared/:token',
    params: LinkTokenParamsSchema,
    response: json<{ outcome: SharedOutcomeView }>(),
  }),
  calendarFeeds: defineRoute({ method: 'GET', path: '/api/calendar-feeds', response: json<{ feeds: CalendarFeedSummary[] }>() }),
  createCalendarFeed: defineRoute({
    method: 'POST',
    path: '/api/calendar-feeds',
    status: 201,
    response: json<{ feed: CreatedCalendarFeed }>(),
  }),
  revokeCalendarFeed: defineRoute({
    method: 'DELETE',
    path: '/api/calendar-feeds/:feedId',
    params: CalendarFeedParamsSchema,
    status: 204,
    response: json<void>(),
  }),
  /** Public: the iCalendar feed, `<token>.ics`. */
  calendar: defineRoute({
    method: 'GET',
    path: '/calendar/:file',
    params: z.object({ file: z.string().max(200) }),
    response: file(),
  }),
  audit: defineRoute({ method: 'GET', path: '/api/audit', query: AuditQuerySchema, response: json<AuditPage>() }),
  auditExport: defineRoute({ method: 'GET', path: '/api/audit/export.csv', response: file() }),
};
