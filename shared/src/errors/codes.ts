/** Stable error codes the API returns; clients choose user messages by code. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'not_found',
  'review_not_found',
  'review_finalised',
  'review_not_finalised',
  'report_incomplete',
  'share_link_unavailable',
  'import_invalid',
  'calendar_feed_not_found',
  'conflict',
  'rate_limited',
  'internal_error',
  'participant_link_unavailable',
  'contribution_submitted',
  'participant_not_found',
  'already_reminded',
  'papers_not_circulated',
  'nothing_to_circulate',
  'circulation_unconfirmed',
  'share_link_not_found',
  'document_busy',
  'payload_too_large',
  'unsupported_media_type',
  'cross_origin_refused',
  'pupil_not_found',
  'pupil_exists',
  'pupil_has_records',
  'staff_exists',
  'staff_not_found',
  'password_link_unavailable',
  'last_sendco',
  'attachment_not_found',
  'attachment_type_refused',
  'attachment_too_large',
  'attachment_unreadable',
  'image_too_many_pixels',
  'attachments_full',
  'address_book_entry_exists',
  'address_book_entry_not_found',
  'address_book_full',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The JSON body of every error response. */
export interface ErrorEnvelope {
  error: {
    code: ErrorCode;
    message: string;
    details?: { path: string; message: string }[];
  };
}
