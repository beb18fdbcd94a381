import { IdSchema } from '@ehcp/shared';
import type { Readable } from 'node:stream';
import type { Types } from 'mongoose';
import { AppError } from '../../errors/index.ts';
import { Attachment, AttachmentFiles, Circulation } from '../../models/index.ts';
import type { StoredAttachment } from './present-attachment.ts';

export const attachmentNotFound = () => new AppError('attachment_not_found', 404, 'This file is not attached to this review.');

/**
 * One attached file of a review, or 404 attachment_not_found (also for a malformed id, and for a
 * file of another review: the review scopes the lookup).
 */
export async function findAttachment(reviewId: string, attachmentId: string): Promise<StoredAttachment> {
  if (!IdSchema.safeParse(attachmentId).success) throw attachmentNotFound();
  const file = (await Attachment.findOne({ _id: attachmentId, reviewId }).lean()) as StoredAttachment | null;
  if (!file) throw attachmentNotFound();
  return file;
}

/** The access facts of a stored file (for the policies). */
export const attachmentFacts = (file: StoredAttachment) => ({
  reviewId: String(file.reviewId),
  schoolId: String(file.schoolId),
  kind: file.kind,
  participantId: file.participantId ? String(file.participantId) : null,
});

/** Whether the review's papers are circulated, and whose contributions the latest pack holds. */
export async function circulatedFacts(reviewId: string, schoolId: string) {
  const latest = await Circulation.findOne({ reviewId, schoolId })
    .sort({ version: -1 })
    .select('contributions.participantId')
    .lean();
  return {
    isCirculated: latest !== null,
    packParticipantIds: (latest?.contributions ?? []).map((entry) => String(entry.participantId)),
  };
}

/** The bytes of a stored file, as a stream. */
export const openAttachmentBytes = (file: StoredAttachment): Readable => AttachmentFiles.open(file.fileId as Types.ObjectId);
