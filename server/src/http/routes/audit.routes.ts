import { Router } from 'express';
import { AuditQuerySchema } from '@ehcp/shared';
import { canSeeSchoolRecords } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import { listAuditEvents } from '../../services/index.ts';
import { parse, requireStaff, staffOf } from '../middleware/index.ts';

/** GET /api/audit?before=<id>&limit=<n>: the school's audit trail for the SENDCo, newest first. */
export function auditRoutes(): Router {
  const router = Router();
  router.get('/', requireStaff, async (req, res) => {
    const staff = staffOf(res.locals);
    const query = parse(AuditQuerySchema, req.query);
    if (!canSeeSchoolRecords(staff)) throw forbidden('Only the SENDCo sees the audit trail.');
    res.setHeader('Cache-Control', 'private, no-store');
    res.json(await listAuditEvents(staff.schoolId, query));
  });
  return router;
}
