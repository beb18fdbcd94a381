import { LinkTokenParamsSchema } from '../../schemas/common.schema.ts';
import {
  CirculatePapersRequestSchema,
  type CirculationResult,
  type CirculationView,
  type ParticipantPapersView,
} from '../../schemas/circulation.schema.ts';
import { ReviewParamsSchema } from '../../schemas/review.schema.ts';
import { defineRoute, json } from '../contract.ts';

/** Circulating a review's papers (staff), and reading them by personal link (participants). */
export const circulationRoutes = {
  get: defineRoute({
    method: 'GET',
    path: '/api/reviews/:reviewId/circulation',
    params: ReviewParamsSchema,
    response: json<{ circulation: CirculationView }>(),
  }),
  circulate: defineRoute({
    method: 'POST',
    path: '/api/reviews/:reviewId/circulation',
    params: ReviewParamsSchema,
    body: CirculatePapersRequestSchema,
    status: 201,
    response: json<CirculationResult>(),
  }),
  papers: defineRoute({
    method: 'GET',
    path: '/api/participant/:token/papers',
    params: LinkTokenParamsSchema,
    response: json<{ papers: ParticipantPapersView }>(),
  }),
};
