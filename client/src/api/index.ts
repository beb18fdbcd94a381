import type {
  CaseloadRow,
  CreatedShareLink,
  CurrentUser,
  FinaliseReviewRequest,
  LoginRequest,
  ReviewDetail,
  SharedOutcomeView,
} from '@ehcp/shared';
import { apiRequest } from './client.ts';

export { ApiError } from './client.ts';

export const api = {
  login: (input: LoginRequest) => apiRequest<{ user: CurrentUser }>('POST', '/api/auth/login', input),
  logout: () => apiRequest<void>('POST', '/api/auth/logout'),
  me: () => apiRequest<{ user: CurrentUser }>('GET', '/api/auth/me'),
  caseload: () => apiRequest<{ asOf: string; rows: CaseloadRow[] }>('GET', '/api/caseload'),
  review: (reviewId: string) => apiRequest<{ review: ReviewDetail }>('GET', `/api/reviews/${encodeURIComponent(reviewId)}`),
  finalise: (reviewId: string, input: FinaliseReviewRequest) =>
    apiRequest<{ review: ReviewDetail }>('POST', `/api/reviews/${encodeURIComponent(reviewId)}/finalise`, input),
  createShareLink: (reviewId: string, expiresInDays: number) =>
    apiRequest<{ link: CreatedShareLink }>('POST', `/api/reviews/${encodeURIComponent(reviewId)}/share-links`, { expiresInDays }),
  sharedOutcome: (token: string) => apiRequest<{ outcome: SharedOutcomeView }>('GET', `/api/shared/${encodeURIComponent(token)}`),
};
