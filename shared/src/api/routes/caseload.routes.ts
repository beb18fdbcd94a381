import { CaseloadImportRequestSchema, type CaseloadImportResult, type CaseloadRow } from '../../schemas/caseload.schema.ts';
import type { ThisWeek } from '../../schemas/this-week.schema.ts';
import { defineRoute, json } from '../contract.ts';

/** The school's caseload and the SENDCo's CSV import. */
export const caseloadRoutes = {
  list: defineRoute({ method: 'GET', path: '/api/caseload', response: json<{ asOf: string; rows: CaseloadRow[] }>() }),
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
