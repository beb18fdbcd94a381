import {
  PARTICIPANT_ROLE_LABELS,
  type CirculationRecord,
  type CirculationSummary,
  type DocJsonNode,
  type MissingContribution,
  type PackContribution,
  type ParticipantRole,
  type ParticipantStatus,
} from '@ehcp/shared';
import { Contribution } from '../../models/index.ts';
import { contributionAttachmentsByParticipant } from '../attachments/index.ts';
import { circulationWarnings, daysLateOf } from './circulation-warnings.ts';
import type { StoredCirculation } from './preview-circulation.ts';

const timingOf = (doc: StoredCirculation) => ({
  on: doc.circulatedOn,
  meetingDate: doc.meetingDate ?? null,
  adviceCirculatedBy: doc.adviceCirculatedBy ?? null,
});

/** A stored circulation without the contributions' text. */
export function summariseCirculation(doc: StoredCirculation): CirculationSummary {
  return {
    id: String(doc._id),
    version: doc.version,
    circulatedOn: doc.circulatedOn,
    circulatedByName: doc.circulatedByName,
    contributionCount: doc.contributions.length,
    daysLate: daysLateOf(timingOf(doc)),
  };
}

/**
 * The contributions of a pack, in the pack's order, with the text of their snapshots. A
 * snapshot is written once, on submission, and never changed, so the pack can reference it.
 */
export async function packContributions(doc: StoredCirculation): Promise<PackContribution[]> {
  const ids = doc.contributions.map((entry) => entry.contributionId);
  const snapshots = await Contribution.find({ _id: { $in: ids } })
    .select('contentJson')
    .lean();
  const byId = new Map(snapshots.map((snapshot) => [String(snapshot._id), snapshot.contentJson]));
  const files = await contributionAttachmentsByParticipant(
    String(doc.reviewId),
    doc.contributions.map((entry) => String(entry.participantId)),
  );
  return doc.contributions.map((entry) => {
    const role = entry.role as ParticipantRole;
    const json = byId.get(String(entry.contributionId));
    return {
      participantId: String(entry.participantId),
      authorName: entry.authorName,
      role,
      roleLabel: PARTICIPANT_ROLE_LABELS[role],
      submittedAt: entry.submittedAt.toISOString(),
      content: json ? (JSON.parse(json) as DocJsonNode) : { type: 'doc', content: [] },
      attachments: files.get(String(entry.participantId)) ?? [],
    };
  });
}

/** A stored circulation as staff read it: contributions, who was missing, and its warnings then. */
export async function presentCirculation(doc: StoredCirculation): Promise<CirculationRecord> {
  const missing: MissingContribution[] = doc.missing.map((entry) => {
    const role = entry.role as ParticipantRole;
    return {
      participantId: String(entry.participantId),
      name: entry.name,
      role,
      roleLabel: PARTICIPANT_ROLE_LABELS[role],
      status: entry.status as ParticipantStatus,
    };
  });
  return {
    ...summariseCirculation(doc),
    meetingDate: doc.meetingDate ?? null,
    adviceCirculatedBy: doc.adviceCirculatedBy ?? null,
    contributions: await packContributions(doc),
    missing,
    warnings: circulationWarnings(timingOf(doc), missing),
  };
}
