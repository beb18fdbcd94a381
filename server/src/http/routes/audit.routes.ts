import { Router } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FILE_SENT, sharingRoutes as routes } from '@ehcp/shared';
import { canSeeSchoolRecords } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import { exportAuditTrail, listAuditEvents } from '../../services/index.ts';
import { serveStaff } from '../serve.ts';
import type { RouteDeps } from './route-deps.ts';

/**
 * The school's audit trail for the SENDCo: GET /api/audit?before=<id>&limit=<n> pages it newest
 * first; GET /api/audit/export.csv downloads it (and records that it was downloaded).
 */
export function auditRoutes(deps: RouteDeps): Router {
  const router = Router();
  // The export is registered first: "/api/audit" and "/api/audit/export.csv" are distinct paths.
  serveStaff(router, routes.auditExport, async ({ staff, res }) => {
    if (!canSeeSchoolRecords(staff)) throw forbidden('Only the SENDCo downloads the audit trail.');
    const { filename, lines } = await exportAuditTrail(staff, deps.today());
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    await pipeline(Readable.from(lines), res);
    return FILE_SENT;
  });
  serveStaff(router, routes.audit, async ({ staff, query, res }) => {
    if (!canSeeSchoolRecords(staff)) throw forbidden('Only the SENDCo sees the audit trail.');
    res.setHeader('Cache-Control', 'private, no-store');
    return listAuditEvents(staff.schoolId, query);
  });
  return router;
}
