import { recordAuditEvent } from '../audit/index.ts';
import type { StoredAttachment } from './present-attachment.ts';

/**
 * Records that a file was opened through an LA link (`attachment.downloaded`), like the link's
 * own openings (decision 26); the caller coalesces repeats per viewer and file.
 */
export function recordSharedDownload(
  link: { linkId: string; reviewId: string; schoolId: string; name: string },
  file: StoredAttachment,
): Promise<void> {
  return recordAuditEvent({
    schoolId: link.schoolId,
    action: 'attachment.downloaded',
    actor: { kind: 'share-link', id: link.linkId, name: link.name },
    target: { kind: 'attachment', id: String(file._id) },
    details: { reviewId: link.reviewId, name: file.name, sha256: file.sha256 },
  });
}
