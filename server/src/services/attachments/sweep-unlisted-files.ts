import { Attachment, AttachmentFiles } from '../../models/index.ts';

/**
 * How long a file may stay unlisted before it is swept: far longer than storing the bytes and
 * then writing the row, or deleting the row and then the bytes, ever takes.
 */
export const UNLISTED_GRACE_MS = 60 * 60_000;

/** Files looked at in one sweep; what is left waits for the next. */
const BATCH = 200;

/**
 * Deletes the bytes of attached files that no row names (a crash between storing the bytes and
 * writing the row, or between deleting the row and the bytes): such bytes are listed nowhere and
 * would otherwise stay for ever, a child's photo included. A file some row does name (the write
 * that marked it listed was lost) is marked listed instead. Answers how many files were deleted.
 * Sweeps of several processes may overlap: deleting bytes already gone is not an error.
 */
export async function sweepUnlistedAttachmentFiles(now: Date): Promise<number> {
  const candidates = await AttachmentFiles.findUnlisted(new Date(now.getTime() - UNLISTED_GRACE_MS), BATCH);
  if (candidates.length === 0) return 0;
  const rows = await Attachment.find({ fileId: { $in: candidates } }, { fileId: 1 }).lean();
  const listed = new Set(rows.map((row) => String(row.fileId)));
  await AttachmentFiles.markListed(candidates.filter((id) => listed.has(String(id))));
  const orphans = candidates.filter((id) => !listed.has(String(id)));
  for (const fileId of orphans) await AttachmentFiles.remove(fileId);
  return orphans.length;
}
