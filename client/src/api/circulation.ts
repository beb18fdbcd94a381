import type { CirculatePapersRequest, CirculationResult, CirculationView, ParticipantPapersView } from '@ehcp/shared';
import { apiRequest } from './client.ts';

const circulationPath = (reviewId: string) => `/api/reviews/${encodeURIComponent(reviewId)}/circulation`;

/** Circulating a review's papers (staff), and reading them through a personal link (participants). */
export const circulationApi = {
  get: (reviewId: string) => apiRequest<{ circulation: CirculationView }>('GET', circulationPath(reviewId)),
  circulate: (reviewId: string, input: CirculatePapersRequest) =>
    apiRequest<CirculationResult>('POST', circulationPath(reviewId), input),
  papers: (token: string) =>
    apiRequest<{ papers: ParticipantPapersView }>('GET', `/api/participant/${encodeURIComponent(token)}/papers`),
};
