import type { Types } from 'mongoose';
import { conflict } from '../../errors/index.ts';
import { Attachment, AttachmentFiles } from '../../models/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import type { StoredAttachment } from './present-attachment.ts';
import type { Uploader } from './upload-attachment.ts';

/**
 * Removes an attached file: refused once the review is finalised (409). The bytes are marked
 * unlisted, the row goes, so the file is listed nowhere, then its bytes in GridFS (bytes a crash
 * left behind are swept: sweep-unlisted-files.ts). Audited with its name and fingerprint.
 */
export async function deleteAttachment(
  review: { id: string; schoolId: string; status: 'open' | 'finalised' },
  file: StoredAttachment,
  actor: Uploader,
): Promise<void> {
  if (review.status === 'finalised')
    throw conflict('review_finalised', 'This review has been finalised: its files can no longer change.');
  await AttachmentFiles.markUnlisted(file.fileId as Types.ObjectId);
  const { deletedCount } = await Attachment.deleteOne({ _id: file._id, reviewId: review.id });
  if (deletedCount === 0) return; // removed meanwhile: already audited by whoever removed it
  await AttachmentFiles.remove(file.fileId as Types.ObjectId);
  await recordAuditEvent({
    schoolId: review.schoolId,
    action: 'attachment.deleted',
    actor,
    target: { kind: 'attachment', id: String(file._id) },
    details: { reviewId: review.id, kind: file.kind, name: file.name, sha256: file.sha256 },
  });
}
