import type {
  CalendarFeedSummary,
  CaseloadImportResult,
  CaseloadRow,
  CreatedCalendarFeed,
  CreatedShareLink,
  CurrentUser,
  MissingItem,
  QuotedContribution,
  LoginRequest,
  ReviewCycleView,
  ReviewDetail,
  SharedOutcomeView,
  UpdateReviewFactsRequest,
} from '@ehcp/shared';
import { apiRequest } from './client.ts';

export { ApiError } from './client.ts';

export const api = {
  login: (input: LoginRequest) => apiRequest<{ user: CurrentUser }>('POST', '/api/auth/login', input),
  logout: () => apiRequest<void>('POST', '/api/auth/logout'),
  me: () => apiRequest<{ user: CurrentUser }>('GET', '/api/auth/me'),
  caseload: () => apiRequest<{ asOf: string; rows: CaseloadRow[] }>('GET', '/api/caseload'),
  review: (reviewId: string) => apiRequest<{ review: ReviewDetail }>('GET', `/api/reviews/${encodeURIComponent(reviewId)}`),
  finalise: (reviewId: string) =>
    apiRequest<{ review: ReviewDetail }>('POST', `/api/reviews/${encodeURIComponent(reviewId)}/finalise`, {}),
  readiness: (reviewId: string) =>
    apiRequest<{ missing: MissingItem[] }>('GET', `/api/reviews/${encodeURIComponent(reviewId)}/readiness`),
  contributions: (reviewId: string) =>
    apiRequest<{ contributions: QuotedContribution[] }>('GET', `/api/reviews/${encodeURIComponent(reviewId)}/contributions`),
  createShareLink: (reviewId: string, expiresInDays: number) =>
    apiRequest<{ link: CreatedShareLink }>('POST', `/api/reviews/${encodeURIComponent(reviewId)}/share-links`, { expiresInDays }),
  importCaseload: (csv: string) => apiRequest<{ result: CaseloadImportResult }>('POST', '/api/caseload/import', { csv }),
  reviewCycle: (reviewId: string) =>
    apiRequest<{ cycle: ReviewCycleView }>('GET', `/api/reviews/${encodeURIComponent(reviewId)}/cycle`),
  recordReviewFacts: (reviewId: string, facts: UpdateReviewFactsRequest) =>
    apiRequest<{ cycle: ReviewCycleView }>('PATCH', `/api/reviews/${encodeURIComponent(reviewId)}/facts`, facts),
  calendarFeeds: () => apiRequest<{ feeds: CalendarFeedSummary[] }>('GET', '/api/calendar-feeds'),
  createCalendarFeed: () => apiRequest<{ feed: CreatedCalendarFeed }>('POST', '/api/calendar-feeds'),
  revokeCalendarFeed: (feedId: string) => apiRequest<void>('DELETE', `/api/calendar-feeds/${encodeURIComponent(feedId)}`),
  sharedOutcome: (token: string) => apiRequest<{ outcome: SharedOutcomeView }>('GET', `/api/shared/${encodeURIComponent(token)}`),
};
export { participantsApi } from './participants.ts';
export { AUDIT_EXPORT_URL, shareLinksApi } from './share-links.ts';
export { circulationApi } from './circulation.ts';
