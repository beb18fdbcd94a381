import type { AttachmentView, ParticipantRole } from '@ehcp/shared';
import { Attachment, Contribution, Participant } from '../../models/index.ts';
import { presentAttachment, type StoredAttachment } from './present-attachment.ts';

const oldestFirst = { createdAt: 1, _id: 1 } as const;

/** Roles of the participants the files belong to, for their labels. */
async function rolesOf(files: StoredAttachment[]): Promise<Map<string, ParticipantRole>> {
  const ids = [...new Set(files.flatMap((file) => (file.participantId ? [String(file.participantId)] : [])))];
  if (ids.length === 0) return new Map();
  const people = await Participant.find({ _id: { $in: ids } })
    .select('role')
    .lean();
  return new Map(people.map((person) => [String(person._id), person.role as ParticipantRole]));
}

async function present(files: StoredAttachment[]): Promise<AttachmentView[]> {
  const roles = await rolesOf(files);
  return files.map((file) => presentAttachment(file, file.participantId ? roles.get(String(file.participantId)) : null));
}

/** Every attached file of a review (papers first, then contributions), for its staff. */
export async function listReviewAttachments(reviewId: string): Promise<AttachmentView[]> {
  const files = (await Attachment.find({ reviewId }).sort(oldestFirst).lean()) as StoredAttachment[];
  const papers = files.filter((file) => file.kind === 'papers');
  return present([...papers, ...files.filter((file) => file.kind === 'contribution')]);
}

/** The files attached to the review's papers. */
export async function listPapersAttachments(reviewId: string): Promise<AttachmentView[]> {
  return present((await Attachment.find({ reviewId, kind: 'papers' }).sort(oldestFirst).lean()) as StoredAttachment[]);
}

/** The files attached to one participant's contribution. */
export async function listContributionAttachments(reviewId: string, participantId: string): Promise<AttachmentView[]> {
  return present(
    (await Attachment.find({ reviewId, kind: 'contribution', participantId }).sort(oldestFirst).lean()) as StoredAttachment[],
  );
}

/** The contribution files of these participants, by participant (for a circulated pack). */
export async function contributionAttachmentsByParticipant(
  reviewId: string,
  participantIds: string[],
): Promise<Map<string, AttachmentView[]>> {
  const byParticipant = new Map<string, AttachmentView[]>(participantIds.map((id) => [id, []]));
  if (participantIds.length === 0) return byParticipant;
  const files = (await Attachment.find({ reviewId, kind: 'contribution', participantId: { $in: participantIds } })
    .sort(oldestFirst)
    .lean()) as StoredAttachment[];
  for (const view of await present(files)) byParticipant.get(view.participantId!)?.push(view);
  return byParticipant;
}

/**
 * What the LA link lists with a finalised outcome: the papers' files and the files of every
 * submitted contribution (a draft's files were never sent, so they are not part of the record).
 */
export async function listSharedAttachments(reviewId: string): Promise<AttachmentView[]> {
  const submitted = await Contribution.find({ reviewId, submittedAt: { $ne: null } })
    .select('participantId')
    .lean();
  const senders = new Set(submitted.map((entry) => String(entry.participantId)));
  const all = await listReviewAttachments(reviewId);
  return all.filter((file) => file.kind === 'papers' || (file.participantId !== null && senders.has(file.participantId)));
}
