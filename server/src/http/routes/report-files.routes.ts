import { Router } from 'express';
import { FILE_SENT, reportFileRoutes as routes } from '@ehcp/shared';
import { RATE_LIMIT_RULES } from '../../rate-limits/index.ts';
import { exportReportFile, type ReportFileFormat } from '../../services/index.ts';
import { enforceRateLimit } from '../middleware/index.ts';
import { serveStaff } from '../serve.ts';
import { loadVisibleReview } from './reviews.routes.ts';
import type { RouteDeps } from './route-deps.ts';

const CONTENT_TYPES: Record<ReportFileFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * GET /api/reviews/:id/report.pdf and report.docx: a copy of the report for staff who may see
 * the review (another school's answers 404). The file name is sent RFC 5987-encoded
 * (`filename*=UTF-8''…`, with a plain fallback), so "Zoë" stays "Zoë". Limited per person.
 */
export function reportFileRoutes(deps: RouteDeps): Router {
  const router = Router();
  const limiter = deps.rateLimits.limiter(RATE_LIMIT_RULES.reportFiles);
  for (const format of ['pdf', 'docx'] as const)
    serveStaff(router, routes[format], async ({ staff, params, res }) => {
      const review = await loadVisibleReview(staff, params.reviewId);
      await enforceRateLimit(limiter, staff.userId, 'Too many report downloads.');
      const file = await exportReportFile(deps.reportContent, review, format, staff.userId, deps.today());
      // Express's attachment() writes both filename="…" and filename*=UTF-8''… (the content-disposition package).
      res.attachment(file.filename);
      res.setHeader('Content-Type', CONTENT_TYPES[format]);
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Report-Status', file.status);
      res.end(file.bytes);
      return FILE_SENT;
    });
  return router;
}
