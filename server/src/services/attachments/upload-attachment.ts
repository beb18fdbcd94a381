import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import {
  ATTACHMENT_TYPES,
  LIMITS,
  attachmentTypesFor,
  formatFileSize,
  isImageAttachment,
  sanitiseAttachmentName,
  type AttachmentKind,
  type AttachmentView,
  type ParticipantRole,
} from '@ehcp/shared';
import { AppError, conflict } from '../../errors/index.ts';
import { Attachment, AttachmentFiles } from '../../models/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { detectAttachmentType } from './detect-attachment-type.ts';
import { presentAttachment, type StoredAttachment } from './present-attachment.ts';
import { stripImageMetadata } from './strip-image-metadata.ts';

/** Who attaches a file: a staff member (papers) or a participant (their contribution). */
export interface Uploader {
  kind: 'staff' | 'participant';
  id: string;
  name: string;
}

/** One upload, as the HTTP layer read it (the body's bytes, already size-limited). */
export interface UploadInput {
  review: { id: string; schoolId: string; status: 'open' | 'finalised' };
  kind: AttachmentKind;
  /** The contribution's participant (contribution files only), and their role (for the label). */
  participant?: { id: string; role: ParticipantRole };
  uploader: Uploader;
  name: string;
  description: string;
  bytes: Buffer;
}

const typeList = (kind: AttachmentKind) => {
  const labels = [...new Set(attachmentTypesFor(kind).map((mime) => ATTACHMENT_TYPES[mime].label.replace(/ \(.*\)$/, '')))];
  return `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
};

/** 415: the content is not one of the accepted types (whatever its name says). */
const typeRefused = (kind: AttachmentKind) =>
  new AppError(
    'attachment_type_refused',
    415,
    `This file cannot be attached: its content is not a ${typeList(kind)}. Files are checked by what they contain, not by their name.`,
  );

/** 413: what one file may be at most. */
export const fileTooLarge = () =>
  new AppError(
    'attachment_too_large',
    413,
    `This file is too large: a file can be at most ${formatFileSize(LIMITS.attachmentMaxBytes)}.`,
  );

/** Refuses an upload that would pass the per-review count or total size. */
async function checkCaps(input: UploadInput, size: number): Promise<void> {
  const reviewId = new Types.ObjectId(input.review.id);
  const count =
    input.kind === 'papers'
      ? await Attachment.countDocuments({ reviewId, kind: 'papers' })
      : await Attachment.countDocuments({ reviewId, kind: 'contribution', participantId: input.participant!.id });
  const max = input.kind === 'papers' ? LIMITS.paperAttachmentsMax : LIMITS.contributionAttachmentsMax;
  if (count >= max)
    throw conflict(
      'attachments_full',
      input.kind === 'papers'
        ? `The papers already have ${max} attached files, the most they can have. Remove one to attach another.`
        : `You have already attached ${max} files, the most a contribution can have. Remove one to attach another.`,
    );
  const [total] = await Attachment.aggregate<{ bytes: number }>([
    { $match: { reviewId } },
    { $group: { _id: null, bytes: { $sum: '$size' } } },
  ]);
  if ((total?.bytes ?? 0) + size > LIMITS.attachmentsPerReviewMaxBytes)
    throw new AppError(
      'attachments_full',
      413,
      `The files attached to this review would pass ${formatFileSize(LIMITS.attachmentsPerReviewMaxBytes)} together. Ask the school to remove a file first.`,
    );
}

/**
 * Attaches a file: refused once the review is finalised (409), when its content is not an
 * accepted type for this kind (415), when empty or too large (413), an image that cannot be read
 * (422), or over the caps; else stores the bytes in GridFS, then the row (removing the bytes again
 * if the row fails), and audits. An image is stored without its metadata (EXIF: perhaps where it
 * was taken). The name is cleaned and given the detected type's extension.
 */
export async function uploadAttachment(input: UploadInput): Promise<AttachmentView> {
  if (input.review.status === 'finalised')
    throw conflict('review_finalised', 'This review has been finalised: its files can no longer change.');
  if (input.bytes.length === 0) throw new AppError('validation_failed', 400, 'The file is empty.');
  if (input.bytes.length > LIMITS.attachmentMaxBytes) throw fileTooLarge();
  const detected = await detectAttachmentType(input.bytes);
  if (!detected.accepted || !attachmentTypesFor(input.kind).includes(detected.accepted)) throw typeRefused(input.kind);
  const mime = detected.accepted;
  const bytes = isImageAttachment(mime) ? await stripImageMetadata(input.bytes, mime) : input.bytes;
  await checkCaps(input, bytes.length);

  const name = sanitiseAttachmentName(input.name, mime);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fileId = await AttachmentFiles.put(bytes, name, mime);
  let created: StoredAttachment;
  try {
    const doc = await Attachment.create({
      reviewId: input.review.id,
      schoolId: input.review.schoolId,
      kind: input.kind,
      participantId: input.participant?.id ?? null,
      uploadedBy: input.uploader,
      name,
      description: input.description,
      mime,
      size: bytes.length,
      sha256,
      fileId,
    });
    created = doc.toObject() as StoredAttachment;
  } catch (error) {
    await AttachmentFiles.remove(fileId).catch(() => undefined);
    throw error;
  }
  // Should this fail, the sweep finds the row and marks the file listed then.
  await AttachmentFiles.markListed([fileId]).catch(() => undefined);
  await recordAuditEvent({
    schoolId: input.review.schoolId,
    action: 'attachment.uploaded',
    actor: input.uploader,
    target: { kind: 'attachment', id: String(created._id) },
    details: { reviewId: input.review.id, kind: input.kind, name, mime, size: bytes.length, sha256 },
  });
  return presentAttachment(created, input.participant?.role ?? null);
}
