import { CaseloadImportRequestSchema, type CaseloadImportResult, type CaseloadRow } from '../../schemas/caseload.schema.ts';
import { defineRoute, json } from '../contract.ts';

/** The school's caseload and the SENDCo's CSV import. */
export const caseloadRoutes = {
  list: defineRoute({ method: 'GET', path: '/api/caseload', response: json<{ asOf: string; rows: CaseloadRow[] }>() }),
  import: defineRoute({
    method: 'POST',
    path: '/api/caseload/import',
    body: CaseloadImportRequestSchema,
    status: 201,
    response: json<{ result: CaseloadImportResult }>(),
  }),
};
