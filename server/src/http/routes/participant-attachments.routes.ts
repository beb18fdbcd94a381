import { Router } from 'express';
import { attachmentRoutes as routes } from '@ehcp/shared';
import {
  isOwnAttachment,
  participantMayChangeAttachments,
  participantMayReadAttachment,
  type ParticipantPrincipal,
} from '../../auth/index.ts';
import { conflict } from '../../errors/index.ts';
import { RATE_LIMIT_RULES } from '../../rate-limits/index.ts';
import {
  attachmentFacts,
  attachmentNotFound,
  circulatedFacts,
  deleteAttachment,
  findAttachment,
  isContributionSubmitted,
  listContributionAttachments,
  loadReviewFacts,
  uploadAttachment,
} from '../../services/index.ts';
import { enforceRateLimit } from '../middleware/index.ts';
import { serve } from '../serve.ts';
import { linkHolder } from './participant-access.routes.ts';
import type { RouteDeps } from './route-deps.ts';
import { sendAttachment } from './send-attachment.ts';

/** The review and the holder's contribution, refused (409) once either is locked. */
async function openContribution(principal: ParticipantPrincipal) {
  const review = await loadReviewFacts(principal.reviewId);
  const facts = {
    isSubmitted: await isContributionSubmitted(principal.participantId),
    isReviewFinalised: review.status === 'finalised',
  };
  if (!participantMayChangeAttachments(principal, facts))
    throw facts.isReviewFinalised
      ? conflict('review_finalised', 'This review has been finalised: its files can no longer change.')
      : conflict('contribution_submitted', 'Your contribution has been sent: its files can no longer change.');
  return review;
}

/**
 * By personal link (no account; limited per address with the other link routes): the holder's
 * own files (list, attach until they send their contribution, remove), and downloads of their
 * own files and, once circulated, of the files in the papers. Any other file is 404.
 */
export function participantAttachmentRoutes(deps: RouteDeps): Router {
  const router = Router();
  const uploads = deps.rateLimits.limiter(RATE_LIMIT_RULES.attachmentUploads);

  serve(router, routes.participantList, async ({ params, res }) => {
    const principal = await linkHolder(params);
    res.setHeader('Cache-Control', 'no-store');
    return { attachments: await listContributionAttachments(principal.reviewId, principal.participantId) };
  });

  serve(router, routes.participantUpload, async ({ params, query, req, res }) => {
    const principal = await linkHolder(params);
    const review = await openContribution(principal);
    await enforceRateLimit(uploads, `participant|${principal.participantId}`, 'Too many files attached in a short time.');
    res.setHeader('Cache-Control', 'no-store');
    const attachment = await uploadAttachment({
      review,
      kind: 'contribution',
      participant: { id: principal.participantId, role: principal.role },
      uploader: { kind: 'participant', id: principal.participantId, name: principal.name },
      name: query.name,
      description: query.description,
      bytes: req.body as Buffer,
    });
    return { attachment };
  });

  serve(router, routes.participantDownload, async ({ params, res }) => {
    const principal = await linkHolder(params);
    const file = await findAttachment(principal.reviewId, params.attachmentId);
    const circulated = await circulatedFacts(principal.reviewId, principal.schoolId);
    if (!participantMayReadAttachment(principal, attachmentFacts(file), circulated)) throw attachmentNotFound();
    return sendAttachment(res, file);
  });

  serve(router, routes.participantRemove, async ({ params }) => {
    const principal = await linkHolder(params);
    const file = await findAttachment(principal.reviewId, params.attachmentId);
    if (!isOwnAttachment(principal, attachmentFacts(file))) throw attachmentNotFound();
    const review = await openContribution(principal);
    await deleteAttachment(review, file, { kind: 'participant', id: principal.participantId, name: principal.name });
  });
  return router;
}
