import {
  ATTACHMENT_TYPES,
  PARTICIPANT_ROLE_LABELS,
  type AttachmentMime,
  type AttachmentView,
  type ParticipantRole,
} from '@ehcp/shared';
import type { AttachmentDoc } from '../../models/index.ts';

/** A stored attachment row as the services read it (lean). */
export type StoredAttachment = AttachmentDoc & { _id: unknown; createdAt: Date };

/** A stored attachment as it is listed; `role` is the contribution's participant's role, when known. */
export function presentAttachment(doc: StoredAttachment, role?: ParticipantRole | null): AttachmentView {
  const mime = doc.mime as AttachmentMime;
  return {
    id: String(doc._id),
    kind: doc.kind,
    participantId: doc.participantId ? String(doc.participantId) : null,
    uploadedByName: doc.uploadedBy.name,
    roleLabel: role ? PARTICIPANT_ROLE_LABELS[role] : null,
    name: doc.name,
    description: doc.description ?? '',
    mime,
    typeLabel: ATTACHMENT_TYPES[mime].label,
    size: doc.size,
    sha256: doc.sha256,
    createdAt: doc.createdAt.toISOString(),
  };
}
