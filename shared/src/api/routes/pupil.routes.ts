import {
  ArchivePupilRequestSchema,
  DeletePupilRequestSchema,
  PupilInputSchema,
  PupilListQuerySchema,
  PupilParamsSchema,
  type PupilView,
} from '../../schemas/pupil.schema.ts';
import { defineRoute, json } from '../contract.ts';

/** The SENDCo's Pupils page: add, edit, archive and (for a wrong import row) delete pupils. */
export const pupilRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/pupils',
    query: PupilListQuerySchema,
    response: json<{ pupils: PupilView[] }>(),
  }),
  /** Adds a pupil and opens their current review cycle, as an import does. */
  create: defineRoute({
    method: 'POST',
    path: '/api/pupils',
    body: PupilInputSchema,
    status: 201,
    response: json<{ pupil: PupilView }>(),
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/pupils/:pupilId',
    params: PupilParamsSchema,
    body: PupilInputSchema,
    response: json<{ pupil: PupilView }>(),
  }),
  /** Archives (leaves the caseload, records kept) or brings back a pupil. */
  archive: defineRoute({
    method: 'POST',
    path: '/api/pupils/:pupilId/archive',
    params: PupilParamsSchema,
    body: ArchivePupilRequestSchema,
    response: json<{ pupil: PupilView }>(),
  }),
  /** Deletes a pupil whose reviews have nobody invited and no outcome yet (a wrong import row). */
  remove: defineRoute({
    method: 'POST',
    path: '/api/pupils/:pupilId/delete',
    params: PupilParamsSchema,
    body: DeletePupilRequestSchema,
    status: 204,
    response: json<void>(),
  }),
};
