import {
  AttachmentParamsSchema,
  LinkAttachmentParamsSchema,
  UploadAttachmentQuerySchema,
  type AttachmentView,
} from '../../schemas/attachment.schema.ts';
import { LinkTokenParamsSchema } from '../../schemas/common.schema.ts';
import { ReviewParamsSchema } from '../../schemas/review.schema.ts';
import { defineRoute, file, json } from '../contract.ts';

/**
 * Files attached to a review's papers (by its SENDCo) and to contributions (by each participant
 * through their link: the child's voice), and their downloads through a session, a personal link
 * or an LA link. Uploads send the file's bytes as the body, with its name in the query.
 */
export const attachmentRoutes = {
  /** Staff of the school: every attached file of the review, papers and contributions. */
  list: defineRoute({
    method: 'GET',
    path: '/api/reviews/:reviewId/attachments',
    params: ReviewParamsSchema,
    response: json<{ attachments: AttachmentView[] }>(),
  }),
  /** The SENDCo attaches a file to the review's papers. */
  upload: defineRoute({
    method: 'POST',
    path: '/api/reviews/:reviewId/attachments',
    params: ReviewParamsSchema,
    query: UploadAttachmentQuerySchema,
    bodyKind: 'file',
    status: 201,
    response: json<{ attachment: AttachmentView }>(),
  }),
  download: defineRoute({
    method: 'GET',
    path: '/api/reviews/:reviewId/attachments/:attachmentId',
    params: AttachmentParamsSchema,
    response: file(),
  }),
  /** The SENDCo removes any attached file of an open review. */
  remove: defineRoute({
    method: 'DELETE',
    path: '/api/reviews/:reviewId/attachments/:attachmentId',
    params: AttachmentParamsSchema,
    status: 204,
    response: json<void>(),
  }),
  /** By personal link: the files attached to the holder's own contribution. */
  participantList: defineRoute({
    method: 'GET',
    path: '/api/participant/:token/attachments',
    params: LinkTokenParamsSchema,
    response: json<{ attachments: AttachmentView[] }>(),
  }),
  /** By personal link: attach a photo, drawing, voice note or document to one's contribution (before sending it). */
  participantUpload: defineRoute({
    method: 'POST',
    path: '/api/participant/:token/attachments',
    params: LinkTokenParamsSchema,
    query: UploadAttachmentQuerySchema,
    bodyKind: 'file',
    status: 201,
    response: json<{ attachment: AttachmentView }>(),
  }),
  /** By personal link: one's own file, or one listed in the circulated papers. */
  participantDownload: defineRoute({
    method: 'GET',
    path: '/api/participant/:token/attachments/:attachmentId',
    params: LinkAttachmentParamsSchema,
    response: file(),
  }),
  participantRemove: defineRoute({
    method: 'DELETE',
    path: '/api/participant/:token/attachments/:attachmentId',
    params: LinkAttachmentParamsSchema,
    status: 204,
    response: json<void>(),
  }),
  /** By LA link: a file listed with the finalised outcome. */
  sharedDownload: defineRoute({
    method: 'GET',
    path: '/api/shared/:token/attachments/:attachmentId',
    params: LinkAttachmentParamsSchema,
    response: file(),
  }),
};
