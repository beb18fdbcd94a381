import { CaseloadImportRequestSchema, type CaseloadImportResult } from '../../schemas/caseload.schema.ts';
import { CaseloadQuerySchema, type CaseloadPage } from '../../schemas/caseload-query.schema.ts';
import type { ThisWeek } from '../../schemas/this-week.schema.ts';
import { defineRoute, json } from '../contract.ts';

/** The school's caseload and the SENDCo's CSV import. */
export const caseloadRoutes = {
  /** One page of the caseload, searched, filtered and sorted on the server. */
  list: defineRoute({ method: 'GET', path: '/api/caseload', query: CaseloadQuerySchema, response: json<CaseloadPage>() }),
  /** What falls due in the next seven days across the caseload, and what is late and not done. */
  thisWeek: defineRoute({ method: 'GET', path: '/api/caseload/this-week', response: json<{ thisWeek: ThisWeek }>() }),
  import: defineRoute({
    method: 'POST',
    path: '/api/caseload/import',
    body: CaseloadImportRequestSchema,
    status: 201,
    response: json<{ result: CaseloadImportResult }>(),
  }),
};
