import { Router } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AuditQuerySchema } from '@ehcp/shared';
import { canSeeSchoolRecords } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import { exportAuditTrail, listAuditEvents } from '../../services/index.ts';
import { parse, requireStaff, staffOf } from '../middleware/index.ts';
import type { RouteDeps } from './route-deps.ts';

/**
 * The school's audit trail for the SENDCo: GET /api/audit?before=<id>&limit=<n> pages it newest
 * first; GET /api/audit/export.csv downloads it (and records that it was downloaded).
 */
export function auditRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/', requireStaff, async (req, res) => {
    const staff = staffOf(res.locals);
    const query = parse(AuditQuerySchema, req.query);
    if (!canSeeSchoolRecords(staff)) throw forbidden('Only the SENDCo sees the audit trail.');
    res.setHeader('Cache-Control', 'private, no-store');
    res.json(await listAuditEvents(staff.schoolId, query));
  });

  router.get('/export.csv', requireStaff, async (_req, res) => {
    const staff = staffOf(res.locals);
    if (!canSeeSchoolRecords(staff)) throw forbidden('Only the SENDCo downloads the audit trail.');
    const { filename, lines } = await exportAuditTrail(staff, deps.today());
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    await pipeline(Readable.from(lines), res);
  });
  return router;
}
