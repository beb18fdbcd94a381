import type { TFunction } from 'i18next';
import { LIMITS, formatFileSize } from '@ehcp/shared';
import { ApiError } from '../../api/index.ts';

/** What to tell someone whose file was not added, in their language, by the server's error code. */
export function uploadErrorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('attachments.failed');
  switch (error.code) {
    case 'attachment_type_refused':
      return t('attachments.wrongType');
    case 'attachment_too_large':
      return t('attachments.tooLarge', { size: formatFileSize(LIMITS.attachmentMaxBytes) });
    case 'attachment_unreadable':
      return t('attachments.unreadable');
    case 'image_too_many_pixels':
      return t('attachments.tooManyPixels', { megapixels: LIMITS.imageMaxPixels / 1_000_000 });
    case 'attachments_full':
      return error.status === 413 ? t('attachments.reviewFull') : t('attachments.full');
    case 'contribution_submitted':
    case 'review_finalised':
      return t('attachments.locked');
    case 'rate_limited':
      return t('attachments.tooMany');
    default:
      return t('attachments.failed');
  }
}
